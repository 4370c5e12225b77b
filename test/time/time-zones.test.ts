import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, parseDate } from '../../src/index.js';
import { RUNS } from '../helpers/arbitraries.js';

// Calendar-date arithmetic must not consult the host's time zone (TIME-02). Node re-reads
// process.env.TZ on assignment, so each test switches the zone in-process; the sweep in
// scripts/tz-sweep.ts compares every public function byte for byte across zones in child processes.
const d = (s: string) => parseDate(s);
const original = process.env['TZ'];
afterEach(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

/** Independent oracle: Date.UTC counts days in UTC, where no calendar day is ever skipped. */
const utcDay = (s: string) =>
  Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000;
const utcText = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const ZONES = [
  'UTC',
  'Pacific/Kiritimati', // skipped 1994-12-31
  'Pacific/Apia', // skipped 2011-12-30
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Eucla',
  'America/St_Johns',
  'Asia/Shanghai',
  'America/Sao_Paulo',
];

describe('TIME-02 date arithmetic is the same in every time zone', () => {
  it('TIME-02 Kiritimati (which skipped 1994-12-31): 1994-12-30 + 1 day is 1994-12-31, and 29→31 December is 2 days', () => {
    process.env['TZ'] = 'Pacific/Kiritimati';
    expect(addDays(d('1994-12-30'), 1)).toBe('1994-12-31');
    expect(addDays(d('1994-12-31'), 1)).toBe('1995-01-01');
    expect(addDays(d('1995-01-01'), -1)).toBe('1994-12-31');
    expect(daysBetween(d('1994-12-29'), d('1994-12-31'))).toBe(2);
    expect(daysBetween(d('1994-12-30'), d('1995-01-01'))).toBe(2);
    expect(addMonths(d('1994-11-30'), 1)).toBe('1994-12-30');
    expect(addMonths(d('1994-11-30'), 1)).toBe('1994-12-30');
    expect(addMonths(d('1994-12-31'), 1)).toBe('1995-01-31');
    expect(addYears(d('1993-12-31'), 1)).toBe('1994-12-31');
  });

  it('TIME-02 Apia (which skipped 2011-12-30): 2011-12-29 + 1 day is 2011-12-30', () => {
    process.env['TZ'] = 'Pacific/Apia';
    expect(addDays(d('2011-12-29'), 1)).toBe('2011-12-30');
    expect(addDays(d('2011-12-30'), 1)).toBe('2011-12-31');
    expect(daysBetween(d('2011-12-29'), d('2011-12-31'))).toBe(2);
    expect(addMonths(d('2011-11-30'), 1)).toBe('2011-12-30');
    expect(addYears(d('2010-12-30'), 1)).toBe('2011-12-30');
  });

  it.each(ZONES)(
    'TIME-02 in %s, addDays and daysBetween agree with a UTC day count over 1000–9999',
    (zone) => {
      process.env['TZ'] = zone;
      const day = fc.integer({ min: utcDay('1000-01-01'), max: utcDay('9999-12-31') });
      fc.assert(
        fc.property(day, day, (a, b) => {
          const from = d(utcText(a));
          expect(addDays(from, b - a)).toBe(utcText(b));
          expect(daysBetween(from, d(utcText(b)))).toBe(b - a);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('TIME-02 addMonths clamps to the month end like a UTC month count (property)', () => {
    process.env['TZ'] = 'Pacific/Kiritimati';
    fc.assert(
      fc.property(
        fc.integer({ min: utcDay('1000-01-01'), max: utcDay('9999-12-31') }),
        fc.integer({ min: -1200, max: 1200 }),
        (a, n) => {
          const from = utcText(a);
          const total = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + n;
          const y = Math.floor(total / 12);
          const m = total - y * 12;
          if (y < 1000 || y > 9999) return;
          const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
          const expected = utcText(
            Date.UTC(y, m, Math.min(Number(from.slice(8, 10)), last)) / 86_400_000,
          );
          expect(addMonths(d(from), n)).toBe(expected);
        },
      ),
      RUNS,
    );
  });

  it('TIME-02 the calendar edges: 1000-01-01 − 1 day and 9999-12-31 + 1 day leave the accepted range', () => {
    expect(() => addDays(d('1000-01-01'), -1)).toThrow(/result/);
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(/result/);
    expect(addDays(d('1000-01-01'), 3_287_181)).toBe('9999-12-31');
    expect(daysBetween(d('1000-01-01'), d('9999-12-31'))).toBe(3_287_181);
    expect(addDays(d('1600-02-28'), 1)).toBe('1600-02-29');
    expect(addDays(d('1700-02-28'), 1)).toBe('1700-03-01');
  });
});
