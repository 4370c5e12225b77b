import * as z from 'zod/mini';
import { countOf, param } from '../profiles/params.js';
import { bi, fail, issue, ValidationError, type Issue } from '../errors/errors.js';
import { listOf, parseWith } from '../errors/zod.js';
import { profileFor } from '../profiles/profile-for.js';
import { JurisdictionInputSchema, type Rule } from '../profiles/schema.js';
import { CalendarDateSchema, compareValid } from '../time/calendar-date.js';
import { verdict, type Criterion } from '../verdict/verdict.js';
import { conditions, criterion, rule } from './criteria.js';
import type { PartyVerdict } from './insurer.js';
import { staffTierCriterion } from './staff-tiers.js';

const yes = z.optional(z.boolean());

/** Registered practice certificates XZ-FIRM-05 accepts (注：工程建设类相关专业注册执业证书). */
export const CERTIFICATE_KINDS = [
  'registered-safety-engineer',
  'first-class-constructor',
  'first-class-architect',
  'first-class-structural-engineer',
  'supervision-engineer',
  'fire-engineer',
  'civil-engineer',
] as const;

export const StaffMemberSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  title: z.enum(['none', 'junior', 'intermediate', 'senior', 'full-senior']),
  certificates: z.array(z.enum(CERTIFICATE_KINDS)),
  /** Years of construction safety management (从事建筑行业领域安全管理工作经验). */
  safetyYears: z.number().check(z.gte(0), z.lte(80)),
});

/** What is known about a service firm. Every fact is optional: a missing one makes its criterion unknown. */
export const ServiceFirmFactsSchema = z.strictObject({
  name: z.optional(z.string()),
  // 七(一)–(四)
  constructionSafetyCapability: yes,
  qualityControlSystem: yes,
  /** 工程监理 qualification for similar works: comprehensive (综合), A (甲), B (乙), C (丙), or none. */
  supervisionGrade: z.optional(z.enum(['comprehensive', 'grade-a', 'grade-b', 'grade-c', 'none'])),
  /** Years of risk-management service commissioned by insurers, owners or construction authorities. */
  commissionedRiskServiceYears: z.optional(z.number().check(z.gte(0), z.lte(100))),
  goodReputation: yes,
  enforcementOrBadConductInLast3Years: yes,
  fixedPreventionTeam: yes,
  // 八(一)(二)(三)(六)
  fixedProjectTeams: yes,
  visits: z.optional(
    z.array(
      z.strictObject({
        date: CalendarDateSchema,
        projectLeadOnSite: z.boolean(),
        technicalStaff: z.int().check(z.gte(0)),
      }),
    ),
  ),
  interestInProjectParties: yes,
  otherRolesOnServedProjects: z.optional(
    z.array(z.enum(['survey', 'design', 'construction', 'supervision', 'material-supply'])),
  ),
  subcontractsOrTransfersService: yes,
  // 安徽 二(三)
  technicalServiceCapability: yes,
});

/** The input of {@link checkServiceFirm}. */
export const CheckServiceFirmInputSchema = z.strictObject({
  jurisdiction: JurisdictionInputSchema,
  asOf: CalendarDateSchema,
  facts: ServiceFirmFactsSchema,
  staff: z.optional(listOf(StaffMemberSchema)),
  /** XZ-FIRM-05: count each person once (default) or in every tier they qualify for. */
  tierReading: z.optional(z.enum(['distinct', 'overlapping'])),
});
export type CheckServiceFirmInput = z.input<typeof CheckServiceFirmInputSchema>;
type Input = z.output<typeof CheckServiceFirmInputSchema>;

const GRADE_OK = new Set(['comprehensive', 'grade-a', 'grade-b']);

