import { bi, fail } from '../../errors/errors.js';
import {
  conditions,
  criterion,
  lookbackText,
  rule,
  lookbackConditions,
} from '../../eligibility/criteria.js';
import type { ServiceFirmCheck } from '../../eligibility/service-firm.js';
import { staffTierCriterion } from '../../eligibility/staff-tiers.js';
import { countOf, param } from '../../profiles/params.js';
import { codeOf } from '../../profiles/codes.js';
import type { Profile, Rule } from '../../profiles/schema.js';
import type { Criterion } from '../../verdict/verdict.js';

// Supervision qualifications from the highest down (工程监理资质: 综合, 甲级, 乙级, 丙级).
const GRADES = [
  ['comprehensive', 'comprehensive', '综合'],
  ['grade-a', 'grade A', '甲级'],
  ['grade-b', 'grade B', '乙级'],
  ['grade-c', 'grade C', '丙级'],
] as const;

/** XZ-FIRM-02's `minimumSupervisionGrade` and the grades at or above it. */
function minimumGrade(r: Rule): { ok: ReadonlySet<string>; en: string; zh: string } {
  const code = param(r, 'minimumSupervisionGrade', 'code').value;
  const at = GRADES.findIndex(([c]) => c === code);
  if (at < 0)
    fail(
      ['jurisdiction', 'rules', r.id, 'params', 'minimumSupervisionGrade'],
      'profile_parameter',
      {
        rule: r.id,
        name: 'minimumSupervisionGrade',
        expected: GRADES.map(([c]) => c).join(' | '),
        got: code,
      },
      GRADES.map(([c]) => c).join(' | '),
    );
  const [, en, zh] = GRADES[at] as (typeof GRADES)[number];
  return { ok: new Set(GRADES.slice(0, at + 1).map(([c]) => c)), en, zh };
}

function qualification(r: Rule, f: ServiceFirmCheck['facts']): Criterion {
  const minYears = countOf(r, 'minimumServiceYears');
  const min = minimumGrade(r);
  const GRADE_OK = min.ok;
  const grade = f.supervisionGrade;
  const yearsOk =
    f.commissionedRiskServiceYears === undefined
      ? undefined
      : f.commissionedRiskServiceYears >= minYears;
  if ((grade !== undefined && GRADE_OK.has(grade)) || yearsOk === true) {
    return criterion(
      r,
      'pass',
      bi(
        grade !== undefined && GRADE_OK.has(grade)
          ? `supervision qualification ${grade} (${min.en} or above)`
          : `${String(f.commissionedRiskServiceYears)} years of commissioned risk-management service (≥ ${minYears})`,
        grade !== undefined && GRADE_OK.has(grade)
          ? `工程监理资质${grade}（${min.zh}及以上）`
          : `受托风险管理服务${String(f.commissionedRiskServiceYears)}年（≥${minYears}年）`,
      ),
      ['supervisionGrade', 'commissionedRiskServiceYears'],
    );
  }
  if (grade !== undefined && yearsOk === false) {
    return criterion(
      r,
      'fail',
      bi(
        `neither ${min.en} supervision nor ${minYears} years of commissioned service`,
        `既无${min.zh}及以上监理资质，也无${minYears}年以上受托风险管理服务经验`,
      ),
      ['supervisionGrade', 'commissionedRiskServiceYears'],
    );
  }
  return criterion(
    r,
    'unknown',
    bi(
      'the qualification or the years of commissioned service are not given',
      '未提供监理资质或受托服务年限',
    ),
    [],
    [
      ...(grade === undefined ? ['supervisionGrade'] : []),
      ...(yearsOk === undefined ? ['commissionedRiskServiceYears'] : []),
    ],
  );
}

