import { describe, expect, it } from 'vitest';
import {
  anhua,
  anhui,
  complianceCalendar,
  deriveProfile,
  jingzhou,
  renderIcs,
  ValidationError,
  workdayCalendar,
  xinzhou,
  zhoushan,
} from '../../src/index.js';

const JZ = complianceCalendar(jingzhou, { from: '2020-01-01', to: '2023-12-31' });
const ofRule = (id: string) => JZ.events.filter((e) => e.ruleId === id);

describe('complianceCalendar — Jingzhou', () => {
  it('JZ-CAL-01 the preparation phase ends 2020-08-10', () => {
    expect(ofRule('JZ-CAL-01')).toMatchObject([{ kind: 'phase', end: '2020-08-10' }]);
  });
  it('JZ-CAL-02 the survey phase runs 2020-08-10 to 2020-09-30 (the source’s 9月31日 corrected); forms due 2020-09-25', () => {
    expect(ofRule('JZ-CAL-02').map((e) => [e.kind, e.start, e.end])).toEqual([
      ['phase', '2020-08-10', '2020-09-30'],
      ['deadline', '2020-09-25', '2020-09-25'],
    ]);
  });
  it('JZ-CAL-03 nine quarterly reports, 5 days after each quarter end, from 2020-10-05 through the implementation phase', () => {
    const due = ofRule('JZ-CAL-03')
      .filter((e) => e.kind === 'deadline')
      .map((e) => e.start);
    expect(due).toEqual([
      '2020-10-05',
      '2021-01-05',
      '2021-04-05',
      '2021-07-05',
      '2021-10-05',
      '2022-01-05',
      '2022-04-05',
      '2022-07-05',
      '2022-10-05',
    ]);
    expect(ofRule('JZ-CAL-03').find((e) => e.kind === 'phase')).toMatchObject({
      start: '2020-10-01',
      end: '2022-11-30',
    });
  });
  it('JZ-CAL-04 the summary phase in December 2022, completion forms due 2022-12-15 (the source’s 2020 corrected)', () => {
    expect(ofRule('JZ-CAL-04').map((e) => [e.kind, e.start, e.end])).toEqual([
      ['phase', '2022-12-01', '2022-12-31'],
      ['deadline', '2022-12-15', '2022-12-15'],
    ]);
    expect(ofRule('JZ-CAL-04')[1]?.owner.zh).toContain('住建');
  });
  it('JZ-CAL-03 the first report is the one due on firstDue: a version starting from 2021-01-05 drops the 2020-10-05 one', () => {
    const later = deriveProfile(jingzhou, {
      rules: { 'JZ-CAL-03': { params: { firstDue: { type: 'date', value: '2021-01-05' } } } },
    });
    const due = (firstOf: typeof jingzhou) =>
      complianceCalendar(firstOf, { from: '2020-01-01', to: '2023-12-31' })
        .events.filter((e) => e.ruleId === 'JZ-CAL-03' && e.kind === 'deadline')
        .map((e) => e.start);
    expect(due(later)).toHaveLength(8);
    expect(due(later)[0]).toBe('2021-01-05');
    // the day itself counts: firstDue 2020-10-05 keeps the 2020-10-05 report (nine in all)
    expect(due(jingzhou)[0]).toBe('2020-10-05');
  });

  it('JZ-CAL-03 the window keeps any event with a day inside it, in date order', () => {
    const w = complianceCalendar(jingzhou, { from: '2021-01-01', to: '2021-06-30' });
    expect(w.events.map((e) => `${e.ruleId} ${e.start}`)).toEqual([
      'JZ-CAL-03 2020-10-01',
      'JZ-CAL-03 2021-01-05',
      'JZ-CAL-03 2021-04-05',
    ]);
  });
});

