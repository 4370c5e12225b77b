import { describe, expect, it } from 'vitest';
import { checkServiceFirm, ValidationError, type StaffMember } from '../../src/index.js';
import { find } from '../helpers/verdict.js';

// XZ-FIRM-05 (src/eligibility/staff-tiers.ts, through checkServiceFirm), worked by hand from 七(五).
describe('XZ-FIRM-05 staff tiers', () => {
  const person = (name: string, title: StaffMember['title'], cert: boolean, years: number) => ({
    name,
    title,
    certificates: cert ? ['first-class-constructor' as const] : [],
    safetyYears: years,
  });
  const top = person('甲', 'senior', true, 15);
  const mid = (n: number) =>
    Array.from({ length: n }, (_, i) => person(`乙${i}`, 'intermediate', true, 10));
  const low = (n: number) =>
    Array.from({ length: n }, (_, i) => person(`丙${i}`, 'none', false, 5));
  const tiers = (staff: ReturnType<typeof person>[], tierReading?: 'distinct' | 'overlapping') =>
    find(
      checkServiceFirm({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        facts: {},
        staff,
        ...(tierReading ? { tierReading } : {}),
      }),
      'XZ-FIRM-05',
    );

  it('XZ-FIRM-05 distinct persons (default) need 1 / 4 / 9 and the verdict names them', () => {
    const c = tiers([top, ...mid(3), ...low(5)]);
    expect(c?.status).toBe('pass');
    expect(c?.reason.en).toContain('reading: distinct persons');
    expect(c?.reason.en).toContain('甲');
    expect(c?.reason.zh).toContain('丙4');
    expect(tiers([top, ...mid(3), ...low(4)])?.status).toBe('fail'); // 8 people
  });
  it('XZ-FIRM-05 the overlapping reading needs 1 / 3 / 5', () => {
    const staff = [top, ...mid(2), ...low(2)]; // 5 people: 甲 counts in all tiers, 乙 in two
    expect(tiers(staff, 'overlapping')?.status).toBe('pass');
    expect(tiers(staff, 'overlapping')?.reason.en).toContain(
      'one person may count in several tiers',
    );
    expect(tiers(staff)?.status).toBe('fail');
  });
  it('XZ-FIRM-05 the floors themselves pass: 15 and 10 and 5 years; a junior title or no certificate does not reach the top', () => {
    expect(tiers([person('甲', 'intermediate', true, 20), ...mid(3), ...low(5)])?.status).toBe(
      'fail',
    );
    expect(tiers([person('甲', 'full-senior', true, 15), ...mid(3), ...low(5)])?.status).toBe(
      'pass',
    );
    expect(tiers([person('甲', 'senior', true, 14.9), ...mid(3), ...low(5)])?.status).toBe('fail');
  });
  it('XZ-FIRM-05 with no staff list the criterion is unknown', () => {
    expect(
      find(
        checkServiceFirm({ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts: {} }),
        'XZ-FIRM-05',
      )?.status,
    ).toBe('unknown');
  });
  it('XZ-FIRM-05 refuses unknown certificate kinds, negative years and duplicate names', () => {
    const bad = [[{ ...top, certificates: ['lawyer'] }], [{ ...top, safetyYears: -1 }], [top, top]];
    for (const staff of bad) expect(() => tiers(staff as never)).toThrow(ValidationError);
  });
});
