// The tree-shaking check of issue 18 item 7: a program that imports one jurisdiction's standalone entry
// (`anzexian/standalone/<id>`) and the functions it uses is bundled with esbuild; the bundle must hold no
// other jurisdiction's rule ID, and the program must print exactly what the same program prints against
// the main entry. `npx tsx scripts/standalone-check.ts` checks the built package (dist/, `.ci/run`);
// `test/standalone.test.ts` checks the sources with the same programs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { STANDALONE, type StandaloneId } from './standalone-plugin.js';

/** The rule-ID prefix of each standalone entry's own jurisdiction (none for the national measures). */
export const OWN_PREFIX: Readonly<Record<StandaloneId, string | null>> = {
  anhui: 'AH',
  xinzhou: 'XZ',
  jingzhou: 'JZ',
  anhua: 'AN',
  zhoushan: 'ZS',
  national: null,
};
const LOCAL_PREFIXES = ['AH', 'XZ', 'JZ', 'AN', 'ZS'];

/** A date each entry's jurisdiction is in force on. */
const AS_OF: Readonly<Record<StandaloneId, string>> = {
  anhui: '2026-03-01',
  xinzhou: '2026-03-01',
  jingzhou: '2021-06-30',
  anhua: '2022-03-01',
  zhoushan: '2026-03-01',
  national: '2026-03-01',
};

/**
 * The program for one entry, importing from `from`: it quotes, checks a project and an enterprise,
 * classifies, counts coverage, lists the calendar, derives a version, renders a profile sheet — and,
 * in a standalone entry, asks for a jurisdiction the entry does not carry — printing every result or
 * error code as JSON lines.
 */
export function programFor(id: StandaloneId, from: string): string {
  const jid = id === 'national' ? 'national-2025' : id;
  const other = id === 'xinzhou' ? 'anhui' : 'xinzhou';
  const otherPrefix = id === 'xinzhou' ? 'AH' : 'XZ';
  const asOf = AS_OF[id];
  return `import {
  quotePremium, checkQuote, checkProject, checkEnterprise, classifyUnit, coverageStatus,
  complianceCalendar, getProfile, listProfiles, deriveProfile, defineJurisdiction, profileSheet,
  renderMarkdown, splitPremium, checkInsurer, checkServiceFirm, checkServiceDelivery,
} from '${from}';
const out = (label, f) => {
  try { console.log(label, JSON.stringify(f())); }
  catch (e) { if (e.code === undefined) throw e; console.log(label, 'error', e.code, JSON.stringify((e.issues ?? []).map((i) => [i.path, i.code]))); }
};
const jurisdiction = '${jid}';
const asOf = '${asOf}';
const profile = getProfile(jurisdiction, { asOf });
const kind = profile.pricing.baseKinds[0]?.kind ?? 'contract-price';
const base = { kind, amount: '12345678.90' };
const sectors = (profile.scope.sectors ?? []).map((s) => s.code);
const sector = sectors[0] ?? 'mining';
out('quote', () => quotePremium({ jurisdiction, asOf, base, adjustments: [{ reason: 'claims-free', percent: '-30' }] }));
out('quote-filed', () => quotePremium({ jurisdiction, asOf, base, rate: { source: 'filed', rate: { value: '0.0018', unit: 'permille' }, insurer: 'I' } }));
out('checkQuote', () => checkQuote({ jurisdiction, asOf, rate: { value: '0.00131', unit: 'permille' } }));
out('project', () => checkProject({ jurisdiction, asOf, facts: { needsConstructionPermit: true, startDate: asOf, insuredOn: asOf } }));
out('enterprise', () => checkEnterprise({ jurisdiction, asOf, facts: { sector, insured: true } }));
const units = [
  { kind: 'enterprise', id: 'E1', sector, inStatistics: true, policies: [{ from: asOf, to: asOf }] },
  { kind: 'enterprise', id: 'E2', sector: sectors[1] ?? sector, inStatistics: true },
  { kind: 'project', id: 'P1', projectKind: 'housing', needsConstructionPermit: true, startDate: asOf, policies: [{ from: asOf, to: asOf }] },
];
const filed = { source: 'filed', rate: { value: '0.0018', unit: 'permille' }, insurer: 'I' };
out('split', () => {
  const q = quotePremium({ jurisdiction, asOf, base, rate: filed });
  return splitPremium({ quote: q, payers: [{ name: 'A', role: 'general-contractor', weight: 7 }, { name: 'B', role: 'subcontractor', weight: 3 }] });
});
out('insurer', () => checkInsurer({ jurisdiction, asOf, facts: { projectLeadYears: 6 } }));
out('firm', () => checkServiceFirm({ jurisdiction, asOf, facts: {}, staff: [{ name: 'A', title: 'senior', certificates: ['civil-engineer'], safetyYears: 20 }] }));
const project = { policy: { from: asOf, to: '2030-12-31' } };
out('delivery', () => checkServiceDelivery({ jurisdiction, asOf, project, visits: [{ date: asOf, kind: 'training' }] }));
out('classify', () => units.map((unit) => classifyUnit({ jurisdiction, asOf, unit })));
out('coverage', () => coverageStatus({ jurisdiction, asOf, units }));
out('calendar', () => complianceCalendar({ jurisdiction, asOf, from: '2020-01-01', to: '2027-12-31' }));
out('listProfiles', () => listProfiles().map((p) => p.id));
const reform = deriveProfile(profile, { version: 'x', validFrom: '2030-01-01', hypothetical: true });
out('reform', () => quotePremium({ jurisdiction: defineJurisdiction({ versions: [profile, reform] }), asOf: '2030-06-01', base, rate: { source: 'filed', rate: { value: '0.0018', unit: 'permille' }, insurer: 'I' } }));
out('sheet', () => renderMarkdown(profileSheet({ jurisdiction, asOf })).length);
out('other-id', () => getProfile('${other}', { asOf: '2026-03-01' }).id);
// the entry's own profile rewritten as the other jurisdiction's (its id, its rule-ID prefix)
const renamed = JSON.parse(JSON.stringify(profile).replaceAll('"' + profile.rules[0].id.split('-')[0] + '-', '"${otherPrefix}-'));
out('other-profile', () => defineJurisdiction({ versions: [{ ...renamed, id: '${other}', rulePrefix: '${otherPrefix}' }] }).id);
`;
}

