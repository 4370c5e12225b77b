// `npm run check:literals` (part of check:package): the built package ships the profiles and the
// holiday calendar as JSON (scripts/literal-plugin.ts). This checks, for the main entry (ESM and CJS),
// each jurisdiction's entry and each standalone entry, that every shipped value is deep-equal to the
// source's and deeply frozen — so the JSON step can never change a figure the library computes from.
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as source from '../src/index.js';

const NAMES = [
  'anhui',
  'xinzhou',
  'jingzhou',
  'anhua',
  'zhoushan',
  'national2017',
  'national2025',
  'CHINA_HOLIDAY_YEARS',
] as const;

function deeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v !== 'object' || v === null || seen.has(v)) return true;
  seen.add(v);
  return Object.isFrozen(v) && Object.values(v).every((c) => deeplyFrozen(c, seen));
}

const require = createRequire(import.meta.url);
const dist = resolve('dist');
const entries = [
  'index',
  ...readdirSync(resolve(dist, 'jurisdictions'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `jurisdictions/${f.slice(0, -3)}`),
  ...readdirSync(resolve(dist, 'standalone'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `standalone/${f.slice(0, -3)}`),
];
let compared = 0;
const failures: string[] = [];
for (const entry of entries) {
  const built: Record<string, unknown>[] = [
    (await import(pathToFileURL(resolve(dist, `${entry}.js`)).href)) as Record<string, unknown>,
    require(resolve(dist, `${entry}.cjs`)) as Record<string, unknown>,
  ];
  for (const [i, mod] of built.entries())
    for (const name of NAMES) {
      if (!(name in mod)) continue;
      compared++;
      const where = `${entry}.${i === 0 ? 'js' : 'cjs'} ${name}`;
      if (!isDeepStrictEqual(mod[name], (source as Record<string, unknown>)[name]))
        failures.push(`${where}: differs from the source`);
      if (!deeplyFrozen(mod[name])) failures.push(`${where}: not deeply frozen`);
    }
}
if (failures.length > 0 || compared < 16) {
  console.error(failures.join('\n') || `only ${String(compared)} values compared`);
  process.exit(1);
}
console.log(
  `literal check: ${String(compared)} shipped values equal to the sources and deeply frozen`,
);
