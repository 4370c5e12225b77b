import { describe, expect, it } from 'vitest';
import { claimReportDeadline } from '../../src/index.js';

// claimReportDeadline (src/prevention/deadlines.ts): XZ-CLAIM-01's date-time arithmetic, worked by hand.

describe('XZ-CLAIM-01 date-time arithmetic', () => {
  it('XZ-CLAIM-01 a due moment before year 1000 is still written with four year digits', () => {
    expect(
      claimReportDeadline({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-02',
        accidentAt: '1000-01-01T00:00+14:00',
        outputOffset: '-14:00',
      }).due,
    ).toBe('0999-12-31T20:00-14:00');
  });

  it('XZ-CLAIM-01 the same instant written in several offsets gives the same deadline instant', () => {
    const due = (accidentAt: string) =>
      claimReportDeadline({ jurisdiction: 'xinzhou', asOf: '2025-06-02', accidentAt }).due;
    // 2025-06-01 12:00 UTC, written in five offsets.
    expect(
      [
        '2025-06-01T12:00Z',
        '2025-06-01T20:00+08:00',
        '2025-06-01T06:30-05:30',
        '2025-06-02T02:00+14:00',
        '2025-06-01T00:01-11:59',
      ].map(due),
    ).toEqual(Array(5).fill('2025-06-02T20:00+08:00'));
  });
});
