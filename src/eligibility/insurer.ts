import * as z from 'zod/mini';
import { bi, fail } from '../errors/errors.js';
import { parseWith } from '../errors/zod.js';
import { profileFor } from '../profiles/profile-for.js';
import { JurisdictionInputSchema, type Profile } from '../profiles/schema.js';
import { CalendarDateSchema, type CalendarDate } from '../time/calendar-date.js';
import { verdict, type Criterion, type DatedVerdict } from '../verdict/verdict.js';
import { countOf } from '../profiles/params.js';
import { atLeast, conditions, criterion, rule } from './criteria.js';
import { solvencyCriterion } from './solvency.js';

const yes = z.optional(z.boolean());
const years = z.optional(z.number().check(z.gte(0), z.lte(100)));

/** Disclosure items of XZ-DISC-01, as codes. */
export const DISCLOSURE_ITEMS = [
  'basic-information',
  'business-licence',
  'insurance-licence',
  'capability-proofs',
  'insurance-plan',
  'policy-clauses',
  'management-team',
  'claims-service-plan',
  'prevention-service-plan',
] as const;

/** What is known about an insurer. Every fact is optional: a missing one makes its criterion unknown. */
export const InsurerFactsSchema = z.strictObject({
  name: z.optional(z.string()),
  // 安徽 一(三)
  goodReputation: yes,
  majorViolationInLast3Years: yes,
  outletsInEveryPrefecture: yes,
  solvency: z.optional(
    z.array(
      z.strictObject({
        quarter: z.string(),
        comprehensive: z.union([z.string(), z.number()]),
        core: z.union([z.string(), z.number()]),
      }),
    ),
  ),
  hasPreventionManagers: yes,
  meetsRegulatorConditions: yes,
  // 忻州 三、四、五
  validBusinessLicence: yes,
  hasStaffEquipmentFunds: yes,
  legalForm: z.optional(z.enum(['independent-legal-person', 'authorised-branch', 'other'])),
  insuranceLicenceFromNfra: yes,
  projectLeadYears: years,
  auditedReport: z.optional(
    z.strictObject({
      fiscalYear: z.int(),
      thirdPartyAudited: z.boolean(),
      includesSolvency: z.boolean(),
    }),
  ),
  onSeriousViolationList: yes,
  onDishonestDebtorList: yes,
  sufficientUnderwritingClaimsExperience: yes,
  sufficientPreventionExperience: yes,
  prefectureBranchesInCity: z.optional(z.int().check(z.gte(0))),
  branchAuthorisedByHeadOffice: yes,
  branchReportedToAuthorities: yes,
  dedicatedManagementTeam: yes,
  collectsFullPremiumBeforeIssuing: yes,
  usesInstalmentsOrSplitPolicies: yes,
  disclosedItems: z.optional(z.array(z.enum(DISCLOSURE_ITEMS))),
});
export type InsurerFacts = z.input<typeof InsurerFactsSchema>;

/** The input of {@link checkInsurer}. */
export const CheckInsurerInputSchema = z.strictObject({
  jurisdiction: JurisdictionInputSchema,
  asOf: CalendarDateSchema,
  facts: InsurerFactsSchema,
});
export type CheckInsurerInput = z.input<typeof CheckInsurerInputSchema>;

/** A verdict about one party, for one jurisdiction and date. */
export interface PartyVerdict extends DatedVerdict {
  readonly subject: string | null;
}

type Facts = z.output<typeof InsurerFactsSchema>;

function anhuiCriteria(p: Profile, f: Facts, asOf: CalendarDate): Criterion[] {
  return [
    conditions(rule(p, 'AH-INS-01'), f, [
      ['goodReputation', true, bi('good commercial reputation', '商业信誉良好')],
      [
        'majorViolationInLast3Years',
        false,
        bi(
          'no major 安责险 violation by the local institution in the last 3 years',
          '业务开展地营业机构近三年安责险经营无重大违法违规记录',
        ),
      ],
    ]),
    conditions(rule(p, 'AH-INS-02'), f, [
      [
        'outletsInEveryPrefecture',
        true,
        bi('business outlets in every prefecture-level city', '全省设区市有配套的营业机构网点'),
      ],
    ]),
    solvencyCriterion(rule(p, 'AH-INS-03'), f.solvency, asOf),
    conditions(rule(p, 'AH-INS-04'), f, [
      [
        'hasPreventionManagers',
        true,
        bi('managers who organise prevention services', '配备组织开展事故预防服务的管理人员'),
      ],
    ]),
    // Open-ended: passes only when the caller asserts it.
    conditions(rule(p, 'AH-INS-05'), f, [
      [
        'meetsRegulatorConditions',
        true,
        bi(
          "the insurance regulator's other conditions are met",
          '满足保险监督管理机构规定的其他条件',
        ),
      ],
    ]),
  ];
}