describe('complianceCalendar — other jurisdictions', () => {
  it('AN-CAL-01 AN-CAL-02 Anhua: insurers report by 15 January every year; the October 2021 inspection', () => {
    const c = complianceCalendar(anhua, { from: '2021-01-01', to: '2024-12-31' });
    expect(c.events.filter((e) => e.ruleId === 'AN-CAL-01').map((e) => e.start)).toEqual([
      '2022-01-15',
      '2023-01-15',
      '2024-01-15',
    ]);
    expect(c.events.find((e) => e.ruleId === 'AN-CAL-02')).toMatchObject({ start: '2021-10-31' });
  });
  it('ZS-CAL-01 Zhoushan’s three 2018 phases', () => {
    expect(
      complianceCalendar(zhoushan, { from: '2018-01-01', to: '2018-12-31' }).events.map((e) => [
        e.start,
        e.end,
      ]),
    ).toEqual([
      ['2018-02-01', '2018-04-30'],
      ['2018-05-01', '2018-10-31'],
      ['2018-11-01', '2018-12-31'],
    ]);
  });
  it('XZ-TERM-01 Xinzhou’s trial end is listed once the issue date is known, and undated before', () => {
    expect(complianceCalendar(xinzhou, { from: '2024-01-01', to: '2026-12-31' })).toMatchObject({
      events: [],
      undated: [{ ruleId: 'XZ-TERM-01' }],
    });
    const xz = deriveProfile(xinzhou, { issued: '2024-09-01' });
    expect(complianceCalendar(xz, { from: '2024-01-01', to: '2026-12-31' }).events).toMatchObject([
      { ruleId: 'XZ-TERM-01', start: '2025-09-01' },
    ]);
  });
  it('AH-PREV-08 Anhui: a yearly service-firm evaluation', () => {
    expect(
      complianceCalendar(anhui, { from: '2025-01-01', to: '2026-12-31' }).events.map(
        (e) => e.start,
      ),
    ).toEqual(['2025-12-31', '2026-12-31']);
  });
  it('JZ-CAL-01 refuses a window that ends before it starts, or a bad date', () => {
    expect(() => complianceCalendar(jingzhou, { from: '2021-01-01', to: '2020-01-01' })).toThrow(
      ValidationError,
    );
    expect(() => complianceCalendar(jingzhou, { from: '2021-02-30', to: '2022-01-01' })).toThrow(
      ValidationError,
    );
    expect(() => complianceCalendar({} as never, { from: '2021-01-01', to: '2022-01-01' })).toThrow(
      ValidationError,
    );
  });
});

