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
for pkg in d3 topojson-client world-atlas; do
  cp "node_modules/$pkg/LICENSE" "$out/LICENSE.$pkg"
done
{
  echo "d3 $(node -p "require('./node_modules/d3/package.json').version") (ISC)"
  echo "topojson-client $(node -p "require('./node_modules/topojson-client/package.json').version") (ISC)"
  echo "world-atlas $(node -p "require('./node_modules/world-atlas/package.json').version") (ISC; Natural Earth data, public domain)"
} > "$out/VERSIONS"
cat > "$out/NOTICE.txt" <<'NOTICE'
The dashboard ships three front-end packages from the npm registry, unchanged (scripts/vendor-dashboard.sh):

- d3 (d3.min.js): Copyright 2010-2023 Mike Bostock. ISC licence, LICENSE.d3.
- topojson-client (topojson-client.min.js): Copyright 2012-2019 Michael Bostock. ISC licence, LICENSE.topojson-client.
- world-atlas (countries-110m.json): Copyright 2013-2019 Michael Bostock. ISC licence, LICENSE.world-atlas.
  The country shapes are Natural Earth's 1:110m Admin 0 countries (naturalearthdata.com), which are in the
  public domain.

Versions: VERSIONS.
NOTICE
ls -l "$out"
