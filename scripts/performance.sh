#!/usr/bin/env bash
# Measures the engine and the pipeline and writes docs/performance.md: `bench extract` on generated articles of
# several sizes and thread counts, `bench pipeline` with one and two stream threads against the pass-through
# topology, and JFR profiles of the engine, of the pipeline and of ingest (`bench-ingest`, which then runs again
# without the recorder to rewrite docs/ingest-benchmark.md). Takes about eight minutes. Usage: scripts/performance.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ns="$root/newsstream"
"$ns" --help > /dev/null 2>&1 || true # builds once, if needed, before anything is timed

json() { grep '^{' "$1" | tail -1; }
"$ns" bench extract --seconds 5 > "$work/extract.txt" 2>/dev/null
for size in 1000 5000 20000; do
  "$ns" bench extract --size "$size" --articles 1500 --threads 1 --seconds 3 > "$work/size-$size.txt" 2>/dev/null
done
NEWSSTREAM_JAVA_OPTS="-XX:StartFlightRecording=filename=$work/engine.jfr,settings=profile" \
  "$ns" bench extract --articles 3000 --threads 1 --seconds 3 > /dev/null 2>&1
NEWSSTREAM_JAVA_OPTS="-XX:StartFlightRecording=filename=$work/pipeline.jfr,settings=profile" \
  "$ns" bench pipeline --stream-threads 2 > "$work/pipeline-2.txt" 2>/dev/null
"$ns" bench pipeline --stream-threads 1 > "$work/pipeline-1.txt" 2>/dev/null
NEWSSTREAM_JAVA_OPTS="-XX:StartFlightRecording=filename=$work/ingest.jfr,settings=profile" \
  "$ns" bench-ingest --articles 10000 > /dev/null 2>&1
"$ns" bench-ingest --articles 10000 > /dev/null 2>&1 # the report's figures, without the recorder
ingest_rate=$(grep '^| first' "$root/docs/ingest-benchmark.md" | awk -F'|' '{gsub(/ /,"",$7); print $7}')

