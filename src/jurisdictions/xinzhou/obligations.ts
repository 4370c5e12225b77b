import { bi } from '../../errors/errors.js';
import type { Bilingual } from '../../errors/messages.js';
import { conditions, criterion, rule } from '../../eligibility/criteria.js';
import {
  heldOn,
  heldSinceNotice,
  type Held,
  insuredBy,
  sharedProjectCriteria,
  type ProjectFacts,
} from '../../eligibility/obligations.js';
import type { Profile, Rule } from '../../profiles/schema.js';
import { compareValid, type CalendarDate } from '../../time/calendar-date.js';
import type { Criterion } from '../../verdict/verdict.js';

/** Out of the Xinzhou scope (一: 房屋建筑和市政基础设施工程, insured before the permit): the reason, or null. */
function xinzhouOut(f: ProjectFacts): [Bilingual, string] | null {
  if (f.kind === 'other')
    return [
      bi('not a housing or municipal work: outside the scope', '非房屋市政工程：不在适用范围内'),
      'kind',
    ];
  if (f.needsConstructionPermit === false)
    return [
      bi('needs no construction permit: outside the scope', '无需施工许可证：不在适用范围内'),
      'needsConstructionPermit',
    ];
  return null;
}

/**
 * XZ-SCOPE-02 (一): ¶1 "本通知印发前，已取得施工许可证的项目，已投保与安全生产相关的其他险种的，应当增加或将
 * 其调整为安责险"; ¶2 "自实施之日起，本市行政区域内所有未购买安责险的新建和在建项目均须按照本通知执行，已购买
 * 安责险的在建项目应满足本通知中关于事故预防技术服务和理赔的相关要求". Read with ¶2 (wider than the rules
 * catalogue's first text): every project permitted before the notice must hold 安责险 — one holding another
 * safety insurance adds or converts it, one holding none insures; one already holding 安责险 passes, and the
 * notice's prevention-service and claims rules apply to it as to any other.
 */
function xinzhouConversion(p: Profile, f: ProjectFacts, asOf: CalendarDate): Criterion {
  const r = rule(p, 'XZ-SCOPE-02');
  const out = xinzhouOut(f);
  if (out !== null) return criterion(r, 'pass', out[0], [out[1]]);
  if (f.permittedBeforeNotice === false)
    return criterion(
      r,
      'pass',
      bi(
        'permitted after the notice: a new project, insured before the permit (XZ-SCOPE-01)',
        '通知印发后取得施工许可证：新建项目，按办理施工许可证前投保（XZ-SCOPE-01）',
      ),
      ['permittedBeforeNotice'],
    );
  // Having added or converted to 安责险 is holding it (since when, insuredOn or policies tell).
  const g =
    f.addedOrConvertedToAnzexian === true && f.insured === undefined ? { ...f, insured: true } : f;
  const h = heldOn(g, asOf);
  if (f.permittedBeforeNotice === true) return permittedBefore(p, r, f, g, h, asOf);
  // Permitted before or after the notice is not shown. Cover held since a day no later than the
  // notice's first possible day passes either way.
  if (h.status === 'yes' && h.since !== undefined && compareValid(h.since, p.validFrom) <= 0) {
    const ids = serviceIds(r);
    return criterion(
      r,
      'pass',
      bi(
        `holds 安责险: the notice's prevention-service and claims requirements apply (${ids.en})`,
        `已购买安责险：应满足本通知事故预防技术服务和理赔要求（${ids.zh}）`,
      ),
      h.used,
    );
  }
  return permitNotShown(r, f, h);
}

/** The prevention-service and claims rules XZ-SCOPE-02 names for a project already insured (internal). */
function serviceIds(r: Rule): Bilingual {
  const services = r.params['alreadyInsuredMeet'];
  return services?.type === 'list'
    ? bi(
        services.value.map((i) => i.name.en).join('; '),
        services.value.map((i) => i.name.zh).join('；'),
      )
    : bi('XZ-FIRMOPS-01…04', 'XZ-FIRMOPS-01…04');
}

/**
 * XZ-SCOPE-02 for a project permitted before the notice (internal): another safety insurance neither
 * added to nor converted fails; otherwise it must hold 安责险 from the notice day on (一, ¶2).
 */
