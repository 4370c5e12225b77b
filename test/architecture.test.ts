import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS } from '../src/index.js';

// Issue 18, item 1: no capability names a jurisdiction. A comparison of a jurisdiction id with a
// literal (`profile.id === 'anhui'`, `case 'xinzhou':`) outside the jurisdictions' own folders means a
// capability switches on who it is computing for; adding a jurisdiction then means editing it.
// On 2026-12-01 there were 40 such comparisons in 15 files; all now sit behind the LocalRules interface
// (src/jurisdictions/local-rules.ts) or ask for the rule they apply (ruleApplied). None may come back.
const REMAINING: Readonly<Record<string, number>> = {};

const ids = JURISDICTION_IDS.map((id) => id.replace('-', '\\-')).join('|');
const COMPARISON = new RegExp(
  `(?:===?|!==?)\\s*'(?:${ids})'|'(?:${ids})'\\s*(?:===?|!==?)|case\\s+'(?:${ids})'`,
  'g',
);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('capabilities never name a jurisdiction', () => {
  it('TIME-01 no jurisdiction-id comparison outside src/jurisdictions/', () => {
    const found: Record<string, number> = {};
    for (const path of sources('src')) {
      if (path.startsWith(join('src', 'jurisdictions'))) continue;
      const n = (readFileSync(path, 'utf8').match(COMPARISON) ?? []).length;
      if (n > 0) found[path.split('\\').join('/')] = n;
    }
    const grew = Object.entries(found).filter(([f, n]) => n > (REMAINING[f] ?? 0));
    const shrank = Object.entries(REMAINING).filter(([f, n]) => (found[f] ?? 0) < n);
    expect(grew).toEqual([]);
    // a file that lost comparisons: lower its count here (the table may only shrink)
    expect(shrank).toEqual([]);
  });
});