tables=$(python3 - "$work" <<'PY'
import json, re, subprocess, sys, collections
work = sys.argv[1]
def last_json(name):
    return json.loads([l for l in open(f"{work}/{name}") if l.startswith("{")][-1])
e = last_json("extract.txt")
print("### Engine alone (`./newsstream bench extract`)\n")
print(f"Inputs: {e['input']}, {e['bytes']:,} bytes in all.\n")
print("| threads | articles/s | MB/s | p50 ms | p99 ms |\n| ---: | ---: | ---: | ---: | ---: |")
for r in e["results"]:
    print(f"| {r['threads']} | {r['articlesPerSecond']:,.0f} | {r['mbPerSecond']:.2f} | {r['p50Ms']:.2f} | {r['p99Ms']:.2f} |")
print("\nShare of the engine's time by stage (its own stage clocks): " +
      ", ".join(f"{k} {100 * v:.0f}%" for k, v in sorted(e.get("stageShares", {}).items(), key=lambda kv: -kv[1])) + ".\n")
print("By article size, one thread (`bench extract --size N --threads 1`):\n")
print("| article size | articles/s | MB/s | p50 ms | p99 ms |\n| ---: | ---: | ---: | ---: | ---: |")
for size in (1000, 5000, 20000):
    r = last_json(f"size-{size}.txt")["results"][0]
    print(f"| ~{size:,} bytes | {r['articlesPerSecond']:,.0f} | {r['mbPerSecond']:.2f} | {r['p50Ms']:.2f} | {r['p99Ms']:.2f} |")
print("\n### Pipeline against a pass-through topology (`./newsstream bench pipeline`)\n")
print("| stream threads | topology | full speed articles/s | p50 / p99 ms at full speed | p50 / p99 ms at the offered rate |\n| ---: | --- | ---: | ---: | ---: |")
ratios = []
for t in (1, 2):
    p = last_json(f"pipeline-{t}.txt")
    for name, key in (("pass-through", "passThrough"), ("extraction", "extraction"), ("extraction + live views", "extractionWithViews")):
        f, a = p[key]["fullSpeed"], p[key]["atRate"]
        print(f"| {t} | {name} | {f['articlesPerSecond']:,.0f} | {f['p50Ms']:,.0f} / {f['p99Ms']:,.0f} | {a['p50Ms']:,.0f} / {a['p99Ms']:,.0f} |")
    ratios.append((t, p["throughputRatio"], p["throughputRatioWithViews"], p["rate"], p["heapAfterGcMb"]))
print()
for t, ratio, views, rate, heap in ratios:
    print(f"- {t} stream thread(s): extraction keeps {100 * ratio:.0f}% of the pass-through's throughput, {100 * views:.0f}% with the "
          f"live views (what `up` and `process` run by default); offered rate {rate}/s; "
          f"heap in use after GC {heap} MB (broker, registry and all topologies in one JVM).")
# The profiles (JFR execution samples, whole stacks): which of our methods are on the stack, and for the pipeline
# and ingest, which threads and components the samples fall in.
def samples(name):
    out = subprocess.run(["jfr", "print", "--stack-depth", "300", "--events", "jdk.ExecutionSample", f"{work}/{name}"],
                         capture_output=True, text=True).stdout
    for s in out.split("jdk.ExecutionSample")[1:]:
        m = re.search(r'sampledThread = "([^"]+)"', s)
        yield (m.group(1) if m else "?"), re.findall(r"^\s+([\w.$]+)\(", s, re.M)
def table(counter, total, rows):
    print("| | share of samples |\n| --- | ---: |")
    for k, n in counter.most_common(rows):
        print(f"| {k} | {100 * n / max(1, total):.0f}% |")
incl = collections.Counter()
total = 0
for thread, frames in samples("engine.jfr"):
    if not any(f.startswith("org.newsstream.engine") for f in frames):
        continue
    total += 1
    for f in set(frames):
        top_level = "ExtractionEngine" in f or "lambda$" in f or f.endswith(".CombinedRecognizer.recognize") or f.endswith(".EntityRecognizer.recognize")
        if (f.startswith("org.newsstream.engine") and not top_level) or f.startswith("opennlp.tools.ml.BeamSearch.bestSequences"):
            incl[f"`{f.replace('org.newsstream.engine.', '')}`"] += 1
print("\n### Profile of the engine (JFR, one thread, generated articles)\n")
print(f"{total} execution samples in the engine; the methods of ours (and OpenNLP's beam search) most often on the stack, "
      "each with everything it calls:\n")
table(incl, total, 16)
BROKER = ("data-plane", "kafka-network", "raft", "quorum", "controller", "coordinator", "TxnMarker", "transaction", "kafka-log",
          "log-cleaner", "metadata-loader", "AddPartitionsToTxn", "kafka-scheduler", "executor-", "ReplicaFetcher", "share-")
threads, stream = collections.Counter(), collections.Counter()
for thread, frames in samples("pipeline.jfr"):
    joined = " ".join(frames)
    if "StreamThread" in thread:
        threads["stream threads"] += 1
        if "org.newsstream.engine" in joined: c = "extraction engine"
        elif "org.apache.avro" in joined or "org.newsstream.schemas" in joined: c = "Avro serdes"
        elif "org.newsstream.processor.views" in joined: c = "live views (ours)"
        elif "KafkaProducer" in joined or "RecordCollector" in joined: c = "producing (send, transactions)"
        elif "Consumer" in joined: c = "consuming (poll, fetch)"
        elif "org.apache.kafka.streams.state" in joined or "ThreadCache" in joined: c = "state stores, record cache"
        elif "org.newsstream.processor" in joined: c = "topology (ours)"
        else: c = "Kafka Streams runtime"
        stream[c] += 1
    elif any(b in thread for b in BROKER): threads["broker"] += 1
    elif thread == "main" or thread.startswith("bench-"): threads["benchmark (publishing, reading every output topic)"] += 1
    elif "schema-log" in thread or "registry" in thread.lower(): threads["schema registry"] += 1
    elif "producer-network" in thread: threads["client I/O threads"] += 1
    else: threads["other"] += 1
print("\n### Profile of the pipeline (JFR, `bench pipeline --stream-threads 2`, all three topologies)\n")
print(f"{sum(threads.values())} execution samples, by thread:\n")
table(threads, sum(threads.values()), 8)
print(f"\nThe stream threads' {sum(stream.values())} samples, by what is on the stack:\n")
table(stream, sum(stream.values()), 10)
parts = collections.Counter()
for thread, frames in samples("ingest.jfr"):
    joined = " ".join(frames)
    if "lingua" in joined: c = "Lingua (language among the shortlist)"
    elif "StopwordLanguageDetector" in joined or "LanguageIdentifier" in joined: c = "function-word language shortlist"
    elif "jsoup" in joined or "HtmlArticles" in joined or "PageText" in joined or "PageStats" in joined: c = "page text (metadata, boilerplate, main text)"
    elif "org.apache.avro" in joined or "org.newsstream.schemas" in joined: c = "Avro serialization"
    elif "KafkaProducer" in joined or "producer-network" in thread: c = "producing (send, I/O, transactions)"
    elif any(b in thread for b in BROKER): c = "broker"
    elif "org.newsstream.ingest" in joined: c = "ingest (reading files, ids, dedup)"
    elif "org.newsstream.app" in joined: c = "benchmark (generating articles and pages, checking)"
    else: c = "other (JVM, class loading)"
    parts[c] += 1
print("\n### Profile of ingest (JFR, `bench-ingest --articles 10000`: both runs and the page-extractor figure)\n")
table(parts, sum(parts.values()), 10)
PY
)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
cat > "$root/docs/performance.md" <<EOF
# Performance

