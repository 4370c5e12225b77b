import { describe, expect, it } from 'vitest';
import { checkInsurerPool, ValidationError } from '../../src/index.js';

// XZ-INS-06 (src/eligibility/insurer-pool.ts, checkInsurerPool), worked by hand from 三(六).
describe('XZ-INS-06 the pool of insurers registering for one project', () => {
  const pool = (registrants: Parameters<typeof checkInsurerPool>[0]['registrants']) =>
    checkInsurerPool({
      jurisdiction: 'xinzhou',
      asOf: '2025-06-01',
      project: '某项目',
      registrants,
    });
  it('XZ-INS-06 fails on a shared principal or a control relation, naming the pair', () => {
    const same = pool([
      { name: 'A', principal: 'P1' },
      { name: 'B', principal: 'P1' },
      { name: 'C', principal: 'P3' },
    ]);
    expect(same.status).toBe('fail');
    expect(same.criteria[0]?.reason.en).toContain('A & B');
    expect(
      pool([
        { name: 'A', principal: 'P1', controlsOrManages: ['B'] },
        { name: 'B', principal: 'P2' },
      ]).status,
    ).toBe('fail');
  });
  it('XZ-INS-06 passes for independent registrants and is unknown when a principal is missing', () => {
    expect(
      pool([
        { name: 'A', principal: 'P1', controlsOrManages: [] },
        { name: 'B', principal: 'P2', controlsOrManages: [] },
      ]).status,
    ).toBe('pass');
    expect(
      pool([
        { name: 'A', principal: 'P1', controlsOrManages: [] },
        { name: 'B', controlsOrManages: [] },
      ]).status,
    ).toBe('unknown');
    // a left-out list of relations is not "none"
    expect(
      pool([
        { name: 'A', principal: 'P1' },
        { name: 'B', principal: 'P2' },
      ]).status,
    ).toBe('unknown');
    // one registrant: no pair can exist
    expect(pool([{ name: 'A' }]).status).toBe('pass');
  });
  it('XZ-INS-06 refuses duplicates and relations outside the pool', () => {
    expect(() => pool([{ name: 'A' }, { name: 'A' }])).toThrow(ValidationError);
    expect(() => pool([{ name: 'A', controlsOrManages: ['Z'] }])).toThrow(ValidationError);
    expect(() =>
      checkInsurerPool({ jurisdiction: 'anhui', asOf: '2026-01-01', registrants: [{ name: 'A' }] }),
    ).toThrow(ValidationError);
  });
});
