// Issue 18 item 7: a program that imports one jurisdiction's standalone entry ships that jurisdiction
// and the national measures, no other, and computes exactly what the main entry computes. Bundled here
// from the sources with the same plugin the build uses (scripts/standalone-plugin.ts); `.ci/run` checks
// the built package the same way (scripts/standalone-check.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle, foreignRuleIds, programFor, run } from '../scripts/standalone-check.js';
import { STANDALONE, standalonePlugin } from '../scripts/standalone-plugin.js';

const src = resolve('src');
const dir = mkdtempSync(join(tmpdir(), 'anzexian-standalone-test-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.each(STANDALONE)('standalone/%s', (id) => {
  it('bundles no other jurisdiction and computes what the main entry computes', async () => {
    const mine = await bundle(programFor(id, join(src, 'standalone', `${id}.ts`)), dir, [
      standalonePlugin(id),
    ]);
    const main = await bundle(programFor(id, join(src, 'index.ts')), dir);
    // the main entry's bundle of the same program carries the other jurisdictions: the check can fail
    expect(foreignRuleIds(main, id).length).toBeGreaterThan(0);
    expect(foreignRuleIds(mine, id)).toEqual([]);
    const a = run(mine, dir, `${id}-standalone`).trim().split('\n');
    const b = run(main, dir, `${id}-main`).trim().split('\n');
    const differ = (line: string) => /^(other-|listProfiles)/.test(line);
    expect(a.filter((l) => !differ(l))).toEqual(b.filter((l) => !differ(l)));
    // some results are computed, not only refusals
    expect(a.filter((l) => !l.includes(' error ')).length).toBeGreaterThanOrEqual(6);
    const carried = [...(id === 'national' ? [] : [id]), 'national-2017', 'national-2025'];
    expect(a).toContain(`listProfiles ${JSON.stringify(carried)}`);
    // another shipped jurisdiction, by id or as a profile, is refused: never computed without its rules
    for (const label of ['other-id', 'other-profile'])
      expect(a.find((l) => l.startsWith(label))).toMatch(
        /error VALIDATION .*jurisdiction_not_in_entry/,
      );
    expect(b.find((l) => l.startsWith('other-id'))).not.toMatch(/error/);
  }, 120_000);
});