function xinzhouCriteria(p: Profile, f: Facts): Criterion[] {
  const ins04 = rule(p, 'XZ-INS-04');
  const ins05 = rule(p, 'XZ-INS-05');
  const fiscalYear = countOf(ins05, 'fiscalYear');
  const report = f.auditedReport;
  const audited =
    report === undefined
      ? criterion(
          ins05,
          'unknown',
          bi('no audited report given', '未提供审计报告'),
          [],
          ['auditedReport'],
        )
      : report.fiscalYear === fiscalYear && report.thirdPartyAudited && report.includesSolvency
        ? criterion(
            ins05,
            'pass',
            bi(
              `a third-party audited report for ${fiscalYear} with solvency statements`,
              `第三方审计的${fiscalYear}年度财务报告（含偿付能力报表）`,
            ),
            ['auditedReport'],
          )
        : criterion(
            ins05,
            'fail',
            bi(
              `the report must be third-party audited, for fiscal year ${fiscalYear}, with solvency statements`,
              `须为第三方审计的${fiscalYear}年度财务报告并含偿付能力报表`,
            ),
            ['auditedReport'],
          );
  const legal = rule(p, 'XZ-INS-02');
  const legalForm =
    f.legalForm === undefined
      ? criterion(
          legal,
          'unknown',
          bi('the legal form is not given', '未提供法人形式'),
          [],
          ['legalForm'],
        )
      : f.legalForm === 'other'
        ? criterion(
            legal,
            'fail',
            bi(
              'neither an independent legal-person insurer nor its authorised branch',
              '既非独立法人保险公司也非其授权分支机构',
            ),
            ['legalForm'],
          )
        : criterion(
            legal,
            'pass',
            bi(
              `registered in China as ${f.legalForm}`,
              `中国境内注册（${f.legalForm === 'independent-legal-person' ? '独立法人' : '授权分支机构'}）`,
            ),
            ['legalForm'],
          );
  const ops01 = rule(p, 'XZ-OPS-01');
  const branches = conditions(
    ops01,
    {
      ...f,
      oneBranch:
        f.prefectureBranchesInCity === undefined ? undefined : f.prefectureBranchesInCity === 1,
    },
    [
      [
        'oneBranch',
        true,
        bi('exactly one prefecture-level branch in Xinzhou', '在本市注册唯一地市级分支机构'),
      ],
      ['branchAuthorisedByHeadOffice', true, bi('authorised by its head office', '经上级公司授权')],
      [
        'branchReportedToAuthorities',
        true,
        bi(
          'reported to the city emergency, housing and financial-regulation authorities',
          '已告知市应急、住建和金融监管部门',
        ),
      ],
    ],
  );
  const disc = rule(p, 'XZ-DISC-01');
  const missingItems =
    f.disclosedItems === undefined
      ? null
      : DISCLOSURE_ITEMS.filter((i) => !(f.disclosedItems ?? []).includes(i));
  const disclosure =
    missingItems === null
      ? criterion(
          disc,
          'unknown',
          bi('disclosures not given', '未提供展业告知情况'),
          [],
          ['disclosedItems'],
        )
      : missingItems.length > 0
        ? criterion(
            disc,
            'fail',
            bi(
              `not disclosed: ${missingItems.join(', ')} — may not do business in Xinzhou`,
              `未告知：${missingItems.join('、')}——不得在忻州开展业务`,
            ),
            ['disclosedItems'],
          )
        : criterion(
            disc,
            'pass',
            bi('every item disclosed to the city housing bureau', '已向市住建局告知全部事项'),
            ['disclosedItems'],
          );
  return [
    conditions(rule(p, 'XZ-INS-01'), f, [
      ['validBusinessLicence', true, bi('a valid business licence', '有效的营业执照')],
      [
        'hasStaffEquipmentFunds',
        true,
        bi('staff, equipment and funds to deliver', '人员、设备、资金方面具有相应实施能力'),
      ],
    ]),
    legalForm,
    conditions(rule(p, 'XZ-INS-03'), f, [
      [
        'insuranceLicenceFromNfra',
        true,
        bi(
          'an insurance licence issued by the NFRA or its local office',
          '国家金融监督管理总局或其派出机构颁发的保险许可证',
        ),
      ],
    ]),
    atLeast(
      ins04,
      'projectLeadYears',
      f.projectLeadYears,
      countOf(ins04, 'minimum'),
      bi("the project lead's years of work", '项目负责人工作年限'),
    ),
    audited,
    conditions(rule(p, 'XZ-INS-07'), f, [
      [
        'onSeriousViolationList',
        false,
        bi('not on the serious-violation dishonesty list', '未列入严重违法失信企业名单'),
      ],
      [
        'onDishonestDebtorList',
        false,
        bi('not on the dishonest judgment-debtor list', '未列入失信被执行人名单'),
      ],
    ]),
    conditions(rule(p, 'XZ-INS-08'), f, [
      [
        'sufficientUnderwritingClaimsExperience',
        true,
        bi('sufficient underwriting and claims experience', '充足承保理赔服务经验'),
      ],
      [
        'sufficientPreventionExperience',
        true,
        bi('sufficient prevention-service experience', '充足事故预防技术服务经验'),
      ],
    ]),
    conditions(rule(p, 'XZ-INS-09'), f, [
      [
        'meetsRegulatorConditions',
        true,
        bi(
          "the insurance regulator's other conditions are met",
          '满足保险监督管理机构规定的其他条件',
        ),
      ],
    ]),
    branches,
    conditions(rule(p, 'XZ-OPS-02'), f, [
      ['dedicatedManagementTeam', true, bi('a dedicated management team', '专门管理团队')],
    ]),
    conditions(rule(p, 'XZ-OPS-03'), f, [
      [
        'collectsFullPremiumBeforeIssuing',
        true,
        bi(
          'the full premium collected at once before the policy is issued',
          '一次性收取全额保费后出具保单',
        ),
      ],
      [
        'usesInstalmentsOrSplitPolicies',
        false,
        bi('no instalments and no split policies', '不拆分缴费期限、不拆分保单'),
      ],
    ]),
    disclosure,
  ];
}

