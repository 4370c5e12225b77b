import { describe, expect, it } from 'vitest';
import { checkInsurer, checkProject, checkServiceFirm, ValidationError } from '../../src/index.js';

// The eligibility checks refuse bad input with a ValidationError and its path, never a verdict.
describe('bad input gives a ValidationError with a path, not a verdict', () => {
  it.each([
    [
      'a fact of the wrong type',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { validBusinessLicence: 'yes' } as never,
        }),
    ],
    [
      'negative years',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { projectLeadYears: -1 },
        }),
    ],
    [
      'an unknown fact',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { lucky: true } as never,
        }),
    ],
    [
      'a jurisdiction without insurer conditions',
      () => checkInsurer({ jurisdiction: 'zhoushan', asOf: '2025-06-01', facts: {} }),
    ],
    [
      'an impossible date',
      () =>
        checkProject({
          jurisdiction: 'anhui',
          asOf: '2026-01-01',
          facts: { startDate: '2026-02-30' },
        }),
    ],
    [
      'a bad per-person limit',
      () =>
        checkProject({
          jurisdiction: 'anhui',
          asOf: '2026-01-01',
          facts: { perPersonLimit: '60万5' },
        }),
    ],
    [
      'negative commissioned years',
      () =>
        checkServiceFirm({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { commissionedRiskServiceYears: -2 },
        }),
    ],
  ])('XZ-INS-04 refuses %s', (_, call) => {
    try {
      call();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.message.en.length).toBeGreaterThan(0);
    }
  });
});