function permittedBefore(
  p: Profile,
  r: Rule,
  f: ProjectFacts,
  g: ProjectFacts,
  h: Held,
  asOf: CalendarDate,
): Criterion {
  const who = bi(
    'an in-progress project permitted before the notice',
    '通知印发前已取得许可的在建项目',
  );
  const context = [
    'permittedBeforeNotice',
    ...(f.addedOrConvertedToAnzexian === undefined ? [] : ['addedOrConvertedToAnzexian']),
  ];
  if (
    h.status !== 'yes' &&
    f.otherSafetyInsurance === true &&
    f.addedOrConvertedToAnzexian === false
  )
    return criterion(
      r,
      'fail',
      bi(
        `permitted before the notice, holds another safety insurance, and has neither added 安责险 nor converted to it (on ${asOf})`,
        `通知印发前已取得许可，投保了其他安全相关险种，${asOf}仍未增加或调整为安责险`,
      ),
      [...context, 'otherSafetyInsurance', ...h.used],
    );
  const late = heldSinceNotice(
    r,
    g,
    asOf,
    p,
    context,
    who,
    bi(
      `permitted before the notice and not insured with 安责险 on ${asOf}: every in-progress project without 安责险 must follow the notice and insure (一, ¶2)`,
      `通知印发前已取得许可，${asOf}未购买安责险：所有未购买安责险的在建项目均须按本通知执行（一、第二段）`,
    ),
  );
  if (
    late !== null &&
    late.status === 'unknown' &&
    f.otherSafetyInsurance === true &&
    f.addedOrConvertedToAnzexian === undefined
  )
    return criterion(r, 'unknown', late.reason, late.factsUsed, [
      ...late.factsMissing,
      'addedOrConvertedToAnzexian',
    ]);
  if (late !== null) return late;
  const ids = serviceIds(r);
  return criterion(
    r,
    'pass',
    bi(
      `${who.en} holds 安责险 from ${String(h.since)}, no later than the notice: the notice's prevention-service and claims requirements apply to it (${ids.en})`,
      `${who.zh}自${String(h.since)}起持有安责险，不晚于通知：应满足本通知事故预防技术服务和理赔要求（${ids.zh}）`,
    ),
    [...context, ...h.used],
  );
}

/** XZ-SCOPE-02 when it is not shown whether the project was permitted before the notice (internal): unknown, saying what is held. */
function permitNotShown(r: Rule, f: ProjectFacts, h: Held): Criterion {
  const notHeld =
    h.status === 'no' ||
    (f.otherSafetyInsurance === true && f.addedOrConvertedToAnzexian === false);
  return criterion(
    r,
    'unknown',
    notHeld
      ? bi(
          'not holding 安责险: not shown whether permitted before the notice (XZ-SCOPE-02) or after (XZ-SCOPE-01)',
          '未购买安责险：未说明于通知印发前（XZ-SCOPE-02）还是印发后（XZ-SCOPE-01）取得施工许可证',
        )
      : h.status === 'yes'
        ? bi(
            'holds 安责险, but not shown whether permitted before the notice (then it must hold it from the notice day on)',
            '已购买安责险，但未说明是否于通知印发前取得施工许可证（若是，应自通知施行之日起持有）',
          )
        : bi(
            'not shown whether the project was permitted before the notice, nor whether it holds 安责险 now',
            '未说明是否于通知印发前取得施工许可证，也未说明现在是否已购买安责险',
          ),
    [
      ...h.used,
      ...(['otherSafetyInsurance', 'addedOrConvertedToAnzexian'] as const).filter(
        (k) => f[k] !== undefined,
      ),
    ],
    ['permittedBeforeNotice', ...(h.status === 'unknown' ? ['insured'] : [])],
  );
}

/**
 * A project's obligations under the Xinzhou notice: XZ-SCOPE-01 (insured before the permit is applied
 * for), XZ-SCOPE-02 (projects permitted before the notice), XZ-PARTY-02 (the contract reported) and the
 * shared criteria.
 */
export function xinzhouProjectObligations(
  p: Profile,
  f: ProjectFacts,
  asOf: CalendarDate,
): Criterion[] {
  const shared = sharedProjectCriteria(p, f, asOf);
  const scope01 = rule(p, 'XZ-SCOPE-01');
  const out = xinzhouOut(f);
  return [
    out !== null
      ? criterion(scope01, 'pass', out[0], [out[1]])
      : f.permittedBeforeNotice === true
        ? criterion(
            scope01,
            'pass',
            bi(
              'permitted before the notice: insurance before the permit cannot apply; XZ-SCOPE-02 governs',
              '通知印发前已取得施工许可证：不适用许可前投保，按XZ-SCOPE-02办理',
            ),
            ['permittedBeforeNotice'],
          )
        : insuredBy(
            scope01,
            f,
            asOf,
            'permitApplicationDate',
            bi('before the construction permit is applied for', '办理施工许可证前'),
          ),
    xinzhouConversion(p, f, asOf),
    conditions(rule(p, 'XZ-PARTY-02'), f, [
      [
        'reportedToHousingAuthority',
        true,
        bi(
          'the contract reported to the local housing authority',
          '已报告所在地住房城乡建设主管部门',
        ),
      ],
    ]),
    ...shared,
  ];
}
