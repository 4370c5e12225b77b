import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHINA_HOLIDAY_YEARS,
  CHINA_WORKDAYS,
  dayStatus,
  extendDeadline,
  ValidationError,
  workdayCalendar,
} from '../../src/index.js';

// Every day of a year as YYYY-MM-DD, without Date (the test must not depend on the host's zone).
function daysOf(year: number): string[] {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const out: string[] = [];
  lengths.forEach((n, m) => {
    for (let d = 1; d <= n; d++)
      out.push(`${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  });
  return out;
}

describe('TIME-03 the shipped working-day calendar', () => {
  it('TIME-03 ships 2018 to 2026, each year with its State Council notice number', () => {
    expect(
      CHINA_HOLIDAY_YEARS.map((y) => [y.year, y.notices.map((n) => n.number).join(' + ')]),
    ).toEqual([
      [2018, '国办发明电〔2017〕12号'],
      [2019, '国办发明电〔2018〕15号 + 国办发明电〔2019〕3号'],
      [2020, '国办发明电〔2019〕16号 + 国办发明电〔2020〕1号'],
      [2021, '国办发明电〔2020〕27号'],
      [2022, '国办发明电〔2021〕11号'],
      [2023, '国办发明电〔2022〕16号'],
      [2024, '国办发明电〔2023〕7号'],
      [2025, '国办发明电〔2024〕12号'],
      [2026, '国办发明电〔2025〕7号'],
    ]);
  });

  it('TIME-03 is deeply frozen', () => {
    expect(Object.isFrozen(CHINA_WORKDAYS)).toBe(true);
    expect(Object.isFrozen(CHINA_HOLIDAY_YEARS[0]?.holidays[0]?.name)).toBe(true);
  });

  it('TIME-03 2020 国庆+中秋: 10-01..10-08 off, 10-10 (Saturday) worked, 10-09 a plain Friday', () => {
    expect(dayStatus('2020-10-01')).toMatchObject({ kind: 'holiday', restDay: true });
    expect(dayStatus('2020-10-05')).toMatchObject({
      kind: 'holiday',
      restDay: true,
      notice: '国办发明电〔2019〕16号',
      holiday: { zh: '国庆节、中秋节' },
    });
    expect(dayStatus('2020-10-08').kind).toBe('holiday');
    expect(dayStatus('2020-10-09')).toMatchObject({ kind: 'workday', restDay: false });
    expect(dayStatus('2020-10-10')).toMatchObject({ kind: 'adjusted-workday', restDay: false });
    expect(dayStatus('2020-10-11')).toMatchObject({ kind: 'weekend', restDay: true });
  });

  it('TIME-03 a notice reaching into the previous December: 2018-12-29 worked, 2018-12-30 and 31 off (2019 notice)', () => {
    expect(dayStatus('2018-12-29')).toMatchObject({
      kind: 'adjusted-workday',
      notice: '国办发明电〔2018〕15号',
    });
    expect(dayStatus('2018-12-31')).toMatchObject({ kind: 'holiday', restDay: true });
  });

  it('TIME-03 the amending notices: 2019-05-02 off (〔2019〕3号), 2020-02-01 off though the annual notice had it worked (〔2020〕1号)', () => {
    expect(dayStatus('2019-05-02')).toMatchObject({
      kind: 'holiday',
      notice: '国办发明电〔2019〕3号',
    });
    expect(dayStatus('2019-05-05').kind).toBe('adjusted-workday');
    expect(dayStatus('2020-02-01')).toMatchObject({
      kind: 'holiday',
      notice: '国办发明电〔2020〕1号',
    });
    expect(dayStatus('2020-02-03').kind).toBe('workday');
  });

  it('TIME-03 2024 除夕 (02-09, Friday) stays a working day: the notice only encourages a day off', () => {
    expect(dayStatus('2024-02-09')).toMatchObject({ kind: 'workday', restDay: false });
  });

  it('TIME-03 a year outside the data is unknown, never guessed; so are 2026-12-25..31 (the 2027 notice may reach back)', () => {
    expect(dayStatus('2017-06-01')).toMatchObject({ kind: 'unknown', restDay: null });
    expect(dayStatus('2027-01-04')).toMatchObject({ kind: 'unknown', restDay: null });
    expect(dayStatus('2026-12-24').kind).toBe('workday');
    const tail = dayStatus('2026-12-25');
    expect(tail.kind).toBe('unknown');
    expect(tail.kind === 'unknown' && tail.reason.en).toContain('2027');
    // 2025-12-31 is known: the 2026 notice is shipped.
    expect(dayStatus('2025-12-31').kind).toBe('workday');
  });

  it('TIME-03 weekdays come from arithmetic, not the host: 2018-01-01 Monday, 2000-02-29 and 2100-03-01 through own years', () => {
    expect(dayStatus('2018-01-06').kind).toBe('weekend'); // Saturday
    expect(dayStatus('2018-01-08').kind).toBe('workday'); // Monday
    const cal = workdayCalendar(
      [2000, 2100, 2101].map((year) => ({
        year,
        notices: [{ number: 'test', title: 'test', issued: `${year - 1}-12-01` }],
        holidays: [],
        workdays: [],
      })),
      { base: null },
    );
    expect(dayStatus('2000-02-29', cal).kind).toBe('workday'); // Tuesday
    expect(dayStatus('2000-03-04', cal).kind).toBe('weekend'); // Saturday
    expect(dayStatus('2100-03-01', cal).kind).toBe('workday'); // Monday
    expect(dayStatus('2100-02-28', cal).kind).toBe('weekend'); // Sunday
  });
});

describe('TIME-03 independent check against the chinese-days package (devDependency only)', () => {
  // The package's own table as it ships it (dist/chinese-days.json: holidays and weekend days worked,
  // keyed YYYY-MM-DD), read with its own rule (src/holidays/index.ts): a day is a working day when it
  // is listed as worked, or is Monday–Friday and not listed as a holiday. The weekday comes from
  // Date.UTC, so neither our weekday code nor the host's zone is involved.
  const table = JSON.parse(
    readFileSync(
      createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json'),
      'utf8',
    ),
  ) as { holidays: Record<string, string>; workdays: Record<string, string> };
  const theirWorkday = (d: string): boolean => {
    const wd = new Date(
      Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))),
    ).getUTCDay();
    return d in table.workdays || (wd >= 1 && wd <= 5 && !(d in table.holidays));
  };
  const shipped = (year: number): string[] =>
    daysOf(year).filter((d) => year < 2026 || d.slice(5) < '12-25');

  for (const { year } of CHINA_HOLIDAY_YEARS) {
    it(`TIME-03 every day of ${year} agrees with chinese-days' table`, () => {
      const disagree: string[] = [];
      for (const d of shipped(year)) {
        const ours = dayStatus(d);
        if (ours.restDay === null || ours.restDay === theirWorkday(d))
          disagree.push(
            `${d}: ours ${ours.kind}, chinese-days ${theirWorkday(d) ? 'work' : 'rest'}`,
          );
      }
      expect(disagree).toEqual([]);
      expect(shipped(year).length).toBeGreaterThan(350);
    });
  }

  // The package's functions read a date in the host's zone and build their table from UTC midnights
  // read back in local time: west of UTC (America/Sao_Paulo) its whole table shifts a day earlier
  // (chinese-days 1.5.7 then calls 2020-10-08 a working day and 2020-09-30 a holiday). Its functions are
  // compared only where the host is at or east of UTC; the table above is compared everywhere.
  const eastOfUtc = new Date(2020, 0, 1, 12).getTimezoneOffset() <= 0;
  it.skipIf(!eastOfUtc)(
    'TIME-03 isWorkday / isHoliday of chinese-days agree on every shipped day (host at or east of UTC)',
    () => {
      const localNoon = (d: string): Date =>
        new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)), 12);
      const disagree = CHINA_HOLIDAY_YEARS.flatMap(({ year }) => shipped(year)).filter((d) => {
        const ours = dayStatus(d).restDay;
        return (
          ours === chineseDays.isWorkday(localNoon(d)) ||
          ours !== chineseDays.isHoliday(localNoon(d))
        );
      });
      expect(disagree).toEqual([]);
    },
  );
});

