// Every shipped case table (src/jurisdictions/<id>/cases.yaml), one test per case, titled with the rule
// the case proves: the expected values in the tables are worked by hand from the quoted clause, so a
// failure here means the code and the law disagree (issue 20).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCases, type Case, type CaseFile } from '../../src/cases/index.js';

const ROOT = 'src/jurisdictions';
const tables = readdirSync(ROOT)
  .filter((d) => existsSync(join(ROOT, d, 'cases.yaml')))
  .map((d) => {
    const path = join(ROOT, d, 'cases.yaml');
    return { path, file: parse(readFileSync(path, 'utf8')) as CaseFile };
  });

it('every shipped jurisdiction has a case table', () => {
  const dirs = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'profile.ts')));
  expect(dirs.length).toBeGreaterThanOrEqual(7);
  expect(tables.map((t) => t.path).sort()).toEqual(
    dirs.map((d) => join(ROOT, d, 'cases.yaml')).sort(),
  );
});

// The clause of a case is quoted verbatim from its source text (sources/ beside the rules catalogue,
// outside this repository: checked where it is present). The national texts are not among the sources:
// their tables quote the profile's summary, and are checked against the profile instead. A convention
// of every jurisdiction (MONEY-, TIME-) has no source text: its cases quote the rules catalogue's row.
const SOURCES = '../shared/sources';
const CATALOGUE = existsSync('../shared/RULES.md')
  ? '../shared/RULES.md'
  : 'test/fixtures/RULES.md';
const catalogueText = (rule: string): string | undefined =>
  /^(?:MONEY|TIME)-/.test(rule)
    ? readFileSync(CATALOGUE, 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`| ${rule} |`))
        ?.split(' | ')[2]
    : undefined;
const SOURCE_OF: Record<string, string> = {
  anhui: 'anhui-2025-jianzhigui-6.txt',
  xinzhou: 'xinzhou-construction-notice.txt',
  jingzhou: 'jingzhou-2020-construction-notice.txt',
  anhua: 'anhua-2021-anweibanfa-39.txt',
  zhoushan: 'zhoushan-2018-zhengbanfa-45.txt',
};
describe.skipIf(!existsSync(SOURCES))('every clause is quoted verbatim from its source', () => {
  for (const { path, file } of tables) {
    it(path, async () => {
      const { PROFILES } = await import('../../src/index.js');
      const summaries = PROFILES.flatMap((p) => p.rules.map((r) => r.summary.zh));
      // a case may run under another jurisdiction than its table's (a national rule checked through Anhui)
      const textOf = (id: string | undefined) => {
        const name = SOURCE_OF[id ?? ''];
        return name === undefined ? '' : readFileSync(join(SOURCES, name), 'utf8');
      };
      const stray = file.cases
        .filter(
          (c) =>
            !textOf(c.jurisdiction ?? file.jurisdiction).includes(c.clause) &&
            !summaries.includes(c.clause) &&
            catalogueText(c.rule)?.replace(/ \|$/, '') !== c.clause,
        )
        .map((c) => c.id);
      expect(stray).toEqual([]);
    });
  }
});

for (const { path, file } of tables) {
  describe(path, () => {
    it('is a valid case file with unique ids', () => {
      expect(runCases(file).total).toBe(file.cases.length);
    });
    it.each(file.cases.map((c: Case) => [`${c.rule} ${c.id}: ${c.why}`, c] as const))(
      '%s',
      (_title, c) => {
        const report = runCases({ ...file, cases: [c] });
        // the whole outcome on failure: which path, what the clause gives, what the code gave
        expect(report.cases[0]).toMatchObject({ status: 'pass', differences: [], error: null });
      },
    );
  });
}
