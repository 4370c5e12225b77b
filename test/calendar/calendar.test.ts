import { describe, expect, it } from 'vitest';
import {
  anhua,
  anhui,
  complianceCalendar,
  deriveProfile,
  jingzhou,
  renderIcs,
  ValidationError,
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
    const q3 = events.find((e) => e['DTSTART;VALUE=DATE'] === '20201005');
    expect(q3?.['DTEND;VALUE=DATE']).toBe('20201006'); // exclusive end of an all-day event
    expect(q3?.['DESCRIPTION']).toContain('\\, city and district'); // commas escaped
  });
  it('JZ-CAL-03 the same calendar renders the same text (no clock)', () => {
    expect(renderIcs(JZ)).toBe(
      renderIcs(complianceCalendar(jingzhou, { from: '2020-01-01', to: '2023-12-31' })),
    );
    expect(renderIcs(JZ, { stamp: '2026-11-25' })).toContain('DTSTAMP:20261125T000000Z');
    expect(() => renderIcs(JZ, { stamp: 'today' })).toThrow(ValidationError);
  });
});