describe('TIME-04 Civil Code art. 203: a last day on a rest day moves to the day after the rest ends', () => {
  it('TIME-04 JZ-CAL-03 Q3 2020 due 2020-10-05 (国庆+中秋 10-01..10-08) → 2020-10-09', () => {
    const e = extendDeadline('2020-10-05');
    expect(e).toMatchObject({
      stated: '2020-10-05',
      due: '2020-10-09',
      status: 'extended',
      form: 'counted',
      restDays: ['2020-10-05', '2020-10-06', '2020-10-07', '2020-10-08'],
      citation: { document: '中华人民共和国民法典', section: '第二百零三条' },
    });
    expect(e.explanation.zh).toContain('国庆节、中秋节');
  });
  it('TIME-04 JZ-CAL-03 Q3 2021 due 2021-10-05 (国庆 10-01..10-07) → 2021-10-08 (Friday)', () => {
    expect(extendDeadline('2021-10-05')).toMatchObject({ due: '2021-10-08', status: 'extended' });
  });
  it('TIME-04 JZ-CAL-03 Q3 2022 due 2022-10-05 → 2022-10-08, a Saturday worked by 调休: not a rest day', () => {
    expect(extendDeadline('2022-10-05')).toMatchObject({ due: '2022-10-08', status: 'extended' });
  });
  it('TIME-04 a plain weekend moves to Monday; a working day stays; a 调休 Saturday stays', () => {
    expect(extendDeadline('2021-04-10')).toMatchObject({
      due: '2021-04-12',
      restDays: ['2021-04-10', '2021-04-11'],
    }); // Saturday → Monday
    expect(extendDeadline('2021-01-05')).toMatchObject({
      due: '2021-01-05',
      status: 'working-day',
    });
    expect(extendDeadline('2020-10-10')).toMatchObject({
      due: '2020-10-10',
      status: 'working-day',
    });
  });
  it('TIME-04 for every shipped day: the last day is a working day on or after it, and every day skipped is a rest day', () => {
    const all = CHINA_HOLIDAY_YEARS.flatMap(({ year }) => daysOf(year)).filter(
      (d) => d < '2026-12-20',
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), (d) => {
        const e = extendDeadline(d);
        expect(e.due).not.toBeNull();
        const due = e.due as string;
        expect(due >= d).toBe(true);
        expect(dayStatus(due).restDay).toBe(false);
        expect(e.restDays.every((r) => dayStatus(r).restDay === true)).toBe(true);
        expect(e.status === 'extended').toBe(due !== d);
        expect(e.restDays.length === 0 || e.restDays[0] === d).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('TIME-04 a rest run that ends outside the data is unknown, never guessed', () => {
    expect(extendDeadline('2026-12-26')).toMatchObject({ due: null, status: 'unknown' });
    expect(extendDeadline('2030-01-05')).toMatchObject({ due: null, status: 'unknown' });
  });
  it('TIME-04 the option: off keeps the stated date; counted-periods leaves a fixed date alone', () => {
    expect(extendDeadline('2020-10-05', { art203: 'off' })).toMatchObject({
      due: '2020-10-05',
      status: 'not-applied',
    });
    expect(
      extendDeadline('2020-10-05', { art203: 'counted-periods', form: 'fixed-date' }),
    ).toMatchObject({ due: '2020-10-05', status: 'not-applied', form: 'fixed-date' });
    expect(extendDeadline('2020-10-05', { art203: 'counted-periods', form: 'counted' }).due).toBe(
      '2020-10-09',
    );
    expect(extendDeadline('2020-10-05', { form: 'fixed-date' }).due).toBe('2020-10-09');
  });
  it('TIME-04 a caller’s own year: 2027 passed in makes its days known', () => {
    const cal = workdayCalendar([
      {
        year: 2027,
        notices: [{ number: 'caller', title: 'caller’s transcription', issued: '2026-11-01' }],
        holidays: [
          {
            name: { zh: '元旦', en: "New Year's Day" },
            from: '2027-01-01',
            to: '2027-01-03',
            notice: 'caller',
          },
        ],
        workdays: [],
      },
    ]);
    expect(cal.years.map((y) => y.year)).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
    expect(dayStatus('2027-01-01', cal)).toMatchObject({ kind: 'holiday', notice: 'caller' });
    // 2026-12-26 (Saturday) → 12-27 Sunday → 12-28 Monday, now that 2027 is known.
    expect(extendDeadline('2026-12-26', { workdays: cal }).due).toBe('2026-12-28');
    expect(Object.isFrozen(cal.years[9])).toBe(true);
  });
  it('TIME-04 a bad calendar year is refused, naming where', () => {
    const year = {
      year: 2027,
      notices: [{ number: 'x', title: 'x', issued: '2026-11-01' }],
      holidays: [],
      workdays: [{ date: '2027-01-04', name: { zh: '元旦', en: 'x' }, notice: 'x' }],
    };
    expect(() => workdayCalendar([year])).toThrow(ValidationError); // a Monday cannot be 调休上班
    expect(() => workdayCalendar([{ ...year, year: 2026, workdays: [] }])).toThrow(/twice/);
    expect(() =>
      workdayCalendar([
        {
          ...year,
          workdays: [],
          holidays: [
            { name: { zh: 'x', en: 'x' }, from: '2027-03-02', to: '2027-03-01', notice: 'x' },
          ],
        },
      ]),
    ).toThrow(ValidationError);
    const off = (from: string, to: string) => ({
      name: { zh: 'x', en: 'x' },
      from,
      to,
      notice: 'x',
    });
    expect(() =>
      workdayCalendar([{ ...year, workdays: [], holidays: [off('2026-11-30', '2026-11-30')] }]),
    ).toThrow(/outside 2027 and its previous December/);
    expect(() =>
      workdayCalendar([
        {
          ...year,
          holidays: [off('2027-01-09', '2027-01-09')],
          workdays: [{ date: '2027-01-09', name: { zh: '元旦', en: 'x' }, notice: 'x' }],
        },
      ]),
    ).toThrow(/both a day off and a working day/);
    expect(() =>
      workdayCalendar([{ ...year, workdays: [], holidays: [off('2027-01-01', '2027-02-01')] }]),
    ).toThrow(/more than 31 days/);
    // Ranges of 31 days each are accepted, but a run of more than 60 rest days is refused as corrupt.
    const long = workdayCalendar(
      [
        {
          ...year,
          workdays: [],
          holidays: [
            off('2027-01-01', '2027-01-31'),
            off('2027-02-01', '2027-03-03'),
            off('2027-03-04', '2027-04-03'),
          ],
        },
      ],
      { base: null },
    );
    expect(() => extendDeadline('2027-01-01', { workdays: long })).toThrow(/60 rest days/);
    expect(() => dayStatus('2020-02-30')).toThrow(ValidationError);
    expect(() => extendDeadline('2020-10-05', { art203: 'sometimes' as never })).toThrow(
      ValidationError,
    );
  });
});