/** A small RFC 5545 reader for the test: unfold, split properties, check structure. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical)
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\r|\n/); // no bare CR or LF
  const lines = physical.reduce<string[]>(
    (acc, l) =>
      l.startsWith(' ')
        ? [...acc.slice(0, -1), `${acc[acc.length - 1] ?? ''}${l.slice(1)}`]
        : [...acc, l],
    [],
  );
  const events: Record<string, string>[] = [];
  const stack: string[] = [];
  for (const l of lines) {
    const [name = '', ...rest] = l.split(':');
    const value = rest.join(':');
    if (name === 'BEGIN') stack.push(value);
    else if (name === 'END') expect(stack.pop()).toBe(value);
    if (name === 'BEGIN' && value === 'VEVENT') events.push({});
    else if (stack[stack.length - 1] === 'VEVENT') {
      const current = events[events.length - 1];
      if (current) current[name] = value;
    }
  }
  expect(stack).toEqual([]);
  return { lines, events };
}

describe('Civil Code art. 203 on the calendar’s deadlines (worked by hand from the State Council notices)', () => {
  // [stated, due, status] of each deadline, in order. 国庆 2020 10-01..08 (国办发明电〔2019〕16号);
  // 清明 2021 04-03..05 and 国庆 2021 10-01..07 (〔2020〕27号); 清明 2022 04-03..05, 国庆 2022
  // 10-01..07 with 10-08 (Saturday) worked (〔2021〕11号).
  it('JZ-CAL-02 JZ-CAL-03 JZ-CAL-04 each Jingzhou deadline with its stated and its last day', () => {
    expect(
      JZ.events
        .filter((e) => e.kind === 'deadline')
        .map((e) => [e.ruleId, e.start, e.extension?.due, e.extension?.status]),
    ).toEqual([
      ['JZ-CAL-02', '2020-09-25', '2020-09-25', 'working-day'], // Friday
      ['JZ-CAL-03', '2020-10-05', '2020-10-09', 'extended'], // 国庆+中秋 to 10-08; 10-09 a Friday
      ['JZ-CAL-03', '2021-01-05', '2021-01-05', 'working-day'],
      ['JZ-CAL-03', '2021-04-05', '2021-04-06', 'extended'], // 清明 04-03..05
      ['JZ-CAL-03', '2021-07-05', '2021-07-05', 'working-day'],
      ['JZ-CAL-03', '2021-10-05', '2021-10-08', 'extended'], // 国庆 to 10-07; 10-08 a Friday
      ['JZ-CAL-03', '2022-01-05', '2022-01-05', 'working-day'],
      ['JZ-CAL-03', '2022-04-05', '2022-04-06', 'extended'], // 清明 04-03..05
      ['JZ-CAL-03', '2022-07-05', '2022-07-05', 'working-day'],
      ['JZ-CAL-03', '2022-10-05', '2022-10-08', 'extended'], // 10-08 a Saturday worked (调休)
      ['JZ-CAL-04', '2022-12-15', '2022-12-15', 'working-day'], // Thursday
    ]);
    const q3 = JZ.events.find((e) => e.start === '2020-10-05');
    expect(q3?.extension).toMatchObject({
      stated: '2020-10-05',
      form: 'counted',
      restDays: ['2020-10-05', '2020-10-06', '2020-10-07', '2020-10-08'],
      citation: { document: '中华人民共和国民法典', section: '第二百零三条' },
    });
    expect(
      JZ.events.filter((e) => e.kind === 'phase').every((e) => e.extension === undefined),
    ).toBe(true);
  });
  it('AN-CAL-01 AN-CAL-02 Anhua: 15 January on a weekend moves to Monday; the 2021-10-31 (Sunday) inspection to 11-01', () => {
    const c = complianceCalendar(anhua, { from: '2021-01-01', to: '2027-12-31' });
    expect(c.events.map((e) => [e.ruleId, e.start, e.extension?.due ?? null])).toEqual([
      ['AN-CAL-02', '2021-10-31', '2021-11-01'],
      ['AN-CAL-01', '2022-01-15', '2022-01-17'], // Saturday
      ['AN-CAL-01', '2023-01-15', '2023-01-16'], // Sunday
      ['AN-CAL-01', '2024-01-15', '2024-01-15'],
      ['AN-CAL-01', '2025-01-15', '2025-01-15'],
      ['AN-CAL-01', '2026-01-15', '2026-01-15'],
      ['AN-CAL-01', '2027-01-15', null], // no 2027 notice shipped: unknown
    ]);
    expect(c.events[6]?.extension?.status).toBe('unknown');
  });
  it('AN-CAL-02 the reading as an option: counted-periods leaves a fixed date alone, off leaves all', () => {
    const fixedOnly = complianceCalendar(
      anhua,
      { from: '2021-01-01', to: '2021-12-31' },
      { art203: 'counted-periods' },
    );
    expect(fixedOnly.events[0]?.extension).toMatchObject({
      due: '2021-10-31',
      status: 'not-applied',
      form: 'fixed-date',
    });
    const jzCounted = complianceCalendar(
      jingzhou,
      { from: '2020-10-01', to: '2020-10-31' },
      { art203: 'counted-periods' },
    );
    expect(jzCounted.events.find((e) => e.kind === 'deadline')?.extension?.due).toBe('2020-10-09');
    const off = complianceCalendar(
      jingzhou,
      { from: '2020-10-01', to: '2020-10-31' },
      { art203: 'off' },
    );
    expect(off.events.find((e) => e.kind === 'deadline')?.extension).toMatchObject({
      due: '2020-10-05',
      status: 'not-applied',
    });
    expect(() =>
      complianceCalendar(jingzhou, { from: '2020-10-01', to: '2020-10-31' }, {
        art203: 'maybe',
      } as never),
    ).toThrow(ValidationError);
  });
  it('XZ-TERM-01 the trial end is a term, not a deadline to act: never moved', () => {
    const xz = deriveProfile(xinzhou, { issued: '2024-09-01' });
    expect(
      complianceCalendar(xz, { from: '2024-01-01', to: '2026-12-31' }).events[0]?.extension,
    ).toMatchObject({
      stated: '2025-09-01',
      due: '2025-09-01',
      status: 'not-applied',
      form: 'term',
    });
  });
  it('AH-PREV-08 31 December: known while the next year’s notice is shipped, unknown after', () => {
    const c = complianceCalendar(anhui, { from: '2025-01-01', to: '2026-12-31' });
    expect(c.events.map((e) => [e.start, e.extension?.status])).toEqual([
      ['2025-12-31', 'working-day'],
      ['2026-12-31', 'unknown'],
    ]);
  });
  it('JZ-CAL-03 a caller’s own calendar is used: an invented day off on 2021-01-05 moves that report', () => {
    const cal = workdayCalendar(
      [
        {
          year: 2021,
          notices: [{ number: 'test', title: 'test', issued: '2020-11-25' }],
          holidays: [
            {
              name: { zh: '测试', en: 'test' },
              from: '2021-01-05',
              to: '2021-01-05',
              notice: 'test',
            },
          ],
          workdays: [],
        },
        {
          year: 2020,
          notices: [{ number: 't', title: 't', issued: '2019-11-01' }],
          holidays: [],
          workdays: [],
        },
      ],
      { base: null },
    );
    const c = complianceCalendar(
      jingzhou,
      { from: '2021-01-01', to: '2021-01-31' },
      { workdays: cal },
    );
    expect(c.events.find((e) => e.kind === 'deadline')?.extension?.due).toBe('2021-01-06');
  });
});

describe('renderIcs', () => {
  it('JZ-CAL-03 the iCalendar output parses: one VEVENT per obligation, required properties, folded lines', () => {
    const { lines, events } = parseIcs(renderIcs(JZ));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(events).toHaveLength(JZ.events.length);
    for (const e of events) {
      expect(e['UID']).toMatch(/@anzexian$/);
      expect(e['DTSTAMP']).toMatch(/^\d{8}T000000Z$/);
      expect(e['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
      expect(e['SUMMARY']).toMatch(/^JZ-CAL-0\d /);
    }
    expect(new Set(events.map((e) => e['UID'])).size).toBe(events.length);
    const q1 = events.find((e) => e['DTSTART;VALUE=DATE'] === '20210105');
    expect(q1?.['SUMMARY']).toContain('2020年第4季度');
    expect(q1?.['DTEND;VALUE=DATE']).toBe('20210106'); // exclusive end of an all-day event
    expect(q1?.['DESCRIPTION']).toContain('\\, city and district'); // commas escaped
  });
  it('JZ-CAL-03 the Q3 2020 report, stated 2020-10-05 inside 国庆, is placed on 2020-10-09 and says why', () => {
    const { events } = parseIcs(renderIcs(JZ));
    expect(events.find((e) => e['DTSTART;VALUE=DATE'] === '20201005')).toBeUndefined();
    const q3 = events.find((e) => e['DTSTART;VALUE=DATE'] === '20201009');
    expect(q3?.['SUMMARY']).toContain('2020年第3季度');
    expect(q3?.['DTEND;VALUE=DATE']).toBe('20201010');
    expect(q3?.['UID']).toContain('20201005'); // the UID keeps the stated date: stable across readings
    expect(q3?.['DESCRIPTION']).toContain('Stated date: 2020-10-05');
    expect(q3?.['DESCRIPTION']).toContain('民法典第二百零三条');
    // Q3 2022: stated 2022-10-05, due on the 调休 working Saturday 2022-10-08.
    expect(events.some((e) => e['DTSTART;VALUE=DATE'] === '20221008')).toBe(true);
    // The 2020-09-25 forms fall on a Friday: shown on their stated day, no note.
    const forms = events.find((e) => e['DTSTART;VALUE=DATE'] === '20200925');
    expect(forms?.['DESCRIPTION']).not.toContain('Stated date');
  });
  it('JZ-CAL-03 a calendar from JSON whose moved deadline has no valid last day is refused', () => {
    const json = JSON.parse(JSON.stringify(JZ)) as {
      events: { extension?: { status: string; due: unknown } }[];
    };
    const moved = json.events.find((e) => e.extension?.status === 'extended');
    if (moved?.extension) moved.extension.due = '2020-10-32';
    expect(() => renderIcs(json as never)).toThrow(ValidationError);
    expect(renderIcs(JSON.parse(JSON.stringify(JZ)) as never)).toBe(renderIcs(JZ));
  });
  it('JZ-CAL-03 with art203 off the ICS keeps every stated date', () => {
    const off = complianceCalendar(
      jingzhou,
      { from: '2020-01-01', to: '2023-12-31' },
      { art203: 'off' },
    );
    const { events } = parseIcs(renderIcs(off));
    expect(events.some((e) => e['DTSTART;VALUE=DATE'] === '20201005')).toBe(true);
    expect(events.some((e) => e['DTSTART;VALUE=DATE'] === '20201009')).toBe(false);
  });
  it('AH-PREV-08 a deadline the calendar cannot check stays on its stated date and says so', () => {
    const cal = complianceCalendar(anhui, { from: '2026-01-01', to: '2026-12-31' });
    const { events } = parseIcs(renderIcs(cal));
    const last = events.find((e) => e['DTSTART;VALUE=DATE'] === '20261231');
    expect(last?.['DESCRIPTION']).toContain('Shown on the stated date 2026-12-31');
  });
  it('JZ-CAL-03 the same calendar renders the same text (no clock)', () => {
    expect(renderIcs(JZ)).toBe(
      renderIcs(complianceCalendar(jingzhou, { from: '2020-01-01', to: '2023-12-31' })),
    );
    expect(renderIcs(JZ, { stamp: '2026-11-25' })).toContain('DTSTAMP:20261125T000000Z');
    expect(() => renderIcs(JZ, { stamp: 'today' })).toThrow(ValidationError);
  });
});
