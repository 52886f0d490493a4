package org.newsstream.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsstream.avro.EntityType;

/**
 * What the attribution grammar says of speakers, as evidence for the recognizer: the subject of a speech verb is a
 * person or an organisation, whatever the name lists say.
 */
final class SpeakerMentions {
    private SpeakerMentions() {}

    /**
     * "Rijkswaterstaat laat weten", "Bilbobus said": one word that is no given name or surname anywhere in the
     * article's names speaks as a body does. (A person is named in full before a lone surname speaks.)
     */
    private static boolean bodyByItsLooks(Lexicon lexicon, Document doc, SpeakerGrammar.Speaker sp) {
        String text = doc.text(sp.start(), sp.end());
        if (text.contains(" ") || text.length() < 3) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lexicon.isGivenName(lower) || lexicon.isSurname(lower) || lexicon.isTitle(lower)) {
            return false;
        }
        // The word ends a longer name in the article ("… Etxeberria" after "Iker Etxeberria"): a person's surname.
        return !java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+[ \\u00a0]" + java.util.regex.Pattern.quote(text) + "\\b")
                .matcher(doc.body).find();
    }

    /**
     * The recognizer's names with what the grammar says of the speakers: a speaker's phrase replaces any name that
     * overlaps it, typed as the grammar typed it.
     */
    static List<NameMention> of(Lexicon lexicon, Document doc, List<NameMention> recognized, Collection<SpeakerGrammar.Speaker> speakers) {
        List<NameMention> out = new ArrayList<>(recognized);
        for (SpeakerGrammar.Speaker sp : speakers) {
            if (sp.kind() != SpeakerGrammar.Kind.NAME) {
                continue;
            }
            // A name that shows nothing of its kind keeps the recognizer's person or organisation, else is a person:
            // the subject of a speech verb.
            EntityType type = sp.type();
            for (NameMention m : out) {
                if (type == null && m.start() == sp.start() && m.end() == sp.end()
                        && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                    type = m.type();
                }
            }
            // "Software company Brightline … In a statement, Brightline said": a body the article names as one stays one,
            // though it speaks
            String key = Tokens.key(doc.text(sp.start(), sp.end()));
            if (sp.type() == null && recognized.stream().anyMatch(m -> m.key().equals(key) && m.type() == EntityType.ORGANIZATION)
                    && recognized.stream().noneMatch(m -> m.type() == EntityType.PERSON && !m.key().equals(key) && (" " + m.key() + " ").contains(" " + key + " "))) {
                type = EntityType.ORGANIZATION;
            }
            EntityType resolved = type != null ? type : bodyByItsLooks(lexicon, doc, sp) ? EntityType.ORGANIZATION : EntityType.PERSON;
            if (out.stream().anyMatch(m -> m.start() == sp.start() && m.end() == sp.end() && m.type() == resolved)) {
                continue;
            }
            out.removeIf(m -> m.start() < sp.end() && sp.start() < m.end());
            out.add(new NameMention(doc.text(sp.start(), sp.end()), sp.start(), sp.end(), resolved, false, List.of()));
        }
        // A speaker's name is a person's wherever else it stands in full: "Wan Ahmad Fikri" speaks, so the
        // unknown "Wan Ahmad Fikri Wan Salleh" named before is that person.
        List<String> speakerKeys = new ArrayList<>();
        for (NameMention m : out) {
            for (SpeakerGrammar.Speaker sp : speakers) {
                if (sp.kind() == SpeakerGrammar.Kind.NAME && m.start() == sp.start() && m.type() == EntityType.PERSON) {
                    speakerKeys.add(m.key());
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            NameMention m = out.get(i);
            if (m.type() != EntityType.OTHER && m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String k = m.key();
            for (String sk : speakerKeys) {
                // An organisation's name does not begin with a person's given name: "Yohanis Bria Seran" is Yohanis.
                boolean untyped = m.type() == EntityType.OTHER && (k.endsWith(" " + sk) || k.contains(" " + sk + " "));
                if (k.startsWith(sk + " ") || untyped) {
                    out.set(i, new NameMention(m.text(), m.start(), m.end(), EntityType.PERSON, m.titled(), m.places()));
                    break;
                }
            }
        }
        out.replaceAll(m -> ArticleNamePasses.withoutPostNominal(lexicon, doc, m)); // "James Evans MS" speaks as James Evans
        out.removeIf(m -> m.tokenCount() == 1 && lexicon.calendar.contains(m.key())); // "…, Kamis (12/6)": a day
        out.removeIf(m -> m.tokenCount() == 1 && lexicon.isPronoun(m.key(), java.util.Set.of(doc.language))); // "Elle promet"
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

}
