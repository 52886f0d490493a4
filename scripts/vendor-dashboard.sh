#!/usr/bin/env bash
# Vendors the dashboard's front-end libraries from npm into the processor's resources, so the build and the page
# need no network: d3 (ISC), topojson-client (ISC) and world-atlas (ISC; country shapes from Natural Earth,
# public domain). Run it to upgrade them; the pinned versions are below. Licences are in NOTICE.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/processor/src/main/resources/dashboard/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent d3@7.9.0 topojson-client@3.1.0 world-atlas@2.0.2
mkdir -p "$out"
cp node_modules/d3/dist/d3.min.js "$out/d3.min.js"
cp node_modules/topojson-client/dist/topojson-client.min.js "$out/topojson-client.min.js"
cp node_modules/world-atlas/countries-110m.json "$out/countries-110m.json"
{
  echo "d3 $(node -p "require('./node_modules/d3/package.json').version") (ISC)"
  echo "topojson-client $(node -p "require('./node_modules/topojson-client/package.json').version") (ISC)"
  echo "world-atlas $(node -p "require('./node_modules/world-atlas/package.json').version") (ISC; Natural Earth data, public domain)"
} > "$out/VERSIONS"
ls -l "$out"
