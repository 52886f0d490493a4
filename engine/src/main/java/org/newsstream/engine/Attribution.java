package org.newsstream.engine;

/**
 * Who a quote's attribution names: a speaker (null when a pronoun still has to be resolved), the speech verb, and
 * where the verb stands.
 */
record Attribution(Coreference.Cluster speaker, boolean pronoun, String cue, int cueStart) {}
