#!/usr/bin/env bash
# Scores the extraction engine on the evaluation corpora and writes docs/quality.md.
# Usage: scripts/eval.sh [EVAL_DIR]        (default ../shared/eval; needs python3 for its score.py)
#        scripts/eval.sh EVAL_DIR CORPUS   (one corpus: seed, trnews, lgl, ...; prints the scorer's report)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=$(cd "${1:-$root/../shared/eval}" && pwd)
only=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpora="seed dev de-wikinews-quotes trnews lgl geowebnews geovirus nergrit-id polnear pfsa-id"
[ -n "$only" ] && corpora=$only
rows=""
for c in $corpora; do
  dir=$eval_dir/public/$c
  [ "$c" = seed ] && dir=$eval_dir/seed
  [ "$c" = dev ] && dir=$eval_dir/dev
  start=$(date +%s.%N)
  "$root/newsstream" extract "$dir"/articles/*.txt > "$work/$c.jsonl" 2> "$work/$c.err" || true
  secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  n=$(ls "$dir"/articles/*.txt | wc -l)
  if [ -n "$only" ]; then
    python3 "$eval_dir/score.py" "$dir/gold.jsonl" "$work/$c.jsonl" --verbose
    exit 0
  fi
  summary=$(python3 "$eval_dir/score.py" "$dir/gold.jsonl" "$work/$c.jsonl" | tail -4)
  # Only the sections this corpus annotates mean anything; the others are shown as "-".
  has() { python3 -c "import json,sys; sys.exit(0 if any('$1' in json.loads(l) for l in open('$dir/gold.jsonl')) else 1)"; }
  q=-; e=-; g=-
  has quotes && q=$(echo "$summary" | grep '^quotes:' | sed 's/quotes: *//')
  has entities && e=$(echo "$summary" | grep '^entities:' | sed 's/entities: *//')
  has geolocations && g=$(echo "$summary" | grep '^geo:' | sed 's/geo: *//')
  rows+="| $c | $n | ${secs}s | $q | $e | $g |"$'\n'
  echo "$summary" > "$work/$c.summary"
  echo "$c: $(echo "$summary" | tail -1)"
done
# The dev set per language (articles are paired by file name; the gold names each article's language).
dev_langs=""
if [ -f "$work/dev.jsonl" ]; then
  for lang in $(python3 -c "import json; print(' '.join(sorted({json.loads(l)['language'] for l in open('$eval_dir/dev/gold.jsonl')})))"); do
    python3 -c "import json,sys; [print(l, end='') for l in open('$eval_dir/dev/gold.jsonl') if json.loads(l)['language']=='$lang']" > "$work/dev-$lang.gold"
    s=$(python3 "$eval_dir/score.py" "$work/dev-$lang.gold" "$work/dev.jsonl" | tail -1)
    echo "$s" | sed 's/.*speaker_acc=\([0-9.]*\).*/\1/' > "$work/dev-$lang.speaker"
    dev_langs+="| $lang | $(echo "$s" | tr ' ' '\n' | grep -E '^(quote_f1|speaker_acc|entity_f1|geo_acc161)=' | cut -d= -f2 | paste -sd'|' | sed 's/|/ | /g') |"$'\n'
  done
