#!/usr/bin/env bash
# The package as users get it: pack the tarball, check what it ships, install it into fresh projects and
# type-check and run an import of every public entry in ESM (node16 and bundler resolution) and CommonJS,
# then run every example against the installed package. Needs a build in dist/.
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
tarball=$(npm pack --silent --ignore-scripts --pack-destination "$work" </dev/null | tail -n 1)

# 1. What the tarball ships: dist/ and the package's own files only.
npm pack --dry-run --json --ignore-scripts </dev/null 2>/dev/null | node -e '
  const files = JSON.parse(require("fs").readFileSync(0, "utf8"))[0].files.map((f) => f.path);
  const stray = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f));
  if (stray.length) { console.error("unexpected files in the package:", stray); process.exit(1); }
  console.log(`package files: ${files.length}, all under dist/ or package metadata`);'
npm publish --dry-run --ignore-scripts </dev/null >/dev/null 2>&1 || { echo "npm publish --dry-run failed"; exit 1; }

cd "$work"
npm init -y >/dev/null </dev/null
npm install --no-audit --no-fund "./$tarball" "typescript@$(node -p "require('$root/node_modules/typescript/package.json').version")" @types/node@20 >/dev/null </dev/null

ENTRIES=(anhui xinzhou jingzhou anhua zhoushan national-2017 national-2025)
{
  echo "import * as main from 'anzexian';"
  for e in "${ENTRIES[@]}"; do echo "import * as j_${e//-/_} from 'anzexian/jurisdictions/$e';"; done
  echo "import { createRequire } from 'node:module';"
  echo "const require = createRequire(import.meta.url);"
  echo "const profile = require('anzexian/profiles/anhui.json');"
  echo "const schema = require('anzexian/profile.schema.json');"
  echo "const pkg = require('anzexian/package.json');"
  echo "const q = main.quotePremium({ jurisdiction: 'anhui', asOf: '2026-01-01', base: { kind: 'contract-price', amount: '12000000' } });"
  echo "if (q.premium.amount !== '19800.00') throw new Error('quote');"
  for e in "${ENTRIES[@]}"; do echo "if (Object.values(j_${e//-/_})[0] === undefined) throw new Error('$e');"; done
  echo "if (profile.id !== 'anhui' || schema.type !== 'object' || pkg.name !== 'anzexian') throw new Error('json');"
  echo "console.log('esm ok');"
} > esm.mts
cp esm.mts bundler.ts
cat > cjs.cts <<'CJS'
const main = require('anzexian') as typeof import('anzexian');
const { anhui } = require('anzexian/jurisdictions/anhui') as typeof import('anzexian/jurisdictions/anhui');
const v = main.checkQuote({ jurisdiction: 'anhui', asOf: '2026-01-01', rate: main.permille('1.2') });
if (v.status !== 'fail' || anhui.id !== 'anhui') throw new Error('cjs');
console.log('cjs ok');
CJS
common='"strict": true, "noEmit": true, "skipLibCheck": false, "types": ["node"], "target": "ES2022"'
echo "{ \"compilerOptions\": { \"module\": \"node16\", \"moduleResolution\": \"node16\", $common }, \"files\": [\"esm.mts\", \"cjs.cts\"] }" > tsconfig.node16.json
echo "{ \"compilerOptions\": { \"module\": \"esnext\", \"moduleResolution\": \"bundler\", \"resolveJsonModule\": true, $common }, \"files\": [\"bundler.ts\"] }" > tsconfig.bundler.json
npx tsc -p tsconfig.node16.json
npx tsc -p tsconfig.bundler.json
npx tsc --module node16 --moduleResolution node16 --outDir out --skipLibCheck --types node esm.mts cjs.cts
node out/esm.mjs
node out/cjs.cjs

# 2. Every example, against the installed package.
mkdir -p examples
cp -r "$root/examples/." examples/
for example in examples/*.mjs; do
  node "$example" >/dev/null 2>"$work/example.err" || { cat "$work/example.err"; echo "example failed: $example"; exit 1; }
  echo "example ok: $example"
done
test "$(npx --no-install anzexian --version)" = "0.1.0"
echo "consumer smoke test OK ($tarball)"