/** The rule IDs in a bundle that belong to another local jurisdiction than the entry's own. */
export function foreignRuleIds(bundle: string, id: StandaloneId): string[] {
  const own = OWN_PREFIX[id];
  const found = bundle.match(/["'`](?:AH|XZ|JZ|AN|ZS)-[A-Z]+(?:-[A-Z0-9]+)?["'`]/g) ?? [];
  return [...new Set(found.map((s) => s.slice(1, -1)))].filter(
    (r) => LOCAL_PREFIXES.includes(r.split('-')[0] ?? '') && !r.startsWith(`${own ?? '-'}-`),
  );
}

/** Bundles a program (minified, as a consumer would) and returns the bundle's text. */
export async function bundle(
  program: string,
  resolveDir: string,
  plugins: Plugin[] = [],
): Promise<string> {
  const result = await build({
    stdin: { contents: program, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    platform: 'node',
    format: 'esm',
    plugins,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Runs a bundle with Node and returns what it printed. */
export function run(bundleText: string, dir: string, name: string): string {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, bundleText);
  return execFileSync(process.execPath, [file], { encoding: 'utf8' });
}

// `npx tsx scripts/standalone-check.ts`: the check on the built package, through a consumer's
// node_modules/anzexian (a link to this folder), resolved by the package's exports map.
async function main(): Promise<void> {
  const root = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), 'anzexian-standalone-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'anzexian'), 'dir');
  let failed = false;
  try {
    for (const id of STANDALONE) {
      const mine = await bundle(programFor(id, `anzexian/standalone/${id}`), dir);
      const main = await bundle(programFor(id, 'anzexian'), dir);
      const foreign = foreignRuleIds(mine, id);
      const a = run(mine, dir, `${id}-standalone`).split('\n');
      const b = run(main, dir, `${id}-main`).split('\n');
      // two lines differ on purpose: the standalone entry lists only what it carries, and refuses the
      // other jurisdiction
      const differing = a.filter(
        (line, i) => line !== b[i] && !/^(other-|listProfiles)/.test(line),
      );
      const carried = [...(id === 'national' ? [] : [id]), 'national-2017', 'national-2025'];
      const listed = a.includes(`listProfiles ${JSON.stringify(carried)}`);
      const refused = ['other-id', 'other-profile'].every((label) =>
        a.some(
          (l) =>
            l.startsWith(`${label} error VALIDATION`) && l.includes('jurisdiction_not_in_entry'),
        ),
      );
      const ok = foreign.length === 0 && differing.length === 0 && refused && listed;
      failed ||= !ok;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} standalone/${id}: ${(mine.length / 1024).toFixed(0)} KiB minified (main entry: ${(main.length / 1024).toFixed(0)} KiB), ` +
          `other jurisdictions' rule IDs: ${foreign.length === 0 ? 'none' : foreign.join(', ')}; ` +
          `output ${differing.length === 0 ? 'equal to the main entry' : `differs: ${differing.join(' | ')}`}; ` +
          `other id ${refused ? 'refused' : 'NOT refused'}; ${listed ? 'lists its own' : 'lists OTHERS'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('standalone-check.ts'))
  await main();