fi
# The issue's "done when" figures, each checked against this run.
targets=$(python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
def figures(corpus):
    try:
        text = open(f"{work}/{corpus}.summary").read()
    except OSError:
        return None
    f = {}
    q = re.search(r"quotes:.*F1 ([\d.]+)\s+speaker accuracy ([\d.]+)", text)
    e = re.search(r"entities:.*F1 ([\d.]+)", text)
    o = re.search(r"entities:.*ORG ([\d.]+)", text)
    g = re.search(r"geo:\s+P ([\d.]+)\s+R ([\d.]+).*accuracy@161km ([\d.]+) \(of resolved ([\d.]+)\)", text)
    if q: f.update(quote_f1=float(q[1]), speaker=float(q[2]))
    if e: f.update(entity_f1=float(e[1]))
    if o: f.update(org_f1=float(o[1]))
    if g: f.update(geo_p=float(g[1]), geo_r=float(g[2]), geo_acc=float(g[3]), resolved=float(g[4]))
    return f
checks = [("seed", "speaker", 1.0, "all quotes to the right speaker"), ("seed", "entity_f1", 0.9, "entity F1"),
          ("seed", "geo_acc", 0.9, "geo accuracy@161km"),
          ("polnear", "quote_f1", 0.93, "quote F1"), ("polnear", "speaker", 0.85, "speaker accuracy"),
          ("pfsa-id", "speaker", 0.80, "speaker accuracy"), ("nergrit-id", "entity_f1", 0.60, "entity F1")]
for c, floor in (("trnews", 0.85), ("geowebnews", 0.88), ("lgl", 0.75)):
    checks += [(c, "resolved", floor, "accuracy@161km of resolved"), (c, "geo_r", 0.65, "geo recall"),
               (c, "geo_p", 0.60, "geo precision")]
checks += [("dev", "speaker", 0.92, "speaker accuracy"), ("dev", "quote_f1", 0.95, "quote F1"),
           ("dev", "entity_f1", 0.85, "entity F1"), ("dev", "org_f1", 0.75, "organisation F1"),
           ("dev", "geo_acc", 0.90, "geo accuracy@161km"),
           ("de-wikinews-quotes", "quote_f1", 0.90, "quote F1"), ("de-wikinews-quotes", "speaker", 0.85, "speaker accuracy")]
import glob, os
for path in sorted(glob.glob(f"{work}/dev-*.speaker")):
    lang = os.path.basename(path)[4:-8]
    value = float(open(path).read().strip() or 0)
    print(f"| dev ({lang}) | speaker accuracy | ≥ 0.85 | {value:.3f} | {'met' if value >= 0.85 else 'NOT met'} |")
for corpus, key, floor, what in checks:
    f = figures(corpus)
    if f is None or key not in f:
        continue
    print(f"| {corpus} | {what} | ≥ {floor:.2f} | {f[key]:.3f} | {'met' if f[key] >= floor else 'NOT met'} |")
PY
)
cat > "$root/docs/quality.md" <<DOC
# Extraction quality

Scored $(date -u +%Y-%m-%d) by \`scripts/eval.sh\` (which runs \`./newsstream extract\` over each corpus and
\`score.py\` from the evaluation folder on its output) on $(nproc) cores of $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),
at commit $(git -C "$root" rev-parse --short HEAD) plus the working tree. "-": the corpus does not annotate that section.

| corpus | articles | time | quotes | entities | geolocations |
| --- | --- | --- | --- | --- | --- |
$rows
The dev set (45 articles written for the project, 5 per language) by language. Rules were written against the
errors of articles 1-4 of each language, by kind; the fifth of each (05, 10, ... 45) was kept aside and checked last
until 2026-11-26, when its four remaining errors were looked at too (five rules came of them: a body's coordinated
name, month abbreviations inside names, Indonesian H./KH., a role's holder in apposition, cues split around the subject): it is no longer unseen data.

| language | quote F1 | speaker accuracy | entity F1 | geo accuracy@161km |
| --- | --- | --- | --- | --- |
$dev_langs
Targets (the issues' "done when"), checked against this run:

| corpus | figure | target | now | |
| --- | --- | --- | --- | --- |
$targets

Anchors (from the issue): Mordecai3 accuracy@161km 87.3% (TR-News), 82.7% (LGL), 94.1% (GeoWebNews) given
gold toponyms; a regex baseline gets quote F1 0.92 and speaker accuracy 0.24 on PolNeAR; a capitalised-phrase
GeoNames lookup gets geo recall 0.64-0.72, precision 0.28-0.37, resolved accuracy 0.60-0.68.

Reproduce: \`scripts/eval.sh ../shared/eval\`; one corpus with every error listed:
\`scripts/eval.sh ../shared/eval polnear\`.
DOC
