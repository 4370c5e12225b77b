import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '../src/index.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/Date\.now\s*\(/, 'Date.now()'],
  [/new Date\(\s*\)/, 'new Date() without arguments'],
  [/Math\.random\s*\(/, 'Math.random()'],
  [/process\./, 'process.*'],
  [/from ['"](node:|fs|path|os|child_process|http|https|net)['"/]/, 'an I/O import'],
];

describe('purity', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('TIME-01 no module in src/ reads the clock, randomness, the environment or does I/O', () => {
    const offenders: string[] = [];
    for (const file of files('src').filter((f) => !f.includes('/cli/'))) {
      const text = readFileSync(file, 'utf8');
      for (const [re, what] of FORBIDDEN) if (re.test(text)) offenders.push(`${file}: ${what}`);
    }
    expect(offenders).toEqual([]);
  });

  it('TIME-01 results do not change when the clock does', () => {
    const run = () => [
      api.addDays(api.parseDate('2020-09-30'), 5),
      api.addMonths(api.parseDate('2021-01-31'), 1),
      api.multiplyAndRound('12000000', [api.permille('1.65')]).amount,
    ];
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(1999, 0, 1)));
    const a = run();
    vi.setSystemTime(new Date(Date.UTC(2030, 5, 15, 23, 59)));
    const b = run();
    expect(a).toEqual(b);
  });
});
