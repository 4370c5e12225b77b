import { describe, expect, it } from 'vitest';
import { checkProject, ValidationError } from '../../src/index.js';

// AH-TERM-01 (一(四)): "保险期限…要覆盖工程项目施工全过程，一般为保险合同载明的起始日起至工程项目办理竣工验收备案
// 之日止". The policies, chained (a renewal from the day after the previous one ends, or overlapping),
// must cover the construction from the day work starts — or, for a project started before the notice
// (2025-10-29), from the notice day — to the completion-acceptance filing date. Every expected value
// below is worked from that sentence; the asOf is 2026-06-01 unless stated.

type Policy = { from: string; to: string };
const term = (facts: Record<string, unknown>, asOf = '2026-06-01') =>
  checkProject({
    jurisdiction: 'anhui',
    asOf,
    facts: { kind: 'housing', needsConstructionPermit: true, ...facts },
  }).criteria.find((c) => c.ruleId === 'AH-TERM-01');

const p = (from: string, to: string): Policy => ({ from, to });
const START = '2026-01-10';
const FILED = '2027-03-31';

describe('AH-TERM-01 the cover runs without a gap from the start of work to the filing date', () => {
  it('AH-TERM-01 a renewal from the day after the first policy ends leaves no gap: pass', () => {
    const c = term({
      startDate: START,
      completionFilingDate: FILED,
      policies: [p(START, '2026-06-30'), p('2026-07-01', FILED)],
    });
    expect([c?.status, c?.reason.en]).toEqual([
      'pass',
      'covered without a gap from 2026-01-10 to the completion-acceptance filing date 2027-03-31 (2 policies)',
    ]);
    expect(c?.reason.zh).toBe('自2026-01-10至竣工验收备案之日2027-03-31连续覆盖（2份保单）');
  });

  it('AH-TERM-01 overlapping policies, given in any order, chain: pass', () => {
    const c = term({
      startDate: START,
      completionFilingDate: FILED,
      policies: [p('2026-06-15', FILED), p(START, '2026-06-30')],
    });
    expect(c?.status).toBe('pass');
  });

  it('AH-TERM-01 a renewal one day late leaves 2026-07-01 uncovered: fail, even before that day (the filing date is known)', () => {
    const c = term({
      startDate: START,
      completionFilingDate: FILED,
      policies: [p(START, '2026-06-30'), p('2026-07-02', FILED)],
    });
    expect([c?.status, c?.reason.en]).toEqual([
      'fail',
      'the construction will not be covered on 2026-07-01: the policies must cover it without a gap',
    ]);
    expect(c?.reason.zh).toBe('施工期间2026-07-01未被保险覆盖：保险期限应覆盖施工全过程');
  });

  it('AH-TERM-01 a policy starting the day after work starts leaves the start day uncovered; one ending the day before the filing leaves the filing day', () => {
    const late = term({
      startDate: START,
      completionFilingDate: FILED,
      policies: [p('2026-01-11', FILED)],
    });
    expect([late?.status, late?.reason.en]).toEqual([
      'fail',
      'the construction is not covered on 2026-01-10: the policies must cover it without a gap',
    ]);
    const short = term({
      startDate: START,
      completionFilingDate: FILED,
      policies: [p(START, '2027-03-30')],
    });
    expect([short?.status, short?.reason.en]).toEqual([
      'fail',
      'the construction will not be covered on 2027-03-31: the policies must cover it without a gap',
    ]);
  });

  it('AH-TERM-01 two gaps are both named, in order, in both languages', () => {
    const c = term({
      startDate: START,
      completionFilingDate: FILED,
      policies: [p(START, '2026-03-31'), p('2026-04-03', '2026-08-31'), p('2026-09-10', FILED)],
    });
    expect(c?.reason.en).toBe(
      'the construction is not covered on 2026-04-01 – 2026-04-02, 2026-09-01 – 2026-09-09: the policies must cover it without a gap',
    );
    expect(c?.reason.zh).toBe(
      '施工期间2026-04-01至2026-04-02、2026-09-01至2026-09-09未被保险覆盖：保险期限应覆盖施工全过程',
    );
  });
});

