import { bi, ValidationError } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import { ensureProfile } from '../profiles/ensure.js';
import { ruleById } from '../profiles/find-rule.js';
import { activityTest, sectorTest, unknownActivityIssue, unknownSectorIssue } from '../profiles/sectors.js';
import { assertInForce } from '../profiles/profile-for.js';
import type { Profile } from '../profiles/schema.js';
import { compareValid, parseDate, type CalendarDate } from '../time/calendar-date.js';
import { UnitSchema, type Unit, type ValidUnit } from './unit.js';

/** Where a unit stands: in the mandatory scope, encouraged, or out; and its target category, if any. */
export interface Classification {
  readonly scope: 'mandatory' | 'encouraged' | 'out';
  readonly category: string | null;
  readonly ruleIds: readonly string[];
  readonly reason: Bilingual;
}

const c = (scope: Classification['scope'], category: string | null, ruleIds: string[], en: string, zh: string): Classification =>
  Object.freeze({ scope, category, ruleIds: Object.freeze(ruleIds), reason: Object.freeze(bi(en, zh)) });

// Every outcome is a constant: classifying a million units allocates nothing per unit.
const OUT = {
  byProject: (id: string) => c('out', null, [id], 'the scope is by project: classify the project', '按项目确定范围：请按项目分类'),
  bySector: (id: string) => c('out', null, [id], 'the scope is by sector: classify the enterprise', '按行业确定范围：请按企业分类'),
};
const JZ = {
  notConstruction: c('out', null, ['JZ-SCOPE-02'], 'not a construction enterprise', '非建筑施工企业'),
  statsUnknown: c('mandatory', null, ['JZ-SCOPE-02', 'JZ-TGT-01'], 'a construction enterprise; not shown whether it is in the statistics', '建筑施工企业；未说明是否纳入统计'),
  inStats: c('mandatory', 'enterprises-in-statistics', ['JZ-SCOPE-02', 'JZ-TGT-01'], 'a construction enterprise included in the statistics', '纳入统计的建筑施工企业'),
  notInStats: c('mandatory', 'enterprises-not-in-statistics', ['JZ-SCOPE-02', 'JZ-TGT-01'], 'a construction enterprise not included in the statistics', '未纳入统计的建筑施工企业'),
  otherProject: c('out', null, ['JZ-SCOPE-01'], 'not a housing or municipal project', '非房屋市政工程'),
  startUnknown: c('mandatory', null, ['JZ-SCOPE-01'], 'start date not given: cannot tell whether newly started', '未提供开工日期，无法判断是否新开工'),
  notNew: c('out', null, ['JZ-SCOPE-01'], 'started before 2020-08-01: not newly started', '2020年8月1日前开工：非新开工项目'),
  housing: c('mandatory', 'new-projects-housing', ['JZ-SCOPE-01', 'JZ-TGT-02'], 'a newly started housing project', '新开工房建项目'),
  municipal: c('mandatory', 'new-projects-municipal', ['JZ-SCOPE-01', 'JZ-TGT-02'], 'a newly started municipal project', '新开工市政项目'),
};
const AN = {
  notYet: c('out', null, ['AN-SCOPE-01'], 'a high-risk sector, mandatory only from 2021-09-01', '高危行业，自2021年9月1日起强制投保'),
  highRisk: c('mandatory', 'high-risk', ['AN-SCOPE-01', 'AN-TGT-01'], 'one of the eight high-risk sectors', '八大高危行业领域'),
  aboveScale: c('encouraged', 'above-scale-industry-trade', ['AN-SCOPE-01', 'AN-TGT-01', 'AN-TGT-02'], 'an above-scale industrial or trade enterprise (targets 50% in 2021, 100% in 2022)', '规模以上工贸企业（2021年50%，2022年100%）'),
  other: c('encouraged', null, ['AN-SCOPE-01'], 'another sector: encouraged', '其他行业领域：鼓励投保'),
};
const ZS = {
  highRisk: c('mandatory', 'high-risk', ['ZS-SCOPE-01', 'ZS-TGT-01'], 'a high-risk sector in scope', '纳入实施范围的高危行业'),
  activityOut: c('out', null, ['ZS-SCOPE-01'], 'an activity 三 does not list for its sector (e.g. chemical trade without storage)', '不属于三所列活动（如不带储存的危险化学品经营）'),
  activityUnknown: c('mandatory', null, ['ZS-SCOPE-01', 'ZS-TGT-01'], 'a sector limited by activity; the activity is not given', '按活动确定范围的行业；未说明活动'),
  encouraged: c('encouraged', null, ['ZS-SCOPE-03'], 'an encouraged sector', '鼓励投保的行业'),
  out: c('out', null, ['ZS-SCOPE-01'], 'outside the sectors in scope', '不在实施范围内'),
};
/** A project whose start is still ahead of the as-of date: nothing is due yet (AH-SCOPE-01 开工前, JZ-SCOPE-01 新开工). */
const NOT_YET_DUE = {
  anhui: c('mandatory', null, ['AH-SCOPE-01'], 'work starts after the as-of date: nothing is due yet', '开工日晚于统计日：尚无投保义务'),
  jingzhou: c('mandatory', null, ['JZ-SCOPE-01'], 'work starts after the as-of date: not yet newly started, nothing is due yet', '开工日晚于统计日：尚未新开工，尚无投保义务'),
};
/** True for the classification of a project not yet due on the as-of date (internal). */
export const isNotYetDue = (k: Classification): boolean => k === NOT_YET_DUE.anhui || k === NOT_YET_DUE.jingzhou;
const PROJECTS = {
  anhui: {
    other: c('out', null, ['AH-SCOPE-01'], 'not a housing or municipal work', '非房屋市政工程'),
    noPermit: c('out', null, ['AH-SCOPE-01'], 'needs no construction permit', '无需施工许可证'),
    mandatory: c('mandatory', 'projects', ['AH-SCOPE-01'], 'a housing or municipal project needing a permit: insured before work starts', '需办理施工许可证的房屋市政工程：开工前投保'),
  },
  xinzhou: {
    other: c('out', null, ['XZ-SCOPE-01'], 'not a housing or municipal work', '非房屋市政工程'),
    noPermit: c('out', null, ['XZ-SCOPE-01'], 'needs no construction permit', '无需施工许可证'),
    mandatory: c('mandatory', 'projects', ['XZ-SCOPE-01'], 'a housing or municipal project: insured before the permit is applied for', '房屋市政工程：办理施工许可证前投保'),
  },
};
const NAT = {
  mandatory: (id: string) => c('mandatory', 'high-risk', [id], 'a sector that must insure', '应当投保的行业'),
  out: (id: string) => c('out', null, [id], 'outside the sectors that must insure', '不属于应当投保的行业'),
};

