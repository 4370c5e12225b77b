import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  isCalendarDate,
  parseDate,
  quarterEnd,
  quarterOf,
  ValidationError,
  type CalendarDate,
} from '../../src/index.js';
import { RUNS } from '../helpers/arbitraries.js';

const d = (s: string) => parseDate(s);

describe('calendar dates', () => {
  it.each([
    '2020-09-31',
    '2021-02-29',
    '1900-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-1-01',
    '20210101',
    '2021-01-01T00:00:00Z',
    '0999-01-01',
    '',
  ])('TIME-02 refuses the impossible or malformed date %s', (s) => {
    expect(() => parseDate(s)).toThrow(ValidationError);
    expect(isCalendarDate(s)).toBe(false);
  });

  it.each(['2020-02-29', '2000-02-29', '2020-09-30', '2025-10-29', '9999-12-31', '1000-01-01'])(
    'TIME-02 accepts %s',
    (s) => {
      expect(parseDate(s)).toBe(s);
    },
  );

  it('TIME-02 adds days and months on the calendar, clamping month ends', () => {
    expect(addDays(d('2020-09-30'), 5)).toBe('2020-10-05');
    expect(addDays(d('2020-12-31'), 1)).toBe('2021-01-01');
    expect(addDays(d('2020-03-01'), -1)).toBe('2020-02-29');
    expect(addMonths(d('2021-01-31'), 1)).toBe('2021-02-28');
    expect(addMonths(d('2020-01-31'), 1)).toBe('2020-02-29');
    expect(addMonths(d('2020-03-31'), -1)).toBe('2020-02-29');
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2025-10-29'), 5)).toBe('2030-10-29');
    expect(daysBetween(d('2020-08-01'), d('2020-08-07'))).toBe(6);
    expect(daysBetween(d('2020-08-07'), d('2020-08-01'))).toBe(-6);
  });

  it('TIME-02 knows quarters and their last days', () => {
    expect(quarterOf(d('2020-09-30'))).toEqual({ year: 2020, quarter: 3 });
    expect(quarterOf(d('2020-10-01'))).toEqual({ year: 2020, quarter: 4 });
    expect(quarterEnd(2020, 1)).toBe('2020-03-31');
    expect(quarterEnd(2020, 2)).toBe('2020-06-30');
    expect(quarterEnd(2020, 3)).toBe('2020-09-30');
    expect(quarterEnd(2020, 4)).toBe('2020-12-31');
    expect(() => quarterEnd(2020, 5 as never)).toThrow(ValidationError);
  });

  it('TIME-02 compares dates', () => {
    expect(compareDates(d('2020-08-01'), d('2020-08-07'))).toBe(-1);
    expect(compareDates(d('2020-08-07'), d('2020-08-07'))).toBe(0);
    expect(compareDates(d('2021-01-01'), d('2020-12-31'))).toBe(1);
  });

  it('TIME-02 addDays(n) then addDays(−n) returns the same day, and agrees with daysBetween', () => {
    const dateArb = fc
      .date({
        min: new Date(Date.UTC(1900, 0, 1)),
        max: new Date(Date.UTC(2999, 11, 31)),
        noInvalidDate: true,
      })
      .map((x) => x.toISOString().slice(0, 10) as CalendarDate);
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -20000, max: 20000 }), (date, n) => {
        const later = addDays(date, n);
        expect(addDays(later, -n)).toBe(date);
        expect(daysBetween(date, later)).toBe(n);
      }),
      RUNS,
    );
  });

  it('TIME-02 gives the same days in every time zone (including zones whose DST starts at midnight)', () => {
    const original = process.env.TZ;
    const cases: [string, number][] = [
      ['2018-11-03', 1],
      ['2018-11-04', 1],
      ['2020-03-08', 1],
      ['2020-10-31', 1],
      ['2021-03-27', 2],
      ['2020-02-28', 1],
    ];
    const results = new Set<string>();
    try {
      for (const tz of [
        'UTC',
        'Asia/Shanghai',
        'America/Sao_Paulo',
        'America/New_York',
        'Pacific/Kiritimati',
        'Pacific/Pago_Pago',
      ]) {
        process.env.TZ = tz;
        results.add(
          JSON.stringify(
            cases.map(([s, n]) => [
              addDays(d(s), n),
              addMonths(d(s), n),
              daysBetween(d(s), addDays(d(s), n)),
            ]),
          ),
        );
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(results.size).toBe(1);
  });

  it('TIME-02 refuses steps that are not whole numbers', () => {
    expect(() => addDays(d('2020-01-01'), 1.5)).toThrow(ValidationError);
    expect(() => addMonths(d('2020-01-01'), NaN)).toThrow(ValidationError);
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(ValidationError);
  });
});
