// `anzexian cases` end to end (issue 20 item 5): the built CLI runs the shipped case tables and a
// caller's table under a caller-defined profile, exits 1 with the difference when a case fails, and
// refuses a bad file with its line and column.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_COUNTY } from '../fixtures/example-county.js';

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'cases', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const FIXTURES = 'test/fixtures/cases';

describe('anzexian cases', { timeout: 120_000 }, () => {
  it('runs every shipped case table: each case passes, exit 0', () => {
    const tables = readdirSync('src/jurisdictions').filter((d) =>
      existsSync(join('src/jurisdictions', d, 'cases.yaml')),
    );
    expect(tables.length).toBe(7);
    for (const d of tables) {
      const r = run(['--input', join('src/jurisdictions', d, 'cases.yaml')]);
      expect(r.err, d).toBe('');
      expect(r.code, d).toBe(0);
      expect(r.out, d).toMatch(/(\d+) of \1 cases pass, 0 fail/);
      expect(r.out, d).not.toContain('FAIL');
    }
  });

  it("runs a caller's table under the caller's own profile (--profile)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-cases-'));
    const profile = join(dir, 'example-county.json');
    writeFileSync(profile, JSON.stringify(EXAMPLE_COUNTY));
    const r = run(['--input', join(FIXTURES, 'example-county.yaml'), '--profile', profile]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'pass  EX-RATE-02 reference-premium (quotePremium, example-county, as of 2026-03-01)',
    );
    expect(r.out).toContain('3 of 3 cases pass, 0 fail');
    // JSON out: the report runCases returns
    const json = run([
      '--input',
      join(FIXTURES, 'example-county.yaml'),
      '--profile',
      profile,
      '--format',
      'json',
    ]);
    expect(JSON.parse(json.out)).toMatchObject({ status: 'pass', total: 3, passed: 3 });
    // without a jurisdiction the caller's table names none: refused, with where
    const none = run(['--input', join(FIXTURES, 'example-county.yaml')]);
    expect(none.code).toBe(2);
    expect(none.err).toContain(
      'example-county.yaml:5:5: cases.0.jurisdiction: Invalid option: case reference-premium: no jurisdiction',
    );
  });

  it('AH-RATE-02 a failing case: exit 1, the case marked FAIL with expected and got', () => {
    const r = run(['--input', join(FIXTURES, 'one-wrong.yaml')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('pass  AH-RATE-02 right');
    expect(r.out).toContain(
      'FAIL  AH-RATE-02 wrong (quotePremium, anhui, as of 2026-01-01)\n      premium.amount: expected "19800.10", got "19800.00"',
    );
    expect(r.out).toContain('1 of 2 cases pass, 1 fail');
    // the same table under another jurisdiction: Xinzhou sets no rate, so both cases are refused
    const x = run(['--input', join(FIXTURES, 'one-wrong.yaml'), '--jurisdiction', 'xinzhou']);
    expect(x.code).toBe(1);
    expect(x.out).toContain('refused: filed_rate_required');
  });

  it('refuses a bad file with its line and column, and a broken one as not YAML', () => {
    const bad = run(['--input', join(FIXTURES, 'bad.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^error: test\/fixtures\/cases\/bad\.yaml:6:11: cases\.0\.asOf: .*2026-02-30/m,
    );
    expect(bad.err).toContain('case impossible-date');
    const broken = run(['--input', join(FIXTURES, 'broken.yaml')]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken\.yaml:\d+:\d+: not valid YAML or JSON/);
    expect(
      run(['--input', join(FIXTURES, 'bad.yaml'), '--jurisdiction', 'anhui', '--profile', 'x'])
        .code,
    ).toBe(2);
    expect(run(['--input', 'no-such-file.yaml']).code).toBe(2);
    const unknown = run([
      '--input',
      join(FIXTURES, 'one-wrong.yaml'),
      '--jurisdiction',
      'atlantis',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('atlantis');
  });
});
