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

it('finds the shipped case tables', () => {
  expect(tables.length).toBeGreaterThan(0);
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
