// 安徽省 — 建质规〔2025〕6号《关于深化房屋建筑和市政基础设施工程安全生产责任保险工作的通知》.
// Each rule below follows the section of the notice it encodes; the rule IDs are the rules catalogue's.
import { deepFreeze } from '../../_lib/freeze.js';
import { percent, permille } from '../../money/rate.js';
import { parseDate } from '../../time/calendar-date.js';
import { param, rulesOf } from '../../profiles/build.js';
import type { Profile } from '../../profiles/schema.js';

const DOC = '建质规〔2025〕6号';
const rule = rulesOf(DOC);

/** Anhui Province, 建质规〔2025〕6号 (issued and in force 2025-10-29): housing and municipal works. */
export const anhui: Profile = deepFreeze({
  id: 'anhui',
  version: '2025-10-29',
  name: { zh: '安徽省', en: 'Anhui Province' },
  level: 'province',
  parent: null,
  nationalBasis: 'national-2025',
  document: {
    number: DOC,
    title: {
      zh: '关于深化房屋建筑和市政基础设施工程安全生产责任保险工作的通知',
      en: 'Notice on deepening work-safety liability insurance for housing and municipal infrastructure works',
    },
    issuers: ['安徽省住房和城乡建设厅', '安徽省应急管理厅', '国家金融监督管理总局安徽监管局'],
    issued: parseDate('2025-10-29'),
    inForceFrom: parseDate('2025-10-29'),
    inForceUntil: null,
    supersedes: ['建质函〔2022〕183号'],
    implements: ['应急〔2025〕27号'],
    source: 'anhui-2025-jianzhigui-6.txt',
  },
  validFrom: parseDate('2025-10-29'),
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
      zh: '全省依法需要申请施工许可证的房屋市政工程；其他领域建设工程按国家和省相关规定执行。',
      en: 'Housing and municipal works that need a construction permit; other construction follows national and provincial rules.',
    },
  },
  pricing: {
    baseKinds: [
      { kind: 'contract-price', ruleId: 'AH-RATE-01' },
      { kind: 'remaining-contract-price', ruleId: 'AH-COST-03' },
    ],
    referenceRateRule: 'AH-RATE-02',
    bandRule: 'AH-RATE-03',
    floatDirectionRule: null,
    note: {
      zh: '以施工合同价款（已开工项目可按剩余工程合同价款）乘以参考费率1.65‰，上下浮动不超过20%。',
      en: 'Contract price (or the remaining work’s for a started project) × the 1.65‰ reference rate, floated by at most ±20%.',
    },
  },
  warnings: [],
  rules: [
    // 一(一) 投保范围
    rule(
      'AH-SCOPE-01',
      'check',
      '一(一)',
      '依法需要申请施工许可证的房屋市政工程在开工前投保，实现应保尽保。',
      'Every housing/municipal project needing a construction permit is insured before work starts; target: all insured.',
      {
        params: {
          insureBy: param.code('before-work-starts'),
          needsConstructionPermit: param.bool(true),
          target: param.rate(percent(100)),
        },
        families: ['mandatory-scope'],
        note: [
          '一(五)“已开工的工程项目可按照剩余工程量与保险机构签订安责险保险合同”规定已开工项目的计费基数（AH-COST-03），不是豁免：通知施行前已开工的项目自通知施行之日起即应投保（应保尽保）。开工日尚未到来的项目尚无投保义务；未提供开工日期的为未知。',
          '一(五) ("已开工的工程项目可按照剩余工程量…") sets the premium base of a project already started (AH-COST-03); it is not an exemption: a project started before the notice must hold 安责险 from the day the notice took effect (应保尽保). Nothing is due before work starts; a start date not given leaves the verdict unknown.',
        ],
      },
    ),
    // 一(二) 投保单位
    rule(
      'AH-PARTY-01',
      'data',
      '一(二)',
      '由施工总承包单位或建设单位直接发包的承包单位以工程项目为单位投保。',
      'The general contractor (or a contractor engaged directly by the owner) insures, one policy per project.',
      {
        params: { policyUnit: param.code('project') },
      },
    ),
    // 一(三) 承保主体
    rule(
      'AH-INS-01',
      'check',
      '一(三)1',
      '商业信誉良好，业务开展地营业机构近三年安责险经营无重大违法违规记录。',
      'Good reputation; the local operating institution has no major 安责险 violation in the last 3 years.',
      {
        params: { lookback: param.count(3, 'years') },
      },
    ),
    rule(
      'AH-INS-02',
      'check',
      '一(三)2',
      '全省设区市（县、市、区）有配套的营业机构网点。',
      "Supporting business outlets in the province's prefecture-level cities (and their counties/districts).",
    ),
    rule(
      'AH-INS-03',
      'check',
      '一(三)3',
      '最近连续四个季度综合偿付能力充足率不低于120%，核心偿付能力充足率不低于75%。',
      'Each of the last 4 consecutive quarters: comprehensive solvency ≥ 120% and core solvency ≥ 75%; fewer than 4 quarters → unknown.',
      {
        params: {
          quarters: param.count(4, 'quarters'),
          comprehensiveMin: param.rate(percent(120)),
          coreMin: param.rate(percent(75)),
        },
      },
    ),
    rule(
      'AH-INS-04',
      'check',
      '一(三)4',
      '配备组织开展事故预防服务的管理人员。',
      'Has managers who organise accident-prevention services.',
    ),
    rule(
      'AH-INS-05',
      'check',
      '一(三)5',
      '满足保险监督管理机构规定的其他条件。',
      'Meets any other conditions of the insurance regulator (passes only when asserted).',
    ),
    // 一(四) 保险期限
    rule(
      'AH-TERM-01',
      'date',
      '一(四)',
      '保险期限覆盖施工全过程，一般自保险合同载明的起始日起至竣工验收备案之日止。',
      "The policy covers the whole construction: by default from the policy start to the project's completion-acceptance filing date.",
      {
        params: { defaultEnd: param.code('completion-acceptance-filing') },
        note: [
          '检查：各保单（含续保）自开工之日（通知施行前已开工的，自通知施行之日起）至竣工验收备案之日连续覆盖，续保自前一保单终止次日起即为无间断。已知竣工验收备案日期时，其前的任何间断（无论是否已开始）均为不符合；未提供该日期时，已开始的间断为不符合，尚未到来的间断为未知；计划竣工日期只用于发现未达该日的保障。',
          'The check: the policies, renewals included, cover without a gap from the start of work (for a project started before the notice, from the day the notice took effect) to the completion-acceptance filing date; a renewal from the day after the previous policy ends leaves no gap. With the filing date known, any gap before it fails, begun or not; without it, a gap already begun fails and one still ahead is unknown; a planned completion date only finds a cover that stops short of it.',
        ],
      },
    ),
    rule(
      'AH-TERM-02',
      'check',
      '一(四)',
      '除被依法关闭取缔、完全停止生产经营活动外，不得延迟续保或退保。',
      'No delayed renewal and no surrender, unless closed by law or fully stopped operating.',
      {
        params: {
          exceptions: param.list([
            ['closed-by-law', '被依法关闭取缔', 'closed by law'],
            ['fully-stopped', '完全停止生产经营活动', 'fully stopped operating'],
          ]),
        },
      },
    ),
    // 一(五) 费用列支
    rule(
      'AH-COST-01',
      'data',
      '一(五)',
      '安责险在工程造价中作为不可竞争性费用单独列支，专款专用。',
      'The premium is a non-competitive cost item listed separately in the project cost, earmarked.',
    ),
    rule(
      'AH-COST-02',
      'check',
      '一(五)',
      '建设单位开工前一次性足额支付，投保单位足额缴纳，不得摊派给从业人员。',
      'The owner pays in full, at once, before work starts; the policyholder pays in full; never passed on to workers.',
      {
        params: { payBy: param.code('before-work-starts'), instalments: param.bool(false) },
        families: ['premium-paid-by-unit'],
      },
    ),
    rule(
      'AH-COST-03',
      'calc',
      '一(五)',
      '已开工的工程项目可按剩余工程量投保，以剩余工程的合同价款为计费基数。',
      'A project already started may be insured on the remaining work: the base is the contract price of the remaining work.',
      {
        params: { baseKind: param.code('remaining-contract-price') },
      },
    ),
    rule(
      'AH-COST-04',
      'data',
      '一(五)',
      '工程结算时，发承包双方确认的安责险计入工程造价。',
      'At settlement the premium confirmed by both contract parties goes into the project cost.',
    ),
    // 一(六) 赔偿范围
    rule(
      'AH-COVER-01',
      'data',
      '一(六)',
      '赔偿从业人员人身伤亡、第三者人身伤亡和财产损失，及抢险救援、医疗救护、事故鉴定、法律诉讼等费用。',
      "Covers workers' death and injury, third-party death/injury and property loss, and rescue, medical, appraisal and legal costs.",
      {
        params: {
          covers: param.list([
            ['worker-injury', '从业人员人身伤亡', "workers' death and injury"],
            ['third-party-injury', '第三者人身伤亡', 'third-party death and injury'],
            ['third-party-property', '第三者财产损失', 'third-party property loss'],
            ['rescue', '事故抢险救援费用', 'rescue costs'],
            ['medical', '医疗救护费用', 'medical costs'],
            ['appraisal', '事故鉴定费用', 'accident-appraisal costs'],
            ['legal', '法律诉讼费用', 'legal costs'],
          ]),
        },
        // a data rule: what a policy covers is shown to people; no input describes a policy's cover
        documentary: ['covers'],
      },
    ),
    rule(
      'AH-COVER-02',
      'check',
      '一(六)',
      '覆盖全体从业人员，保险金额实行同一标准，不得因用工方式、工作岗位差别对待。',
      'All workers covered with one insured amount, whatever their employment form or post.',
      {
        families: ['all-workers-covered'],
      },
    ),
    // 一(七) 责任限额
    rule(
      'AH-LIMIT-01',
      'data',
      '一(七)',
      '工程项目总保险责任限额应与工程项目规模相匹配。',
      "The project's total liability limit matches its scale (no figure given).",
    ),
    rule(
      'AH-LIMIT-02',
      'check',
      '一(七)',
      '每人死亡伤残责任限额不得低于60万元。',
      'Per-person death/disability limit at least 600,000 yuan.',
      {
        params: { minimum: param.money('600000') },
        families: ['per-person-limit'],
      },
    ),
    // 一(八) 保险费率
    rule(
      'AH-RATE-01',
      'calc',
      '一(八)',
      '以工程施工合同中载明的合同价款为计算基数。',
      'Premium base: the contract price stated in the construction contract.',
      {
        params: { baseKind: param.code('contract-price') },
      },
    ),
    rule(
      'AH-RATE-02',
      'calc',
      '一(八)',
      '暂定房屋市政工程安责险参考费率为1.65‰。',
      'Provisional reference rate 1.65‰ for housing and municipal works.',
      {
        params: { reference: param.rate(permille('1.65')) },
      },
    ),
    rule(
      'AH-RATE-03',
      'calc',
      '一(八)',
      '根据事故记录、标准化建设、违法失信、配合整改隐患等因素，在参考费率基础上上下浮动20%。',
      'The insurer floats the rate by at most ±20% of the reference rate; effective rate within [1.32‰, 1.98‰].',
      {
        documentary: ['factors'],
        params: {
          maxUp: param.rate(percent(20)),
          maxDown: param.rate(percent(20)),
          floor: param.rate(permille('1.32')),
          ceiling: param.rate(permille('1.98')),
          factors: param.list([
            ['accident-record', '事故记录和等级', 'accident record and grade'],
            ['standardisation', '安全生产标准化建设情况', 'safety standardisation'],
            ['violations-dishonesty', '安全生产违法失信行为', 'safety violations and dishonesty'],
            ['hazard-rectification', '配合整改事故隐患情况', 'cooperation in rectifying hazards'],
          ]),
        },
        note: [
          '文件列出浮动因素但未给出评分表：由保险机构给出各项调整。',
          'The notice lists the factors but no scoring table: the insurer supplies each adjustment.',
        ],
      },
    ),
    rule(
      'AH-RATE-04',
      'data',
      '一(八)',
      '待国家安责险行业标准条款和指导费率发布后调整。',
      'The reference rate is to be replaced when national standard clauses and guiding rates are published.',
    ),
    rule(
      'AH-RATE-05',
      'check',
      '一(八)',
      '不得恶意低价承保妨碍市场公平竞争。',
      'No malicious under-pricing: a rate below the band floor is a violation.',
      {
        params: { floor: param.rate(permille('1.32')) },
      },
    ),
    // 二、事故预防服务
    rule(
      'AH-PREV-01',
      'data',
      '二(一)',
      '事故预防服务内容包括宣传教育培训、风险辨识评估评价、标准化建设、隐患排查、应急预案和演练、科技推广及其他。',
      'Prevention service categories: training; risk assessment; standardisation; hazard inspection; emergency plans and drills; technology; other.',
      {
        documentary: ['hazardFocus', 'drillScenarios'],
        params: {
          categories: param.list([
            ['training', '安全生产宣传教育培训', 'training and publicity'],
            [
              'risk-assessment',
              '安全风险辨识、评估和安全评价',
              'risk identification, assessment and safety evaluation',
            ],
            ['standardisation', '安全生产标准化建设', 'safety standardisation'],
            ['hazard-inspection', '生产安全事故隐患排查', 'hazard inspection'],
            ['emergency-drill', '应急预案编制和应急救援演练', 'emergency plans and drills'],
            ['technology', '安全生产科技创新、装备研发推广应用', 'technology and equipment'],
            ['other', '其他有关事故预防工作', 'other prevention work'],
          ]),
          hazardFocus: param.list([
            ['dangerous-large-works', '危大工程', 'dangerous large works'],
            ['work-at-height', '高处作业', 'work at height'],
            ['confined-space', '有限空间作业', 'confined space'],
            ['hot-work', '动火作业', 'hot work'],
            ['temporary-fire-protection', '临时消防', 'temporary fire protection'],
            ['temporary-electricity', '临时用电', 'temporary electricity'],
          ]),
          drillScenarios: param.list([
            ['crane-collapse', '建筑起重机械倒塌', 'crane collapse'],
            ['formwork-collapse', '模板坍塌', 'formwork collapse'],
            ['fall-from-height', '高处坠落', 'fall from height'],
            ['pit-collapse', '基坑坍塌', 'foundation-pit collapse'],
            ['fire', '火灾', 'fire'],
          ]),
        },
      },
    ),
    rule(
      'AH-PREV-02',
      'check',
      '二(一)',
      '每个保险年度（自保险起始日起算）每个投保项目至少1次线上或线下培训，以及1次风险辨识评估评价或隐患排查现场服务（线上服务不计）。',
      'Per insured project per policy year (anchored on the policy start): at least 1 training (online or offline) and 1 on-site risk assessment/evaluation or hazard inspection — an online one does not count.',
      {
        params: {
          trainingPerYear: param.count(1, 'times'),
          onSitePerYear: param.count(1, 'times'),
          servicePlanPerProject: param.bool(true),
        },
        note: [
          '“现场服务”：线上评估或排查不计入；只有培训可以线上。保险年度按民法典第二百零一条、第二百零二条自起始日锚定：第k个保险年度止于起始日k年后对应日的前一日，无对应日的止于该月末日，故2024-02-29至2026-02-28为两个保险年度。最后一个保险年度不足一年的，仍须提供1次培训和1次现场服务。保险机构还应根据工程项目特点制定事故预防服务计划和方案（二(一)），由 checkServiceDelivery 检查。',
          '"现场服务": an online assessment or inspection does not count; only the training may be online. Policy years are anchored on the start (Civil Code art. 201–202): year k ends the day before the day corresponding to the start k years later, or on that month’s last day where there is none, so 2024-02-29 to 2026-02-28 is two policy years. A short last policy year still owes one training and one on-site service. The insurer also draws up a service plan and scheme for each project (二(一) "根据工程项目特点，科学制定事故预防服务计划和方案"), checked by checkServiceDelivery.',
        ],
      },
    ),
    rule(
      'AH-PREV-03',
      'check',
      '二(一)',
      '存在超规模危大工程或现场安全问题突出的，增加提供隐患排查服务。',
      'Over-size dangerous works or prominent site problems: additional hazard inspections (at least one more).',
      {
        params: { extraHazardInspections: param.count(1, 'times') },
        note: [
          '“增加提供”未给次数，取至少1次。',
          '"Additional" gives no number: read as at least one more.',
        ],
      },
    ),
    rule(
      'AH-PREV-04',
      'data',
      '二(三)',
      '保险机构委托具有相应技术服务能力的机构开展事故预防服务。',
      'The insurer entrusts a capable service firm with the services.',
    ),
    rule(
      'AH-PREV-05',
      'calc',
      '二(四)',
      '按照不高于安责险实际收取保费的20%投入事故预防服务费用，专项预算，据实支出。',
      'Prevention spending ≤ 20% of the premium actually collected; a dedicated budget spent as incurred.',
      {
        params: { maxShareOfCollectedPremium: param.rate(percent(20)) },
        families: ['prevention-budget-cap'],
      },
    ),
    rule(
      'AH-PREV-06',
      'check',
      '二(四)',
      '建立事故预防服务费用专门台账；超比例或超范围使用属违规。',
      'Prevention spending is booked in a dedicated ledger; above the cap or outside prevention is a violation.',
    ),
    rule(
      'AH-PREV-07',
      'check',
      '二(五)',
      '重大事故隐患书面通知投保单位并报告保险机构和住建部门；逾期未整改的由保险机构上报住建、应急、金融监管部门。',
      'A major hazard: written notice and reports; not rectified in time → the insurer reports to housing, emergency and insurance regulators.',
      {
        documentary: ['notify', 'escalateTo', 'serviceDuties'],
        params: {
          notify: param.list([
            ['policyholder', '投保单位（书面通知）', 'policyholder (written notice)'],
            ['insurer', '保险机构', 'insurer'],
            ['local-housing', '工程所在地住房和城乡建设部门', 'local housing department'],
          ]),
          escalateTo: param.list([
            ['housing', '住房和城乡建设部门', 'housing department'],
            ['emergency-management', '应急管理部门', 'emergency-management department'],
            ['insurance-regulator', '保险监督管理机构', 'insurance regulator'],
          ]),
          serviceDuties: param.list([
            [
              'as-contracted',
              '依法依规、按合同约定提供服务',
              'serve lawfully and as the contract says',
            ],
            [
              'no-disruption',
              '不得影响被保险人正常的生产经营活动',
              'never disrupt the insured’s normal operations',
            ],
            [
              'confidentiality',
              '不得泄露被保险人的职工信息、技术秘密和商业秘密',
              'never disclose the insured’s staff information, technical or commercial secrets',
            ],
            ['truthful-reports', '保证服务报告真实准确', 'service reports true and accurate'],
            [
              'insured-cooperates',
              '被保险人积极配合并及时整改隐患',
              'the insured cooperates and rectifies hazards promptly',
            ],
          ]),
        },
        note: [
          '二(五)的服务义务（不影响生产经营、保密、报告真实准确）作为数据列出：它们没有可由事实计算的标准。',
          'The service duties of 二(五) (no disruption, confidentiality, truthful reports) are listed as data: they set no standard a computation could apply to facts.',
        ],
      },
    ),
    rule(
      'AH-PREV-08',
      'date',
      '二(六)',
      '保险机构每年对事故预防服务机构进行评估，形成书面报告。',
      'The insurer evaluates each service firm every year in a written report.',
      {
        params: { every: param.count(12, 'months') },
      },
    ),
    rule(
      'AH-ARCH-01',
      'date',
      '二(七)',
      '事故预防服务档案留存期限不少于5年，不得篡改、隐匿或销毁。',
      'Prevention service archives are kept at least 5 years, unaltered.',
      {
        params: { minimum: param.count(5, 'years') },
        families: ['archive-retention'],
      },
    ),
    // 三、理赔
    rule(
      'AH-CLAIM-01',
      'data',
      '三',
      '建立重大或典型事故快速理赔和预付赔款机制。',
      'Fast-claims and advance-payment mechanism for major or typical accidents.',
      {
        params: {
          afterAccident: param.list([
            [
              'insured-notifies',
              '被保险人及时通知保险机构',
              'the insured notifies the insurer promptly',
            ],
            [
              'insurer-replies',
              '保险机构及时答复，告知具体的赔偿程序等有关事项',
              'the insurer replies promptly with the claims procedure',
            ],
            [
              'pay-promptly',
              '按法律规定和合同约定及时赔偿保险金',
              'pays what is owed promptly, by law and contract',
            ],
          ]),
        },
        documentary: ['afterAccident'],
        note: [
          '三“及时通知”“及时给予答复”未规定期限，无法计算，作为数据列出（忻州六的同类规定 XZ-CLAIM-02 亦为数据）。',
          '三 "及时通知" and "及时给予答复" set no period, so nothing can be computed: listed as data (as Xinzhou’s like clause, XZ-CLAIM-02).',
        ],
      },
    ),
    rule(
      'AH-CLAIM-02',
      'check',
      '三',
      '可直接向受害者赔偿；被保险人怠于请求的受害者可直接请求；被保险人未赔偿受害者的，保险机构不得向其赔偿。',
      'The insurer may pay victims directly; victims may claim directly; no payment to an insured who has not compensated.',
    ),
    rule(
      'AH-CLAIM-03',
      'data',
      '三',
      '安责险赔偿不影响工伤保险等其他保险赔偿。',
      'These payments do not affect work-injury insurance claims.',
    ),
    // 四、五
    rule(
      'AH-INFO-01',
      'data',
      '四',
      '省级安责险管理平台汇集项目、承保、理赔、事故预防服务数据。',
      'A provincial platform collects project, underwriting, claims and prevention data.',
    ),
    rule(
      'AH-SUP-01',
      'data',
      '五',
      '对应保未保、不配合的企业或项目实施差别化监管。',
      'Uninsured or non-cooperating projects get differentiated supervision.',
    ),
  ],
});