/** A unit classifier for one profile and date: the per-profile facts read once (internal). */
export type Classifier = (unit: ValidUnit) => Classification;

/** Builds the classifier for a profile already checked to be in force on `asOf` (internal). */
export function classifierFor(profile: Profile, asOf: CalendarDate): Classifier {
  const status = new Map(profile.scope.sectors.map((s) => [s.code, s] as const));
  switch (profile.id) {
    case 'jingzhou': {
      const r = ruleById(profile, 'JZ-SCOPE-01');
      const p = r.params['startedOnOrAfter'];
      const start = (p?.type === 'date' ? p.value : '2020-08-01') as CalendarDate; // "自2020年8月1日起…新开工"
      return (u) => {
        if (u.kind === 'enterprise') {
          if (u.sector !== 'construction') return JZ.notConstruction;
          return u.inStatistics === undefined ? JZ.statsUnknown : u.inStatistics ? JZ.inStats : JZ.notInStats;
        }
        if (u.projectKind === 'other') return JZ.otherProject;
        if (u.startDate === undefined) return JZ.startUnknown;
        if (compareValid(u.startDate, start) < 0) return JZ.notNew;
        if (compareValid(u.startDate, asOf) > 0) return NOT_YET_DUE.jingzhou;
        return u.projectKind === 'housing' ? JZ.housing : JZ.municipal;
      };
    }
    case 'anhua':
      return (u) => {
        if (u.kind !== 'enterprise') return OUT.bySector('AN-SCOPE-01');
        const s = status.get(u.sector);
        if (s?.status === 'mandatory') return s.from !== undefined && compareValid(asOf, s.from) < 0 ? AN.notYet : AN.highRisk;
        return u.aboveScaleIndustryTrade === true ? AN.aboveScale : AN.other;
      };
    case 'zhoushan': {
      const activity = activityTest(profile);
      return (u) => {
        if (u.kind !== 'enterprise') return OUT.bySector('ZS-SCOPE-01');
        const s = status.get(u.sector);
        if (s?.status !== 'mandatory') return s?.status === 'encouraged' ? ZS.encouraged : ZS.out;
        // 三: hazardous chemicals, fireworks and civil explosives are in scope only for the activities it lists.
        const a = activity(u.sector, u.activity);
        return a === 'out' ? ZS.activityOut : a === 'unknown' ? ZS.activityUnknown : ZS.highRisk;
      };
    }
    case 'anhui':
    case 'xinzhou': {
      const t = PROJECTS[profile.id];
      const id = profile.id === 'anhui' ? 'AH-SCOPE-01' : 'XZ-SCOPE-01';
      return (u) => {
        if (u.kind !== 'project') return OUT.byProject(id);
        if (u.projectKind === 'other') return t.other;
        if (u.needsConstructionPermit === false) return t.noPermit;
        // Anhui's obligation comes with the start (开工前); Xinzhou's with the permit application, not on a roster.
        if (profile.id === 'anhui' && u.startDate !== undefined && compareValid(u.startDate, asOf) > 0) return NOT_YET_DUE.anhui;
        return t.mandatory;
      };
    }
    default: {
      const id = profile.id === 'national-2025' ? 'NAT25-SCOPE-01' : 'NAT17-DOC';
      return (u) => (u.kind === 'enterprise' && status.get(u.sector)?.status === 'mandatory' ? NAT.mandatory(id) : NAT.out(id));
    }
  }
}

