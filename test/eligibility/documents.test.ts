import { describe, expect, it } from 'vitest';
import {
  checkApplication,
  checkPolicy,
  checkQuoteLetter,
  permille,
  percent,
  ValidationError,
} from '../../src/index.js';

// XZ-OPS-04 / XZ-OPS-05 / XZ-APP-01 (src/eligibility/documents.ts), worked by hand from 四(四), 四(五), 六.
describe('XZ-OPS-04 / XZ-OPS-05 / XZ-APP-01 documents', () => {
  const letter = {
    projectName: '某住宅项目',
    projectAddress: '忻州市某路1号',
    projectCategory: '房屋建筑工程',
    contractPeriod: { from: '2025-03-01', to: '2026-08-31' },
    contractAmount: '12,000,000.00',
    insurancePlan: '方案A',
    premiumRate: permille('1.5'),
    coverageAmount: '600000',
    preventionServicePlan: '每季度一次隐患排查',
    preventionFeeRatio: percent(15),
  };
  const check = (document: Record<string, unknown>) =>
    checkQuoteLetter({ jurisdiction: 'xinzhou', asOf: '2025-06-01', document });
  it('XZ-OPS-04 a complete letter passes; with a premium, it must equal contract amount × rate', () => {
    expect(check(letter).status).toBe('pass');
    expect(check({ ...letter, premium: '18000.00' }).status).toBe('pass');
    const wrong = check({ ...letter, premium: '18000.01' });
    expect(wrong.status).toBe('fail');
    expect(wrong.criteria[1]?.reason.en).toContain('¥18,000.00');
  });
  it('XZ-OPS-04 a missing field fails and is named; periods must be in order', () => {
    const lacking: Record<string, unknown> = { ...letter };
    delete lacking['preventionFeeRatio'];
    const v = check(lacking);
    expect(v.status).toBe('fail');
    expect(v.criteria[0]?.reason.zh).toContain('事故预防技术服务费用比例');
    expect(check({ ...letter, projectName: '  ' }).status).toBe('fail');
    expect(
      check({ ...letter, contractPeriod: { from: '2026-01-01', to: '2025-01-01' } }).status,
    ).toBe('fail');
  });
  it('XZ-OPS-05 a policy needs its nine fields, including the insurance period', () => {
    const policy: Record<string, unknown> = {
      ...letter,
      insurancePeriod: { from: '2025-03-01', to: '2026-08-31' },
    };
    delete policy['projectCategory'];
    delete policy['preventionFeeRatio'];
    expect(
      checkPolicy({ jurisdiction: 'xinzhou', asOf: '2025-06-01', document: policy }).status,
    ).toBe('pass');
    const noPeriod = { ...policy };
    delete noPeriod['insurancePeriod'];
    expect(
      checkPolicy({ jurisdiction: 'xinzhou', asOf: '2025-06-01', document: noPeriod }).criteria[0]
        ?.factsMissing,
    ).toEqual(['insurancePeriod']);
    expect(() =>
      checkPolicy({ jurisdiction: 'anhui', asOf: '2026-01-01', document: policy }),
    ).toThrow(ValidationError);
  });
  it('XZ-APP-01 application documents: required ones, the award notice when tendered, unknown when not said', () => {
    const app = (documents: string[], extra: Record<string, boolean> = {}) =>
      checkApplication({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        documents: documents as never,
        ...extra,
      }).status;
    const required = ['construction-contract', 'application-form', 'enterprise-documents'];
    expect(app(required, { tendered: false, insurerRequested: false })).toBe('pass');
    expect(app(required, { tendered: true, insurerRequested: false })).toBe('fail');
    expect(
      app([...required, 'bid-award-notice'], { tendered: true, insurerRequested: false }),
    ).toBe('pass');
    expect(app(required.slice(1), { tendered: false, insurerRequested: false })).toBe('fail');
    expect(app(required)).toBe('unknown');
  });
});
