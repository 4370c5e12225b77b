import { describe, expect, it } from 'vitest';
import {
  anhui,
  checkServiceDelivery,
  findRule,
  xinzhou,
  type ServiceDeliveryInput,
} from '../../src/index.js';
import { criterionOf } from '../helpers/verdict.js';

// Issue 16, "obligations in the sources that are not modelled yet": the service duties now checked.
// Expected values worked by hand from the quoted clauses.

type Input = ServiceDeliveryInput;
type Visit = Input['visits'][number];
const policy = { from: '2025-01-31', to: '2026-01-30' };
const goodVisit: Visit = {
  date: '2025-03-10',
  kind: 'hazard-inspection',
  projectLeadOnSite: true,
  technicalStaff: 1,
  hazardsAndReportUploaded: true,
  reportToInsurerAndPolicyholder: true,
  chargedExtra: false,
};
const xz = (asOf: string, project: Partial<Input['project']>, extra: Partial<Input> = {}) =>
  checkServiceDelivery({
    jurisdiction: 'xinzhou',
    asOf,
    project: { policy, ...project },
    visits: [goodVisit],
    blockedServices: [],
    ...extra,
  });
const cited = (v: ReturnType<typeof xz>, section: string) =>
  v.criteria.find((c) => c.ruleId === 'XZ-FIRMOPS-04' && c.citation.section === section);

describe('Xinzhou 六 — XZ-SVC-01: a third-party firm entrusted, the teams registered within a month', () => {
  // 六: "保险机构承保后，应委托第三方技术服务机构对其承保的房屋建筑工程，提供对应保险责任的事故预防技术服务。
  //      保险机构应在承保出单一个月内，需确定和登记承保项目的保险服务团队、第三方技术服务机构的公司信息和项目
  //      事故预防技术服务团队。"
  // Worked: issued 2025-01-31; one month later there is no 31 February, so the month ends on 2025-02-28
  // (Civil Code art. 202: "没有对应日的，月末日为期间的最后一日"). Registered on 2025-02-28: in time; on
  // 2025-03-01: late. Nothing registered: not yet due on 2025-02-28, not shown (unknown) from 2025-03-01.
  const issued = { policyIssuedOn: '2025-01-31', thirdPartyFirmEntrusted: true };

  it('XZ-SVC-01 registered on the due day passes, the day after fails, the day before passes', () => {
    const on = (d: string) =>
      criterionOf(xz('2025-06-01', { ...issued, serviceTeamsRegisteredOn: d }), 'XZ-SVC-01');
    expect([on('2025-02-27').status, on('2025-02-28').status, on('2025-03-01').status]).toEqual([
      'pass',
      'pass',
      'fail',
    ]);
    expect(on('2025-03-01').reason.en).toBe(
      'teams registered on 2025-03-01, after 2025-02-28 (one month from the policy issued 2025-01-31)',
    );
  });

  it('XZ-SVC-01 the verdict follows the stated day; a registration art. 203 would still admit says so', () => {
    // issued 2025-04-05 → due 2025-05-05, a day of the 劳动节 holiday; art. 203 moves the last day to 2025-05-06
    const c = criterionOf(
      xz('2025-06-01', {
        policyIssuedOn: '2025-04-05',
        thirdPartyFirmEntrusted: true,
        serviceTeamsRegisteredOn: '2025-05-06',
      }),
      'XZ-SVC-01',
    );
    expect(c.status).toBe('fail');
    expect(c.reason.en).toContain('Civil Code art. 203 moves the last day to 2025-05-06');
    const later = criterionOf(
      xz('2025-06-01', {
        policyIssuedOn: '2025-04-05',
        thirdPartyFirmEntrusted: true,
        serviceTeamsRegisteredOn: '2025-05-07',
      }),
      'XZ-SVC-01',
    );
    expect(later.reason.en).not.toContain('art. 203');
  });

  it('XZ-SVC-01 nothing registered: not yet due through 2025-02-28, unknown from 2025-03-01', () => {
    expect(criterionOf(xz('2025-02-28', issued), 'XZ-SVC-01')).toMatchObject({
      status: 'pass',
      factsMissing: [],
    });
    expect(criterionOf(xz('2025-03-01', issued), 'XZ-SVC-01')).toMatchObject({
      status: 'unknown',
      factsMissing: ['project.serviceTeamsRegisteredOn'],
    });
  });

  it('XZ-SVC-01 no third-party firm entrusted fails; not shown is unknown; no issue date is unknown', () => {
    expect(
      criterionOf(xz('2025-06-01', { ...issued, thirdPartyFirmEntrusted: false }), 'XZ-SVC-01')
        .status,
    ).toBe('fail');
    expect(
      criterionOf(
        xz('2025-06-01', { policyIssuedOn: '2025-01-31', serviceTeamsRegisteredOn: '2025-02-10' }),
        'XZ-SVC-01',
      ),
    ).toMatchObject({ status: 'unknown', factsMissing: ['project.thirdPartyFirmEntrusted'] });
    expect(criterionOf(xz('2025-06-01', {}), 'XZ-SVC-01')).toMatchObject({
      status: 'unknown',
      factsMissing: ['project.policyIssuedOn'],
    });
    expect(findRule(xinzhou, 'XZ-SVC-01').params['entrustThirdParty']).toEqual({
      type: 'boolean',
      value: true,
    });
  });
});