/**
 * Is this enterprise or project in scope — mandatory, encouraged or out — and in which of the
 * profile's target categories (Jingzhou: enterprises in / not in the statistics, new housing / municipal
 * projects; Anhua: the eight high-risk sectors vs other above-scale industrial and trade enterprises;
 * Zhoushan: its sectors; Anhui and Xinzhou: projects needing a permit)? Always with the rule IDs.
 * @throws {ValidationError} a bad unit, or a sector code the profile does not know
 * @throws {ProfileNotInForceError} when the profile does not apply on `asOf`
 * @example classifyUnit(anhua, { kind: 'enterprise', id: 'E1', sector: 'fireworks' }, '2022-01-01').category //=> 'high-risk'
 */
export function classifyUnit(profile: Profile, unit: Unit, asOf: CalendarDate | string): Classification {
  const p = ensureProfile(profile);
  const date = parseDate(asOf, ['asOf']);
  assertInForce(p, date);
  const u = parseWith(UnitSchema, unit, ['unit']);
  if (u.kind === 'enterprise' && !sectorTest(p)(u.sector)) throw new ValidationError([unknownSectorIssue(['unit', 'sector'], p, u.sector)]);
  if (u.kind === 'enterprise' && activityTest(p)(u.sector, u.activity) === 'invalid') throw new ValidationError([unknownActivityIssue(['unit', 'activity'], p, u.sector, String(u.activity))]);
  return classifierFor(p, date)(u);
}
