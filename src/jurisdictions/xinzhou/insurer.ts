import { bi } from '../../errors/errors.js';
import {
  atLeast,
  conditions,
  criterion,
  rule,
  type Condition,
} from '../../eligibility/criteria.js';
import type { Facts } from '../../eligibility/insurer.js';
import { countOf, param } from '../../profiles/params.js';
import type { Profile, Rule } from '../../profiles/schema.js';
import type { Criterion } from '../../verdict/verdict.js';

/** XZ-INS-05: a third-party audited report for the fiscal year the rule names, with solvency statements. */
function auditedReport(p: Profile, f: Facts): Criterion {
  const ins05 = rule(p, 'XZ-INS-05');
  const fiscalYear = countOf(ins05, 'fiscalYear');
  const report = f.auditedReport;
  return report === undefined
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
}

/** XZ-INS-02: an independent legal-person insurer, or its authorised branch, registered in China. */
function legalFormCriterion(p: Profile, f: Facts): Criterion {
  const legal = rule(p, 'XZ-INS-02');
  return f.legalForm === undefined
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
}

/** XZ-OPS-01: exactly one prefecture-level branch in Xinzhou, authorised and reported. */
function branchCriterion(p: Profile, f: Facts): Criterion {
  const ops01 = rule(p, 'XZ-OPS-01');
  return conditions(
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
}

/** XZ-DISC-01: every item the rule lists disclosed to the city housing bureau. */
function disclosureCriterion(p: Profile, f: Facts): Criterion {
  const disc = rule(p, 'XZ-DISC-01');
  const missingItems =
    f.disclosedItems === undefined
      ? null
      : param(disc, 'items', 'list')
          .value.map((i) => i.code)
          .filter((i) => !(f.disclosedItems ?? []).includes(i as never));
  return missingItems === null
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
}

/** The Xinzhou notice's insurer conditions: XZ-INS-01..05, 07..09, XZ-OPS-01..03 and XZ-DISC-01. */
export function xinzhouInsurerCriteria(p: Profile, f: Facts): Criterion[] {
  const ins04 = rule(p, 'XZ-INS-04');
  return [
    conditions(rule(p, 'XZ-INS-01'), f, [
      ['validBusinessLicence', true, bi('a valid business licence', '有效的营业执照')],
      [
        'hasStaffEquipmentFunds',
        true,
        bi('staff, equipment and funds to deliver', '人员、设备、资金方面具有相应实施能力'),
      ],
    ]),
    legalFormCriterion(p, f),
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
    auditedReport(p, f),
    creditLists(rule(p, 'XZ-INS-07'), f),
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
    ...operatingCriteria(p, f),
  ];
}

/** XZ-OPS-01..03 and XZ-DISC-01: the branch, its operation and its disclosures. */
function operatingCriteria(p: Profile, f: Facts): Criterion[] {
  return [
    branchCriterion(p, f),
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
    disclosureCriterion(p, f),
  ];
}

// XZ-INS-07 `lists`: one condition per credit list the version names (src/profiles/codes.ts)
const LIST_CONDITIONS: Readonly<Record<string, Condition>> = {
  'gsxt-serious-violation': [
    'onSeriousViolationList',
    false,
    bi('not on the serious-violation dishonesty list', '未列入严重违法失信企业名单'),
  ],
  'creditchina-dishonest-debtor': [
    'onDishonestDebtorList',
    false,
    bi('not on the dishonest judgment-debtor list', '未列入失信被执行人名单'),
  ],
};

function creditLists(r: Rule, f: Facts): Criterion {
  return conditions(
    r,
    f,
    param(r, 'lists', 'list').value.flatMap((l): Condition[] => {
      const c = LIST_CONDITIONS[l.code];
      return c === undefined ? [] : [c];
    }),
  );
}
