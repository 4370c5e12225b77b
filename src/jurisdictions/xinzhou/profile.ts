// 忻州市 — 忻州市住房和城乡建设局、国家金融监管总局忻州监管分局《关于落实〈山西省住房和城乡建设厅
// 国家金融监督管理总局山西监管局关于做好房屋市政工程安全生产责任保险有关工作的通知〉的通知》.
// The notice bears no document number and no date: it is cited by a short title, and its issue date
// is null with the reason. `deriveProfile` lets a caller who knows the date supply it.
import { deepFreeze } from '../../_lib/freeze.js';
import { parseDate } from '../../time/calendar-date.js';
import { param, rulesOf } from '../../profiles/build.js';
import type { Profile } from '../../profiles/schema.js';

const DOC = '忻州市落实晋建质规字〔2024〕161号的通知';
const rule = rulesOf(DOC);

const CERTIFICATES = param.list([
  ['registered-safety-engineer', '国家注册安全工程师', 'registered safety engineer'],
  ['first-class-constructor', '国家注册一级建造师', 'first-class registered constructor'],
  ['first-class-architect', '国家注册一级建筑师', 'first-class registered architect'],
  [
    'first-class-structural-engineer',
    '国家注册一级结构师',
    'first-class registered structural engineer',
  ],
  ['supervision-engineer', '国家注册监理工程师', 'registered supervision engineer'],
  ['fire-engineer', '国家注册消防工程师', 'registered fire engineer'],
  ['civil-engineer', '国家注册土木工程师', 'registered civil engineer'],
]);

// The fields a quote letter (XZ-OPS-04) and a policy (XZ-OPS-05) must state, each written once.
const FIELD = {
  'project-name': ['项目名称', 'project name'],
  'project-address': ['工程地址', 'project address'],
  'project-category': ['工程类别', 'project category'],
  'contract-period': ['工程合同期限', 'contract period'],
  'contract-amount': ['工程合同金额', 'contract amount'],
  'insurance-period': ['保险期限', 'insurance period'],
  'insurance-plan': ['保险方案', 'insurance plan'],
  'premium-rate': ['保险费率', 'premium rate'],
  'coverage-amount': ['保障额度', 'coverage amount'],
  'prevention-service-plan': ['事故预防技术服务方案', 'prevention service plan'],
  'prevention-fee-ratio': ['事故预防技术服务费用比例', 'prevention service fee ratio'],
} as const;
const fields = (...codes: (keyof typeof FIELD)[]) =>
  param.list(codes.map((c) => [c, FIELD[c][0], FIELD[c][1]]));

