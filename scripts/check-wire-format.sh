#!/usr/bin/env bash
# Checks, against a running `./newsstream up`, that records on the output topics are in Confluent's wire format:
# byte 0 is 0, bytes 1-4 a schema id that GET /schemas/ids/{id} on the registry returns, and the rest decodes
# with that schema using the plain Avro command-line tools (org.apache.avro:avro-tools, from Maven Central).
# Usage: scripts/check-wire-format.sh BOOTSTRAP REGISTRY_URL
set -euo pipefail
bootstrap=$1
registry=$2
root=$(cd "$(dirname "$0")/.." && pwd)
avro_version=1.12.2
tools="$HOME/.m2/repository/org/apache/avro/avro-tools/$avro_version/avro-tools-$avro_version.jar"
[ -f "$tools" ] || mvn -q -B dependency:get -Dartifact=org.apache.avro:avro-tools:$avro_version -Dtransitive=false >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for topic in quotes entities geolocations; do
  line=$("$root/newsstream" tail "$topic" --from-beginning --max 1 --raw --bootstrap "$bootstrap" --registry "$registry")
  python3 - "$line" "$work" <<'PY'
import base64, json, sys
rec = json.loads(sys.argv[1]); raw = base64.b64decode(rec["valueBase64"])
assert raw[0] == 0, f"magic byte is {raw[0]}"
assert int.from_bytes(raw[1:5], "big") == rec["schemaId"]
open(sys.argv[2] + "/body.bin", "wb").write(raw[5:])
open(sys.argv[2] + "/id", "w").write(str(rec["schemaId"]))
print(f"{rec['topic']}: offset {rec['offset']}, magic byte 0, schema id {rec['schemaId']}")
PY
  id=$(cat "$work/id")
  curl -fsS "$registry/schemas/ids/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["schema"])' > "$work/schema.avsc"
  echo "  GET /schemas/ids/$id -> $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$work/schema.avsc")"
  echo "  avro-tools fragtojson: $(java -jar "$tools" fragtojson --schema-file "$work/schema.avsc" "$work/body.bin" 2>/dev/null | head -c 300)"
done