/**
 * Screens an insurer against a jurisdiction's conditions, criterion by criterion: Anhui AH-INS-01..05
 * (AH-INS-03: the last four consecutive quarters' solvency) or Xinzhou XZ-INS-01..05, 07..09,
 * XZ-OPS-01..03 and XZ-DISC-01 (XZ-INS-06 concerns a pool of registrants: {@link checkInsurerPool}).
 * A missing fact is `unknown`, never a pass.
 *
 * @throws {ValidationError} bad facts (negative or non-numeric ratios, duplicated quarters, …) with their
 *   path, or a jurisdiction whose document sets no insurer conditions
 * @example
 * checkInsurer({ jurisdiction: 'anhui', asOf: '2026-01-01', facts: { outletsInEveryPrefecture: true } }).status //=> 'unknown'
 */
export function checkInsurer(input: CheckInsurerInput): PartyVerdict {
  const q = parseWith(CheckInsurerInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  let criteria: Criterion[];
  if (profile.id === 'anhui') criteria = anhuiCriteria(profile, q.facts, asOf);
  else if (profile.id === 'xinzhou') criteria = xinzhouCriteria(profile, q.facts);
  else
    fail(
      ['jurisdiction'],
      'invalid_option',
      {
        detail: bi(
          `${profile.id} sets no conditions for insurers (Anhui and Xinzhou do)`,
          `${profile.id}未规定承保机构条件（安徽、忻州有规定）`,
        ),
      },
      "'anhui' | 'xinzhou'",
    );
  return Object.freeze({
    ...verdict(criteria),
    jurisdiction: profile.id,
    asOf,
    subject: q.facts.name ?? null,
    warnings,
  });
}
