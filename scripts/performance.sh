#!/usr/bin/env bash
# Measures the engine and the pipeline and writes docs/performance.md: `bench extract` on generated articles of
# several sizes and thread counts, `bench pipeline` with one and two stream threads against the pass-through
# topology, and a JFR profile of the engine. Takes about six minutes. Usage: scripts/performance.sh
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
"$ns" bench pipeline --stream-threads 2 > "$work/pipeline-2.txt" 2>/dev/null
"$ns" bench pipeline --stream-threads 1 > "$work/pipeline-1.txt" 2>/dev/null

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
# The profile: where the engine's samples fall, by the innermost frame of ours or a library's.
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", f"{work}/engine.jfr"], capture_output=True, text=True).stdout
incl = collections.Counter()
samples = out.split("jdk.ExecutionSample")
for s in samples:
    frames = re.findall(r"^\s+([\w.$]+)\(", s, re.M)
    for f in set(frames):
        if f.startswith("org.newsstream.engine") or f.startswith("opennlp.tools.ml.BeamSearch"):
            incl[f] += 1
print("\n### Profile of the engine (JFR, one thread, generated articles)\n")
print(f"{len(samples) - 1} execution samples; the methods of ours (and OpenNLP's beam search) most often on the stack:\n")
print("| method | share of samples |\n| --- | ---: |")
for f, n in incl.most_common(14):
    print(f"| `{f.replace('org.newsstream.engine.', '')}` | {100 * n / max(1, len(samples) - 1):.0f}% |")
PY
)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
cat > "$root/docs/performance.md" <<EOF
# Performance

Measured $(date -u +%Y-%m-%d) at commit $(git -C "$root" rev-parse --short HEAD) by \`scripts/performance.sh\` (reproduce it with
that command; about six minutes). Machine: ${cpu}, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM,
$(java -version 2>&1 | head -1). Kafka: one in-process KRaft broker with our registry, in the benchmark's own JVM,
6 partitions per topic, exactly-once (v2) with a 200 ms commit interval, as \`up\` runs it. Ingest has its own
report (\`docs/ingest-benchmark.md\`, \`./newsstream bench-ingest\`) and so does page extraction (\`docs/page-extraction.md\`);
the JMH benchmarks of the engine, its stages and the serdes are in \`docs/engine-benchmark.md\` (\`scripts/bench-engine.sh\`).

## Figures
$tables

## Reading them
- **The engine** is CPU-bound and scales with threads; articles/s falls less than size grows (a fixed cost per article:
  language, layout, clustering), so MB/s rises with article size.
- **The pipeline** is not bounded by the engine alone: with two stream threads the engine by itself extracts more
  than twice what the pipeline delivers. On this machine the broker, the registry, the benchmark's producer and
  consumer and the stream threads share two cores, and every article becomes dozens of output records (each quote,
  entity and place its own Avro record in the transaction). The pass-through topology shows what the broker, Kafka
  Streams and the serdes move for one record per article. At full speed the latency is the backlog's queueing time;
  at the offered rate it is what a reader sees.
- **The live views** (issue 12: the article views, latest quotes, counts per window, stories, all in the same
  exactly-once transactions) cost about a quarter of the pipeline's throughput here, and at the offered rate they
  stretch the extraction's own p99 from about 0.25 s to 0.8-1.7 s (it varies from run to run): each article adds two
  writes of its whole view (the view topic and the article store's changelog), a repartition of a few dozen counts,
  and a story record, on the same two cores. Most of that p99 is Kafka Streams' record cache, flushed at every
  commit in one burst: with \`streams.statestore.cache.max.bytes=0\` the p99 was 0.65-0.8 s in three runs at the same
  throughput. It is not the default, because then every store update is a changelog record, and restoring the
  stores after a crash took long enough to fail the crash test once. \`views.enabled=false\` runs the extraction
  alone (the rows without views).
- **What changed the engine's figure** (one thread, generated articles, 2.55 -> 3.2-3.5 MB/s over this session's runs): the Indonesian name
  finder decodes greedily (a beam of 1; \`docs/ner-model.md\`), titles, organisation words, function words and
  attribution words are each answered with one look-up per word, the gazetteer keeps its answers by name, the
  layout's tokens are the document's, and tokenising skips Unicode tables for ASCII. The profile is now flat: no
  method of ours holds more than a few per cent of the samples on its own.
- **Scaling out:** the raw topic's partitions are the unit: more stream threads or more \`process\` instances
  (same application id) share them; on this 2-core machine the broker, the registry and the benchmark share the cores.

## Targets (issue 11) and where they stand
See the figures above against: engine ≥ 5 MB/s per thread (about 1,000 articles/s of 5 KB); pipeline ≥ 50% of the
pass-through and p99 < 500 ms at 200 articles/s offered; processor heap < 512 MB; \`up\` ready in < 5 s
(\`docs/reliability.md\`: 4.9-5.0 s on fresh data, 4.8-4.9 s after a clean stop, 5.9-6.3 s after \`kill -9\`, measured by \`scripts/up-after-crash.sh\`). Where they stand: the engine
reaches 3.2-3.5 MB/s per thread (5.3-5.75 MB/s on two, over this session's runs), short of 5 MB/s per thread; what is left is spread over many
small stages (the profile above: the Indonesian name finder's feature generation, the recognizer's rules, tokenising)
rather than one hot spot. The pipeline keeps a quarter of the pass-through's throughput (each article is dozens of
records against the pass-through's one) and its p99 at 200/s is about 0.25 s without the views (met) and 0.8-1.7 s
with them (not met; 0.65-0.8 s without the record cache, see above); the heap stays near 250 MB (met); start-up is at
the 5 s line on fresh data.
EOF
echo "wrote docs/performance.md"