describe('AH-TERM-01 without the filing date, a gap still ahead is unknown; one begun fails', () => {
  const facts = {
    startDate: START,
    plannedCompletionDate: FILED,
    policies: [p(START, '2026-06-30')],
  };

  it('AH-TERM-01 the cover stops on 2026-06-30, the planned completion is 2027-03-31: unknown on 2026-06-01', () => {
    const c = term(facts);
    expect([c?.status, c?.reason.en, c?.factsMissing]).toEqual([
      'unknown',
      'covered so far; not yet covered on 2026-07-01 – 2027-03-31: a renewal without a gap is still to be shown',
      ['completionFilingDate'],
    ]);
  });

  it('AH-TERM-01 the same cover on 2026-07-01, the first uncovered day: fail; on 2026-06-30, the last covered day: unknown', () => {
    expect(term(facts, '2026-07-01')?.status).toBe('fail');
    expect(term(facts, '2026-07-01')?.reason.en).toBe(
      'the construction is not covered on 2026-07-01 – 2027-03-31: the policies must cover it without a gap',
    );
    expect(term(facts, '2026-06-30')?.status).toBe('unknown');
  });

  it('AH-TERM-01 covered through the planned completion, the filing date not given: unknown, naming it', () => {
    const c = term({ ...facts, policies: [p(START, FILED)] });
    expect([c?.status, c?.reason.en, c?.factsMissing]).toEqual([
      'unknown',
      'covered from 2026-01-10 to 2027-03-31, through the planned completion 2027-03-31; the completion-acceptance filing date (the end the cover must reach) is not given',
      ['completionFilingDate'],
    ]);
  });

  it('AH-TERM-01 without a start date, continuous cover is unknown: the start is named missing', () => {
    const c = term({ completionFilingDate: FILED, policies: [p(START, FILED)] });
    expect([c?.status, c?.reason.en, c?.factsMissing]).toEqual([
      'unknown',
      'covered from 2026-01-10 to 2027-03-31 without a gap; not shown when work starts',
      ['startDate'],
    ]);
  });
});

describe('AH-TERM-01 a project started before the notice is covered from the notice day (2025-10-29)', () => {
  it('AH-TERM-01 started 2025-06-01, insured from 2025-10-29: no gap; from 2025-10-30: 2025-10-29 uncovered', () => {
    const from = (day: string) =>
      term({ startDate: '2025-06-01', completionFilingDate: FILED, policies: [p(day, FILED)] });
    expect([from('2025-10-29')?.status, from('2025-10-29')?.reason.en]).toEqual([
      'pass',
      'covered without a gap from 2025-10-29 to the completion-acceptance filing date 2027-03-31 (1 policy)',
    ]);
    expect([from('2025-10-30')?.status, from('2025-10-30')?.reason.en]).toEqual([
      'fail',
      'the construction is not covered on 2025-10-29: the policies must cover it without a gap from the notice day (2025-10-29), the project having started before it',
    ]);
  });
});

describe('AH-TERM-01 no policy yet, and facts that cannot be true', () => {
  it('AH-TERM-01 no policy: not yet due when work starts after the as-of day, a fail on the start day itself', () => {
    const none = (startDate: string) => term({ startDate, policies: [] });
    expect([none('2026-06-02')?.status, none('2026-06-02')?.reason.en]).toEqual([
      'pass',
      'no policy yet; work starts 2026-06-02, after 2026-06-01: the cover must begin by then (not yet due)',
    ]);
    expect([none('2026-06-01')?.status, none('2026-06-01')?.reason.en]).toEqual([
      'fail',
      'no policy: the construction since 2026-06-01 is not covered',
    ]);
    expect([term({ policies: [] })?.status, term({ policies: [] })?.factsMissing]).toEqual([
      'unknown',
      ['startDate'],
    ]);
  });

  it('AH-TERM-01 a policy that ends before it starts, or a completion before work starts, is refused', () => {
    const refusal = (facts: Record<string, unknown>) => {
      try {
        term(facts);
      } catch (e) {
        return e instanceof ValidationError ? [e.issues[0]?.path, e.issues[0]?.message.en] : e;
      }
      return null;
    };
    expect(refusal({ startDate: START, policies: [p('2026-06-30', START)] })).toEqual([
      ['facts', 'policies', 0],
      'Dates out of order: a policy ends before it starts',
    ]);
    expect(refusal({ startDate: START, completionFilingDate: '2026-01-09', policies: [] })).toEqual(
      [
        ['facts', 'completionFilingDate'],
        'Dates out of order: the completion is before work starts',
      ],
    );
    // a one-day policy (from = to) is a period, and completion on the start day is possible
    expect(
      term({ startDate: START, completionFilingDate: START, policies: [p(START, START)] })?.status,
    ).toBe('pass');
  });
});