describe('Xinzhou 八(四), 八(五) — service reports, checked under XZ-FIRMOPS-04 and cited to their paragraphs', () => {
  // 八(四): "…对房屋建筑工程开展事故预防技术服务，并向保险机构和投保单位出具相关服务报告。"
  // 八(五): "…由于项目方原因无法提供事故预防技术服务的，应及时报告保险机构和相关建设行政管理部门。"
  // Worked: two visits, one with its report and one without → 八(四) fails, naming the second date; a
  // prevented service reported to the insurer only → 八(五) fails; reported to both → passes.
  const reg = {
    policyIssuedOn: '2025-01-31',
    thirdPartyFirmEntrusted: true,
    serviceTeamsRegisteredOn: '2025-02-10',
  };

  it('XZ-FIRMOPS-04 八(四) a visit without a report to the insurer and the policyholder fails', () => {
    const v = xz('2025-06-01', reg, {
      visits: [
        goodVisit,
        { ...goodVisit, date: '2025-04-10', reportToInsurerAndPolicyholder: false },
      ],
    });
    expect(cited(v, '八(四)')).toMatchObject({ status: 'fail' });
    expect(cited(v, '八(四)')?.reason.en).toContain('2025-04-10');
    expect(cited(v, '八(八)')?.status).toBe('pass'); // the upload itself was done
    expect(
      cited(
        xz('2025-06-01', reg, {
          visits: [{ ...goodVisit, reportToInsurerAndPolicyholder: undefined }],
        }),
        '八(四)',
      ),
    ).toMatchObject({ status: 'unknown', factsMissing: ['visits.reportToInsurerAndPolicyholder'] });
  });

  it('XZ-FIRMOPS-04 八(五) a service the project side prevented is reported to both the insurer and the authority', () => {
    const blocked = (b: NonNullable<Input['blockedServices']>) =>
      cited(xz('2025-06-01', reg, { blockedServices: b }), '八(五)')?.status;
    expect(
      blocked([{ date: '2025-05-01', reportedToInsurer: true, reportedToHousingAuthority: true }]),
    ).toBe('pass');
    expect(
      blocked([{ date: '2025-05-01', reportedToInsurer: true, reportedToHousingAuthority: false }]),
    ).toBe('fail');
    expect(blocked([{ date: '2025-05-01', reportedToInsurer: true }])).toBe('unknown');
    expect(blocked([])).toBe('pass');
    // whether any service was prevented, not shown
    expect(
      cited(
        checkServiceDelivery({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          project: { policy, ...reg },
          visits: [goodVisit],
        }),
        '八(五)',
      ),
    ).toMatchObject({ status: 'unknown', factsMissing: ['blockedServices'] });
  });

  it('XZ-FIRMOPS-04 all met: the whole Xinzhou delivery passes', () => {
    expect(xz('2025-06-01', reg).status).toBe('pass');
  });
});

describe('Anhui 二(一) — AH-PREV-02: a service plan and scheme for each project', () => {
  // 二(一): "承保机构应根据工程项目特点，科学制定事故预防服务计划和方案…"
  const plan = (servicePlan?: boolean) =>
    checkServiceDelivery({
      jurisdiction: 'anhui',
      asOf: '2026-01-15',
      project: {
        policy: { from: '2026-01-01', to: '2026-12-31' },
        overSizeDangerousWorks: false,
        prominentSafetyProblems: false,
        ...(servicePlan === undefined ? {} : { servicePlan }),
      },
      visits: [],
    }).criteria.find(
      (c) =>
        c.factsMissing.includes('project.servicePlan') ||
        c.factsUsed.includes('project.servicePlan'),
    );

  it('AH-PREV-02 the plan and scheme: drawn up passes, not drawn up fails, not shown is unknown', () => {
    expect([plan(true)?.status, plan(false)?.status, plan()?.status]).toEqual([
      'pass',
      'fail',
      'unknown',
    ]);
    expect(plan(true)?.ruleId).toBe('AH-PREV-02');
    expect(findRule(anhui, 'AH-PREV-02').params['servicePlanPerProject']).toEqual({
      type: 'boolean',
      value: true,
    });
  });
});