function visitStaffing(r: Rule, f: ServiceFirmCheck['facts']): Criterion {
  const base = conditions(r, f, [
    [
      'fixedProjectTeams',
      true,
      bi(
        'a fixed team per project (technical lead, project lead, technical staff)',
        '每个项目设置固定服务团队（技术负责人、项目负责人、技术服务人员）',
      ),
    ],
  ]);
  if (base.status === 'fail') return base;
  if (f.visits === undefined || f.visits.length === 0)
    return criterion(
      r,
      'unknown',
      bi('no service visits given', '未提供服务记录'),
      base.factsUsed,
      [...base.factsMissing, 'visits'],
    );
  const min = countOf(r, 'minimumTechnicalStaffPerVisit');
  const leadOnSite = param(r, 'projectLeadOnSite', 'boolean').value;
  const bad = f.visits
    .filter((v) => (leadOnSite && !v.projectLeadOnSite) || v.technicalStaff < min)
    .map((v) => v.date);
  if (bad.length > 0)
    return criterion(
      r,
      'fail',
      bi(
        leadOnSite
          ? `visits without the project lead on site or ≥ ${min} technical staff: ${bad.join(', ')}`
          : `visits without ≥ ${min} technical staff: ${bad.join(', ')}`,
        leadOnSite
          ? `项目负责人未到场或技术服务人员少于${min}名的服务：${bad.join('、')}`
          : `技术服务人员少于${min}名的服务：${bad.join('、')}`,
      ),
      [...base.factsUsed, 'visits'],
    );
  if (base.status === 'unknown')
    return criterion(r, 'unknown', base.reason, [...base.factsUsed, 'visits'], base.factsMissing);
  return criterion(
    r,
    'pass',
    bi(
      leadOnSite
        ? `a fixed team, and the project lead with ≥ ${min} technical staff at all ${f.visits.length} visits`
        : `a fixed team, and ≥ ${min} technical staff at all ${f.visits.length} visits`,
      leadOnSite
        ? `固定团队，且全部${f.visits.length}次服务项目负责人到场、技术服务人员不少于${min}名`
        : `固定团队，且全部${f.visits.length}次服务技术服务人员不少于${min}名`,
    ),
    [...base.factsUsed, 'visits'],
  );
}

export function xinzhouServiceFirmCriteria(p: Profile, q: ServiceFirmCheck): Criterion[] {
  const firm05 = rule(p, 'XZ-FIRM-05');
  const accepted = new Set(param(firm05, 'certificates', 'list').value.map((c) => c.code));
  return [
    conditions(rule(p, 'XZ-FIRM-01'), q.facts, [
      [
        'constructionSafetyCapability',
        true,
        bi(
          'construction-safety technical service capability',
          '建筑行业领域安全生产技术服务专业能力',
        ),
      ],
      [
        'qualityControlSystem',
        true,
        bi('a sound quality-control system', '健全的服务质量控制体系'),
      ],
    ]),
    qualification(rule(p, 'XZ-FIRM-02'), q.facts),
    reputation(rule(p, 'XZ-FIRM-03'), q),
    conditions(rule(p, 'XZ-FIRM-04'), q.facts, [
      [
        'fixedPreventionTeam',
        true,
        bi('a fixed prevention-service team', '固定的安责险事故预防技术服务团队'),
      ],
    ]),
    staffTierCriterion(
      firm05,
      q.staff,
      // the version's default reading when the caller names none (XZ-FIRM-05 `defaultReading`)
      q.tierReading ??
        (codeOf(firm05, 'defaultReading') === 'overlapping-persons' ? 'overlapping' : 'distinct'),
      accepted,
    ),
    visitStaffing(rule(p, 'XZ-FIRMOPS-01'), q.facts),
    conditions(
      rule(p, 'XZ-FIRMOPS-02'),
      {
        ...q.facts,
        noOtherRole:
          q.facts.otherRolesOnServedProjects === undefined
            ? undefined
            : q.facts.otherRolesOnServedProjects.length === 0,
      },
      [
        [
          'interestInProjectParties',
          false,
          bi('no interest in any party of the served project', '与所服务工程参建单位无利害关系'),
        ],
        [
          'noOtherRole',
          true,
          bi(
            'no survey, design, construction, supervision or material supply on it',
            '不参与该工程勘察、设计、施工、监理、材料供应',
          ),
        ],
      ],
    ),
    conditions(rule(p, 'XZ-FIRMOPS-03'), q.facts, [
      [
        'subcontractsOrTransfersService',
        false,
        bi('no splitting, subcontracting or transfer of the service', '不拆包、分包、转包给第三人'),
      ],
    ]),
  ];
}

/** XZ-FIRM-03: good reputation, and no enforcement or bad-conduct record within `lookback`. */
function reputation(r: Rule, q: ServiceFirmCheck): Criterion {
  const window = lookbackText(r);
  return lookbackConditions(
    r,
    q.facts,
    q.asOf,
    'enforcementOrBadConductInLast3Years',
    'lastEnforcementOrBadConduct',
    [
      ['goodReputation', true, bi('good commercial reputation', '商业信誉良好')],
      [
        'enforcementOrBadConductInLast3Years',
        false,
        bi(
          `no enforcement or bad-conduct record in ${window.en}`,
          `${window.zh}内无被执行或不良行为记录`,
        ),
      ],
    ],
  );
}