/** Xinzhou City (Shanxi): housing and municipal works; issue date not stated by the source. */
export const xinzhou: Profile = deepFreeze({
  id: 'xinzhou',
  version: 'undated',
  name: { zh: '忻州市', en: 'Xinzhou City (Shanxi)' },
  level: 'city',
  parent: 'shanxi',
  nationalBasis: 'national-2025',
  document: {
    number: null,
    title: {
      zh: '关于落实《山西省住房和城乡建设厅 国家金融监督管理总局山西监管局关于做好房屋市政工程安全生产责任保险有关工作的通知》的通知',
      en: 'Notice implementing the Shanxi notice on work-safety liability insurance for housing and municipal works (晋建质规字〔2024〕161号)',
    },
    issuers: ['忻州市住房和城乡建设局', '国家金融监管总局忻州监管分局'],
    issued: null,
    issuedNote: {
      zh: '原文未载明印发日期；文中要求2023年度审计报告并落实2024年文件，故不早于2024年。',
      en: 'The source does not state its issue date; it implements a 2024 notice and asks for 2023 audited accounts, so it was issued in 2024 or later.',
    },
    inForceFrom: null,
    inForceUntil: null,
    supersedes: [],
    implements: ['晋建质规字〔2024〕161号'],
    source: 'xinzhou-construction-notice.txt',
  },
  validFrom: parseDate('2024-01-01'),
  validUntil: null,
  scope: {
    sectors: [
      { code: 'construction', name: { zh: '建筑施工', en: 'Construction' }, status: 'mandatory' },
    ],
    projectKinds: [
      { code: 'housing', name: { zh: '房屋建筑工程', en: 'Housing works' }, status: 'mandatory' },
      {
        code: 'municipal',
        name: { zh: '市政基础设施工程', en: 'Municipal infrastructure works' },
        status: 'mandatory',
      },
    ],
    note: {
      zh: '全市房屋建筑和市政基础设施工程，以项目为单位在办理施工许可证前投保。原文未设费率：报价以保险机构费率为准。',
      en: "All housing and municipal works, per project, before the permit is applied for. No premium rate is set: a quote uses the insurer's rate.",
    },
  },
  pricing: {
    baseKinds: [{ kind: 'contract-price', ruleId: 'XZ-OPS-04' }],
    referenceRateRule: null,
    bandRule: null,
    floatDirectionRule: null,
    note: {
      zh: '通知未设费率：报价须提供保险机构的费率，报价函载明该费率（XZ-OPS-04）。',
      en: "The notice sets no rate: a quote needs the insurer's rate, which the quote letter states (XZ-OPS-04).",
    },
  },
  warnings: [
    {
      code: 'issue-date-not-stated',
      message: {
        zh: '忻州通知未载明印发日期，其生效日和1年试行期的终止日无法确定；可用 deriveProfile 补充印发日期。',
        en: "Xinzhou's notice does not state its issue date, so its start and the end of its 1-year trial cannot be computed; supply the date with deriveProfile.",
      },
    },
  ],
  rules: [
    // 一、实施范围
    rule(
      'XZ-SCOPE-01',
      'check',
      '一',
      '房屋市政工程以项目为单位，在办理施工许可证前投保安责险。',
      'Every project insured, per project, before the construction permit is applied for.',
      {
        params: {
          insureBy: param.code('before-permit-application'),
          policyUnit: param.code('project'),
        },
        families: ['mandatory-scope'],
      },
    ),
    rule(
      'XZ-SCOPE-02',
      'check',
      '一',
      '自实施之日起，所有未购买安责险的新建和在建项目均须按通知投保：通知印发前已取得施工许可证、已投保其他安全相关险种的项目，应增加或调整为安责险；未投保任何险种的，应投保安责险；已购买安责险的在建项目应满足通知关于事故预防技术服务和理赔的要求。',
      'From the notice on, every new or in-progress project without 安责险 must insure: one permitted before the notice holding another safety-related insurance adds or converts to 安责险, one holding none insures; an in-progress project already holding 安责险 meets the notice’s prevention-service and claims requirements.',
      {
        params: {
          alreadyInsuredMeet: param.list([
            [
              'prevention-service',
              '事故预防技术服务：XZ-SVC-01、XZ-OPS-06、XZ-FIRMOPS-01至04、XZ-ARCH-01',
              'prevention services: XZ-SVC-01, XZ-OPS-06, XZ-FIRMOPS-01 to 04, XZ-ARCH-01',
            ],
            ['claims', '理赔：XZ-CLAIM-01、XZ-CLAIM-02', 'claims: XZ-CLAIM-01, XZ-CLAIM-02'],
          ]),
        },
        note: [
          '一第二段“自实施之日起，本市行政区域内所有未购买安责险的新建和在建项目均须按照本通知执行”比规则目录原文宽：通知印发前已取得许可、未投保任何险种的在建项目同样须投保，自通知实施之日起即应投保（原文未给宽限期）。以原文为准。',
          'Read with 一 ¶2 ("所有未购买安责险的新建和在建项目均须按照本通知执行"), wider than the catalogue’s first text: an in-progress project permitted before the notice with no insurance at all must insure too, from the day the notice takes effect (the source gives no grace period). The source wins.',
        ],
      },
    ),
    // 二、投保方式
    rule(
      'XZ-PARTY-01',
      'calc',
      '二',
      '施工单位自主选择保险机构；总分包按分包合同分担保费；联合体由主体方统一投保、成员按约定分担；分阶段施工以施工合同为单位投保。',
      'The contractor chooses the insurer; contractors share the premium by subcontract; a joint venture’s lead buys for all and members share as agreed; phased projects: one policy per construction contract.',
      {
        params: {
          shareBasis: param.list([
            ['subcontract', '分包合同约定', 'as the subcontract says'],
            ['joint-venture-agreement', '联合体合同约定', 'as the joint-venture agreement says'],
          ]),
          phasedPolicyUnit: param.code('construction-contract'),
        },
      },
    ),
    rule(
      'XZ-PARTY-02',
      'check',
      '二',
      '保险合同签订后，投保单位及时报告所在地住房城乡建设主管部门。',
      'After signing, the policyholder reports the contract to the local housing authority.',
    ),
    // 三、承保机构条件
    rule(
      'XZ-INS-01',
      'check',
      '三(一)',
      '具备有效营业执照，人员、设备、资金具有相应实施能力。',
      'Valid business licence; staff, equipment and funds to deliver.',
    ),
    rule(
      'XZ-INS-02',
      'check',
      '三(二)',
      '中国境内注册的具有独立法人资格的保险公司或其授权的分支机构。',
      'An insurer registered in China with independent legal-person status, or its authorised branch.',
    ),
    rule(
      'XZ-INS-03',
      'check',
      '三(三)',
      '具有国家金融监督管理总局或其派出机构颁发的《保险许可证》。',
      'Holds an insurance licence issued by the NFRA or its local office.',
    ),
    rule(
      'XZ-INS-04',
      'check',
      '三(四)',
      '拟投入本项目的项目负责人工作年限不少于5年。',
      "The insurer's project lead has at least 5 years of work experience.",
      {
        params: { minimum: param.count(5, 'years') },
      },
    ),
    rule(
      'XZ-INS-05',
      'check',
      '三(五)',
      '提供第三方会计师事务所出具的2023年度财务审计报告（含偿付能力报表）。',
      'A third-party audited financial report for fiscal year 2023, including solvency statements.',
      {
        params: { fiscalYear: param.count(2023, 'fiscal-year') },
      },
    ),
    rule(
      'XZ-INS-06',
      'check',
      '三(六)',
      '负责人为同一人或存在控股、管理关系的不同单位，不得同时参加本项目的备案。',
      'Insurers with the same principal or a control/management relation must not both register for one project.',
    ),
    rule(
      'XZ-INS-07',
      'check',
      '三(七)',
      '未列入严重违法失信企业名单和失信被执行人名单。',
      'Not on the serious-violation dishonesty list nor the dishonest judgment-debtor list.',
      {
        params: {
          lists: param.list([
            [
              'gsxt-serious-violation',
              '国家企业信用信息公示系统严重违法失信企业名单',
              'serious-violation list (National Enterprise Credit Information Publicity System)',
            ],
            [
              'creditchina-dishonest-debtor',
              '信用中国失信被执行人名单',
              'dishonest judgment-debtor list (Credit China)',
            ],
          ]),
        },
      },
    ),
    rule(
      'XZ-INS-08',
      'check',
      '三(八)',
      '具有充足承保理赔服务经验和充足事故预防技术服务经验。',
      'Sufficient underwriting/claims and prevention-service experience.',
    ),
    rule(
      'XZ-INS-09',
      'check',
      '三(九)',
      '满足保险监督管理机构规定的其他条件。',
      'Any other conditions of the insurance regulator.',
    ),
    // 四、承保机构工作要求
    rule(
      'XZ-OPS-01',
      'check',
      '四(一)',
      '同一公司在本市注册唯一地市级分支机构，经上级公司授权，并告知市应急、住建、金融监管部门。',
      'One prefecture-level branch per company in Xinzhou, authorised by head office and reported to the city authorities.',
    ),
    rule(
      'XZ-OPS-02',
      'check',
      '四(二)',
      '具备专门管理团队负责安责险管理工作。',
      'A dedicated management team for the line.',
    ),
    rule(
      'XZ-OPS-03',
      'check',
      '四(三)',
      '一次性收取全额保费后出具保单，禁止拆分缴费期限、拆分保单。',
      'Full premium collected at once before the policy is issued; no instalments, no split policies.',
    ),
    rule(
      'XZ-OPS-04',
      'check',
      '四(四)',
      '报价函应载明项目名称、工程地址、工程类别、合同期限、合同金额、保险方案、保险费率、保障额度、事故预防技术服务方案及费用比例；无正当理由不得拒绝承保。',
      'A quote letter states the ten listed fields; no refusal to quote without good reason.',
      {
        params: {
          requiredFields: fields(
            'project-name',
            'project-address',
            'project-category',
            'contract-period',
            'contract-amount',
            'insurance-plan',
            'premium-rate',
            'coverage-amount',
            'prevention-service-plan',
            'prevention-fee-ratio',
          ),
        },
      },
    ),
    rule(
      'XZ-OPS-05',
      'check',
      '四(五)',
      '保险单应列明项目名称、工程地址、合同期限、合同金额、保险期限、保险费率、保障额度、保险方案、事故预防技术服务方案。',
      'A policy states the nine listed fields.',
      {
        params: {
          requiredFields: fields(
            'project-name',
            'project-address',
            'contract-period',
            'contract-amount',
            'insurance-period',
            'premium-rate',
            'coverage-amount',
            'insurance-plan',
            'prevention-service-plan',
          ),
        },
      },
    ),
    rule(
      'XZ-OPS-06',
      'check',
      '四(六)',
      '不得以任何理由拒绝履行服务义务，不得另外收取费用。',
      'Prevention services are owed under the policy: never refused, never charged extra.',
    ),
    // 五、展业告知
    rule(
      'XZ-DISC-01',
      'check',
      '五',
      '开展业务前向市住建局告知基本信息、营业执照、保险许可证、资质能力证明、保险方案、条款、管理团队、承保理赔及事故预防服务方案；未告知不得开展业务。',
      'Before business the insurer discloses the listed items to the city housing bureau; not disclosed → may not do business.',
      {
        params: {
          items: param.list([
            ['basic-information', '基本信息', 'basic information'],
            ['business-licence', '营业执照', 'business licence'],
            ['insurance-licence', '保险许可证', 'insurance licence'],
            ['capability-proofs', '资质能力证明', 'capability proofs'],
            ['insurance-plan', '保险方案', 'insurance plan'],
            ['policy-clauses', '保险条款', 'policy clauses'],
            ['management-team', '管理团队信息', 'management team'],
            ['claims-service-plan', '承保理赔服务方案', 'underwriting and claims service plan'],
            [
              'prevention-service-plan',
              '事故预防技术服务方案（含第三方机构考核制度）',
              'prevention service plan (with the assessment scheme for third-party firms)',
            ],
          ]),
        },
      },
    ),
    // 六、投保流程
    rule(
      'XZ-APP-01',
      'check',
      '六',
      '投保资料：施工合同（及中标通知书）、盖章投保单、企业信息证明、保险机构要求的其他资料。',
      'Application documents: contract (and award notice), stamped application form, enterprise documents, others required.',
      {
        params: {
          documents: param.list([
            [
              'construction-contract',
              '施工合同、工程中标通知书（如有）',
              'construction contract and bid award notice (if any)',
            ],
            ['application-form', '投保人盖章的投保单', 'stamped application form'],
            [
              'enterprise-documents',
              '企业信息证明（企业证照、安全生产负责人信息）',
              'enterprise documents (licences, safety lead)',
            ],
            ['insurer-other', '保险机构要求的其他必要资料', 'other documents the insurer requires'],
          ]),
        },
      },
    ),
    rule(
      'XZ-SVC-01',
      'date',
      '六',
      '承保出单一个月内确定和登记保险服务团队、第三方技术服务机构和项目服务团队。',
      'Within 1 month of issuing the policy the insurer fixes and registers the service teams and the third-party firm.',
      {
        params: {
          within: param.count(1, 'months'),
          entrustThirdParty: param.bool(true),
          registers: param.list([
            [
              'insurer-service-team',
              '承保项目的保险服务团队',
              'the insurer’s service team for the project',
            ],
            [
              'third-party-firm',
              '第三方技术服务机构的公司信息',
              'the third-party service firm’s company information',
            ],
            [
              'project-service-team',
              '项目事故预防技术服务团队',
              'the project’s prevention-service team',
            ],
          ]),
        },
        note: [
          '六“保险机构承保后，应委托第三方技术服务机构……提供……事故预防技术服务”与“应在承保出单一个月内……确定和登记”：checkServiceDelivery 检查是否已委托第三方机构、是否在一个月内（月末对齐）登记；期限未到的尚未到期。',
          '六 "保险机构承保后，应委托第三方技术服务机构…" and "应在承保出单一个月内…确定和登记": checkServiceDelivery checks that a third-party firm is entrusted and the teams registered within the month (end-of-month clamped); before the due date it is not yet due.',
        ],
      },
    ),
    rule(
      'XZ-ARCH-01',
      'date',
      '六',
      '服务档案留存期限至少为5年且工程完工后保留不少于2年。',
      'Service archives kept at least 5 years and at least 2 years after completion (both must hold).',
      {
        params: {
          minimum: param.count(5, 'years'),
          minimumAfterCompletion: param.count(2, 'years'),
        },
        families: ['archive-retention'],
      },
    ),
    rule(
      'XZ-CLAIM-01',
      'date',
      '六',
      '投保单位出险后24小时内通过报案电话向保险机构报案。',
      'The policyholder reports an accident to the insurer within 24 hours.',
      {
        params: { within: param.count(24, 'hours') },
      },
    ),
    rule(
      'XZ-CLAIM-02',
      'data',
      '六',
      '设立理赔服务团队和24小时服务专线，应赔尽赔、能赔快赔，理赔后提出风险管控建议。',
      'A claims team and a 24-hour hotline; pays all that is owed, quickly; risk-control advice after each claim.',
    ),
    // 七、技术服务机构基本要求
    rule(
      'XZ-FIRM-01',
      'check',
      '七(一)',
      '具备建筑行业安全生产技术服务专业能力和健全的服务质量控制体系。',
      'Construction-safety technical service capability and a quality-control system.',
    ),
    rule(
      'XZ-FIRM-02',
      'check',
      '七(二)',
      '具有同类工程监理专业乙级及以上资质，或两年以上受托开展风险管理服务经验的咨询机构。',
      'A supervision qualification of grade B or above, or ≥ 2 years of commissioned risk-management service.',
      {
        params: {
          minimumSupervisionGrade: param.code('grade-b'),
          minimumServiceYears: param.count(2, 'years'),
        },
      },
    ),
    rule(
      'XZ-FIRM-03',
      'check',
      '七(三)',
      '商业信誉良好，近三年内未有被执行或不良行为记录。',
      'Good reputation; no enforcement or bad-conduct record in the last 3 years.',
      {
        params: { lookback: param.count(3, 'years') },
      },
    ),
    rule(
      'XZ-FIRM-04',
      'check',
      '七(四)',
      '有固定的安责险事故预防技术服务团队。',
      'A fixed 安责险 prevention-service team.',
    ),
    rule(
      'XZ-FIRM-05',
      'check',
      '七(五)',
      '高级职称+注册证书+15年以上不少于1人；注册证书+10年以上不少于3人；5年以上专业人员不少于5人。',
      'Staff: ≥ 1 senior title + certificate + 15 years; ≥ 3 certificate + 10 years; ≥ 5 professionals with 5 years.',
      {
        params: {
          tiers: param.table(
            ['tier', 'minPersons', 'minYears', 'seniorTitle', 'certificate'],
            [
              ['1', '1', '15', 'yes', 'yes'],
              ['2', '3', '10', 'no', 'yes'],
              ['3', '5', '5', 'no', 'no'],
            ],
          ),
          certificates: CERTIFICATES,
          defaultReading: param.code('distinct-persons'),
        },
        note: [
          '原文未说明同一人能否在多档计数：默认按不同人员（更严），可选按重叠计数。',
          'The source does not say whether one person may count in two tiers: distinct persons by default (stricter); overlapping as an option.',
        ],
      },
    ),
    // 八、技术服务机构工作要求
    rule(
      'XZ-FIRMOPS-01',
      'check',
      '八(一)(二)',
      '每个项目设固定服务团队；每次服务项目负责人必须到场，技术服务人员不少于1名。',
      'A fixed team per project; at every visit the project lead is on site with at least 1 technical staff member.',
      {
        params: {
          minimumTechnicalStaffPerVisit: param.count(1, 'persons'),
          projectLeadOnSite: param.bool(true),
        },
      },
    ),
    rule(
      'XZ-FIRMOPS-02',
      'check',
      '八(三)',
      '与所服务工程参建单位无利害关系，不参与该工程勘察、设计、施工、监理、材料供应。',
      'Independence: no interest in any party; no survey, design, construction, supervision or supply on the project.',
    ),
    rule(
      'XZ-FIRMOPS-03',
      'check',
      '八(六)',
      '不得拆包、分包、转包给第三人。',
      'No splitting, subcontracting or transfer of the service.',
    ),
    rule(
      'XZ-FIRMOPS-04',
      'date',
      '八(八)',
      '每次服务后及时上传隐患和服务报告；重大隐患立即整改，一般隐患在规定时间内整改，并上传整改情况。',
      'After each visit, hazards and the report are uploaded; major hazards rectified immediately, general ones by their deadline, each upload recorded.',
      {
        documentary: ['reportsTo', 'blockedServiceReportTo'],
        params: {
          reportsTo: param.list([
            ['insurer', '保险机构', 'the insurer'],
            ['policyholder', '投保单位', 'the policyholder'],
          ]),
          blockedServiceReportTo: param.list([
            ['insurer', '保险机构', 'the insurer'],
            ['housing-authority', '相关建设行政管理部门', 'the construction authority'],
          ]),
        },
        note: [
          '同属“服务报告”的八(四)（每次服务后向保险机构和投保单位出具服务报告）和八(五)（因项目方原因无法服务的，及时报告保险机构和建设行政管理部门）随本规则检查，判定引用各自段落；八(五)“定期报送”至建设行政管理部门未规定周期，无法计算期限。“立即完成整改”按发现当日理解。',
          'The service reports of 八(四) (after each service, a report to the insurer and the policyholder) and 八(五) (a service the project side prevents is reported to the insurer and the construction authority) are checked with this rule, each verdict citing its own paragraph; 八(五)’s "定期报送" to the construction authority sets no period, so no deadline can be computed. "立即完成整改" is read as on the day the hazard is found.',
        ],
      },
    ),
    // 九、监督管理
    rule(
      'XZ-SUP-01',
      'data',
      '九',
      '住建部门对保险机构和第三方服务机构考核，连续多次考核靠后的予以惩戒。',
      'Housing authorities rank insurers and firms; repeated low ranking is penalised.',
    ),
    rule(
      'XZ-TERM-01',
      'date',
      '九',
      '本通知自印发之日起实施，试行期为1年。',
      'Trial period: 1 year from the issue date.',
      {
        params: { trial: param.count(12, 'months') },
        note: [
          '印发日期未载明，试行期终止日需调用方提供印发日期后计算。',
          'The issue date is not stated: the trial end can be computed only once a caller supplies it.',
        ],
      },
    ),
  ],
});