function qualification(r: Rule, f: Input['facts']): Criterion {
  const minYears = countOf(r, 'minimumServiceYears');
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
          ? `supervision qualification ${grade} (grade B or above)`
          : `${String(f.commissionedRiskServiceYears)} years of commissioned risk-management service (≥ ${minYears})`,
        grade !== undefined && GRADE_OK.has(grade)
          ? `工程监理资质${grade}（乙级及以上）`
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
        `neither grade B supervision nor ${minYears} years of commissioned service`,
        `既无乙级及以上监理资质，也无${minYears}年以上受托风险管理服务经验`,
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

function visitStaffing(r: Rule, f: Input['facts']): Criterion {
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
  const bad = f.visits
    .filter((v) => !v.projectLeadOnSite || v.technicalStaff < min)
    .map((v) => v.date);
  if (bad.length > 0)
    return criterion(
      r,
      'fail',
      bi(
        `visits without the project lead on site or ≥ ${min} technical staff: ${bad.join(', ')}`,
        `项目负责人未到场或技术服务人员少于${min}名的服务：${bad.join('、')}`,
      ),
      [...base.factsUsed, 'visits'],
    );
  if (base.status === 'unknown')
    return criterion(r, 'unknown', base.reason, [...base.factsUsed, 'visits'], base.factsMissing);
  return criterion(
    r,
    'pass',
    bi(
      `a fixed team, and the project lead with ≥ ${min} technical staff at all ${f.visits.length} visits`,
      `固定团队，且全部${f.visits.length}次服务项目负责人到场、技术服务人员不少于${min}名`,
    ),
    [...base.factsUsed, 'visits'],
  );
}

/**
 * Screens an accident-prevention service firm: Xinzhou XZ-FIRM-01..05 and XZ-FIRMOPS-01..03 from its
 * facts and staff list, or Anhui AH-PREV-04 (the capability an insurer must entrust the service to).
 * XZ-FIRM-05 counts staff by tier under the `distinct` reading unless `tierReading: 'overlapping'`;
 * the verdict states the reading and names the people counted.
 *
 * @throws {ValidationError} bad facts (negative years, unknown certificate kinds, duplicate staff names)
 * @example
 * checkServiceFirm({ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts: {}, staff: [] }).status //=> 'fail'
 */
export function checkServiceFirm(input: CheckServiceFirmInput): PartyVerdict {
  const q = parseWith(CheckServiceFirmInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const names = new Set<string>();
  const dupes: Issue[] = [];
  (q.staff ?? []).forEach((s, i) => {
    if (names.has(s.name))
      dupes.push(
        issue(['staff', i, 'name'], 'invalid_option', {
          detail: bi(`duplicate staff name ${s.name}`, `人员姓名重复：${s.name}`),
        }),
      );
    names.add(s.name);
  });
  if (dupes.length > 0) throw new ValidationError(dupes);
  // A visit dated after the as-of date cannot be a fact of that date.
  (q.facts.visits ?? []).forEach((v, i) => {
    if (compareValid(v.date, q.asOf) > 0)
      fail(['facts', 'visits', i, 'date'], 'invalid_option', {
        detail: bi(`a visit on ${v.date} is after ${q.asOf}`, `服务日期${v.date}晚于${q.asOf}`),
      });
  });
  const f = q.facts;
  let criteria: Criterion[];
  if (profile.id === 'xinzhou') {
    const firm05 = rule(profile, 'XZ-FIRM-05');
    const accepted = new Set(param(firm05, 'certificates', 'list').value.map((c) => c.code));
    criteria = [
      conditions(rule(profile, 'XZ-FIRM-01'), f, [
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
      qualification(rule(profile, 'XZ-FIRM-02'), f),
      conditions(rule(profile, 'XZ-FIRM-03'), f, [
        ['goodReputation', true, bi('good commercial reputation', '商业信誉良好')],
        [
          'enforcementOrBadConductInLast3Years',
          false,
          bi(
            'no enforcement or bad-conduct record in the last 3 years',
            '近三年内无被执行或不良行为记录',
          ),
        ],
      ]),
      conditions(rule(profile, 'XZ-FIRM-04'), f, [
        [
          'fixedPreventionTeam',
          true,
          bi('a fixed prevention-service team', '固定的安责险事故预防技术服务团队'),
        ],
      ]),
      staffTierCriterion(firm05, q.staff, q.tierReading ?? 'distinct', accepted),
      visitStaffing(rule(profile, 'XZ-FIRMOPS-01'), f),
      conditions(
        rule(profile, 'XZ-FIRMOPS-02'),
        {
          ...f,
          noOtherRole:
            f.otherRolesOnServedProjects === undefined
              ? undefined
              : f.otherRolesOnServedProjects.length === 0,
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
      conditions(rule(profile, 'XZ-FIRMOPS-03'), f, [
        [
          'subcontractsOrTransfersService',
          false,
          bi(
            'no splitting, subcontracting or transfer of the service',
            '不拆包、分包、转包给第三人',
          ),
        ],
      ]),
    ];
  } else if (profile.id === 'anhui') {
    criteria = [
      conditions(rule(profile, 'AH-PREV-04'), f, [
        [
          'technicalServiceCapability',
          true,
          bi('the technical capability to deliver the prevention services', '具有相应技术服务能力'),
        ],
      ]),
    ];
  } else {
    fail(
      ['jurisdiction'],
      'invalid_option',
      {
        detail: bi(
          `${profile.id} sets no conditions for service firms (Xinzhou and Anhui do)`,
          `${profile.id}未规定技术服务机构条件（忻州、安徽有规定）`,
        ),
      },
      "'xinzhou' | 'anhui'",
    );
  }
  return Object.freeze({
    ...verdict(criteria),
    jurisdiction: profile.id,
    asOf,
    subject: f.name ?? null,
    warnings,
  });
}