Measured $(date -u +%Y-%m-%d) at commit $(git -C "$root" rev-parse --short HEAD) by \`scripts/performance.sh\` (reproduce it with
that command; about eight minutes). Machine: ${cpu}, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM,
$(java -version 2>&1 | head -1). Kafka: one in-process KRaft broker with our registry, in the benchmark's own JVM,
6 partitions per topic, exactly-once (v2) with a 200 ms commit interval, as \`up\` runs it. Ingest has its own
report (\`docs/ingest-benchmark.md\`, \`./newsstream bench-ingest\`) and so does page extraction (\`docs/page-extraction.md\`);
the JMH benchmarks of the engine, its stages and the serdes are in \`docs/engine-benchmark.md\` (\`scripts/bench-engine.sh\`).

## Figures
$tables

## Reading them
- **The engine** is CPU-bound and scales with threads; articles/s falls less than size grows (a fixed cost per article:
  language, layout, clustering), so MB/s rises with article size. Its profile: the rules (\`RuleBasedEntityRecognizer\`)
  and the Indonesian name finder (\`OpenNlpNameFinder\`, OpenNLP's feature generation and perceptron) take most of it.
  The name finder reads Indonesian articles only, and there it is the largest single cost: it reads each sentence
  that has a capitalised word no rule has typed (titles, days, function words and words the text also writes in
  lower case do not count), since elsewhere its names could only overlap the rules' and would be dropped.
- **What changed the engine's figure** (one thread, generated articles): 2.55 MB/s when issue 11 was filed, 3.2-3.5
  after the first round (greedy decoding for the name finder, one look-up per word for every word list, the
  gazetteer's answers kept by name, the layout's tokens reused, tokenising without Unicode tables for ASCII), and
  now the figure above: the name finder skips sentences the rules have already typed, the Romance languages'
  lower-case facility pattern is tried only at words that can head a facility (it was run over the whole text at
  every word, twice, a sixth of the engine's time), and patterns are compiled once. Runs on this shared machine
  vary by up to 15% from one to the next; compare figures measured in one run of this script.
- **The pipeline** is not bounded by the engine alone: on this machine the broker, the registry, the benchmark's
  producer and its consumers of every output topic share two cores with the stream threads (the pipeline profile
  above), and every article becomes dozens of output records (each quote, entity and place its own Avro record in
  the transaction). The pass-through topology moves one record per article. Inside the stream threads the engine
  holds most of the samples. Avro was a quarter of them: the serdes now keep their datum writers and readers per
  schema (building a reader resolved the writer's schema against ours for every record), and a story lists at most
  its first 50 articles (a quote every outlet carried grew its session-store value without bound, and every article
  rewrote it whole). At full speed the latency
  is the backlog's queueing time; at the offered rate it is what a reader sees.
- **The live views** (issue 12: the article views, latest quotes, counts per window, stories, all in the same
  exactly-once transactions) cost about a fifth of the pipeline's throughput here, and stretch the p99 at the offered
  rate: each article adds two writes of its whole view (the view topic and the article store's changelog), a
  repartition of a few dozen counts, and a story record, on the same two cores, and Kafka Streams' record cache is
  flushed at every commit in one burst. With \`streams.statestore.cache.max.bytes=0\` the p99 was lower (0.65-0.8 s in
  three runs before the serde change), but every store update is then a changelog record, and restoring the stores
  after a crash took long enough to fail the crash test once, so it is not the default. \`views.enabled=false\` runs
  the extraction alone (the rows without views).
- **Ingest** (\`docs/ingest-benchmark.md\`, ${ingest_rate} articles/s of 5 KB in this run): language detection is
  function words first, then Lingua only among the languages they leave (Catalan only when a word of its own is there;
  Indonesian and Malay always, they share most function words); Lingua and page-text cleaning (boilerplate, layout)
  are most of its samples (the ingest profile above, which also covers the page-extractor figure).
- **Scaling out:** the raw topic's partitions are the unit: more stream threads or more \`process\` instances
  (same application id) share them; on this 2-core machine the broker, the registry and the benchmark share the cores.

## Targets (issue 11) and where they stand
| target | figure here | |
| --- | --- | --- |
| engine ≥ 5 MB/s of text per thread | the one-thread row above (4.1-4.9 MB/s over this session's runs) | short; the profile shows the rules and the Indonesian name finder |
| ingest ≥ 2,000 articles/s of 5 KB | ${ingest_rate} articles/s | short; Lingua (Indonesian and Malay) and page-text cleaning, on 2 cores shared with the broker |
| pipeline ≥ 50% of the pass-through | the ratios above | short: dozens of records per article against one, and the engine on the same 2 cores as broker and benchmark |
| p99 < 500 ms at 200 articles/s | the "offered rate" column | met by the extraction (the rows without views); not with the live views on (record-cache flushes and their extra writes, see above) |
| processor heap < 512 MB | heap after GC above | met |
| \`up\` ready in < 5 s | \`docs/reliability.md\` (\`scripts/up-after-crash.sh\`) | at the line on fresh data; about 6 s after \`kill -9\` (the stores are rebuilt) |
EOF
echo "wrote docs/performance.md"
