import { describe, expect, it } from 'vitest';
import {
  anhua,
  anhui,
  classifyUnit,
  deriveProfile,
  jingzhou,
  national2017,
  national2025,
  ValidationError,
  xinzhou,
  zhoushan,
  type Profile,
  type Unit,
} from '../../src/index.js';

const e = (sector: string, extra: object = {}): Unit => ({ kind: 'enterprise', id: 'E', sector, ...extra });
const p = (projectKind: 'housing' | 'municipal' | 'other', extra: object = {}): Unit => ({ kind: 'project', id: 'P', projectKind, ...extra });

// Every branch of every profile's classifier, with the whole verdict: scope, target category and the
// rule IDs it rests on. The bilingual reasons are printed in reports, so they are pinned too.
const table: [string, Profile, Unit, string, string, string | null, string[]][] = [
  ['JZ other sector', jingzhou, e('other'), '2021-01-01', 'out', null, ['JZ-SCOPE-02']],
  ['JZ statistics unknown', jingzhou, e('construction'), '2021-01-01', 'mandatory', null, ['JZ-SCOPE-02', 'JZ-TGT-01']],
  ['JZ in statistics', jingzhou, e('construction', { inStatistics: true }), '2021-01-01', 'mandatory', 'enterprises-in-statistics', ['JZ-SCOPE-02', 'JZ-TGT-01']],
  ['JZ not in statistics', jingzhou, e('construction', { inStatistics: false }), '2021-01-01', 'mandatory', 'enterprises-not-in-statistics', ['JZ-SCOPE-02', 'JZ-TGT-01']],
  ['JZ other project', jingzhou, p('other', { startDate: '2021-01-01' }), '2021-01-01', 'out', null, ['JZ-SCOPE-01']],
  ['JZ start unknown', jingzhou, p('housing'), '2021-01-01', 'mandatory', null, ['JZ-SCOPE-01']],
  ['JZ started before', jingzhou, p('municipal', { startDate: '2020-07-31' }), '2021-01-01', 'out', null, ['JZ-SCOPE-01']],
  ['JZ new housing', jingzhou, p('housing', { startDate: '2020-08-01' }), '2021-01-01', 'mandatory', 'new-projects-housing', ['JZ-SCOPE-01', 'JZ-TGT-02']],
  ['JZ new municipal', jingzhou, p('municipal', { startDate: '2020-08-01' }), '2021-01-01', 'mandatory', 'new-projects-municipal', ['JZ-SCOPE-01', 'JZ-TGT-02']],
  ['AN project', anhua, p('housing'), '2022-01-01', 'out', null, ['AN-SCOPE-01']],
  ['AN high-risk before 2021-09-01', anhua, e('construction'), '2021-08-31', 'out', null, ['AN-SCOPE-01']],
  ['AN high-risk', anhua, e('construction'), '2021-09-01', 'mandatory', 'high-risk', ['AN-SCOPE-01', 'AN-TGT-01']],
  ['AN above scale', anhua, e('other', { aboveScaleIndustryTrade: true }), '2022-01-01', 'encouraged', 'above-scale-industry-trade', ['AN-SCOPE-01', 'AN-TGT-01', 'AN-TGT-02']],
  ['AN other', anhua, e('other', { aboveScaleIndustryTrade: false }), '2022-01-01', 'encouraged', null, ['AN-SCOPE-01']],
  ['ZS project', zhoushan, p('housing'), '2019-01-01', 'out', null, ['ZS-SCOPE-01']],
  ['ZS high-risk', zhoushan, e('construction'), '2019-01-01', 'mandatory', 'high-risk', ['ZS-SCOPE-01', 'ZS-TGT-01']],
  ['ZS encouraged', zhoushan, e('confined-space'), '2019-01-01', 'encouraged', null, ['ZS-SCOPE-03']],
  ['ZS other', zhoushan, e('other'), '2019-01-01', 'out', null, ['ZS-SCOPE-01']],
  ['ZS chemicals traded with storage', zhoushan, e('hazardous-chemicals', { activity: 'trade-with-storage' }), '2019-01-01', 'mandatory', 'high-risk', ['ZS-SCOPE-01', 'ZS-TGT-01']],
  ['ZS chemicals traded without storage', zhoushan, e('hazardous-chemicals', { activity: 'trade-without-storage' }), '2019-01-01', 'out', null, ['ZS-SCOPE-01']],
  ['ZS fireworks, activity unknown', zhoushan, e('fireworks'), '2019-01-01', 'mandatory', null, ['ZS-SCOPE-01', 'ZS-TGT-01']],
  ['AH project starting after the as-of day', anhui, p('housing', { needsConstructionPermit: true, startDate: '2026-01-02' }), '2026-01-01', 'mandatory', null, ['AH-SCOPE-01']],
  ['JZ project starting after the as-of day', jingzhou, p('housing', { startDate: '2021-01-02' }), '2021-01-01', 'mandatory', null, ['JZ-SCOPE-01']],
  ['AH enterprise', anhui, e('construction'), '2026-01-01', 'out', null, ['AH-SCOPE-01']],
  ['AH other project', anhui, p('other'), '2026-01-01', 'out', null, ['AH-SCOPE-01']],
  ['AH no permit needed', anhui, p('housing', { needsConstructionPermit: false }), '2026-01-01', 'out', null, ['AH-SCOPE-01']],
  ['AH permit needed', anhui, p('municipal', { needsConstructionPermit: true }), '2026-01-01', 'mandatory', 'projects', ['AH-SCOPE-01']],
  ['XZ enterprise', xinzhou, e('construction'), '2025-01-01', 'out', null, ['XZ-SCOPE-01']],
  ['XZ other project', xinzhou, p('other'), '2025-01-01', 'out', null, ['XZ-SCOPE-01']],
  ['XZ no permit needed', xinzhou, p('housing', { needsConstructionPermit: false }), '2025-01-01', 'out', null, ['XZ-SCOPE-01']],
  ['XZ project', xinzhou, p('housing'), '2025-01-01', 'mandatory', 'projects', ['XZ-SCOPE-01']],
  ['NAT25 mandatory sector', national2025, e('fishery'), '2026-01-01', 'mandatory', 'high-risk', ['NAT25-SCOPE-01']],
  ['NAT25 other sector', national2025, e('other'), '2026-01-01', 'out', null, ['NAT25-SCOPE-01']],
  ['NAT25 project', national2025, p('housing'), '2026-01-01', 'out', null, ['NAT25-SCOPE-01']],
  ['NAT17 (scope not encoded)', national2017, e('mining'), '2020-01-01', 'out', null, ['NAT17-DOC']],
];

describe('classifyUnit, branch by branch', () => {
  // Each row is titled with the rule IDs its verdict rests on, so the rule table counts it only for those.
  it.each(table.map((row) => [`${row[6].join(' ')} ${row[0]}`, ...row.slice(1)] as typeof row))('%s', (_, profile, unit, asOf, scope, category, ruleIds) => {
    const k = classifyUnit(profile, unit, asOf);
    expect({ scope: k.scope, category: k.category, ruleIds: k.ruleIds }).toEqual({ scope, category, ruleIds });
    expect(k.reason.en.length).toBeGreaterThan(10);
    expect(k.reason.zh.length).toBeGreaterThan(3);
    expect(Object.isFrozen(k) && Object.isFrozen(k.ruleIds) && Object.isFrozen(k.reason)).toBe(true);
  });

  // Layout only: the scope, category and rule IDs of each branch are asserted in the table above (and the
  // scope rules have hand-worked cases in src/jurisdictions/*/cases.yaml), so this title names no rule.
  it('classifyUnit: the reasons a report prints, in both languages', () => {
    const reasons = Object.fromEntries(table.map(([name, profile, unit, asOf]) => [name, classifyUnit(profile, unit, asOf).reason]));
    expect(reasons).toMatchSnapshot();
  });

  it('JZ-SCOPE-01 the start date "newly started" is measured from is read from the profile', () => {
    // A caller who reads the notice's start as 2020-09-01 derives a profile: a project started in August is then not new.
    const later = deriveProfile(jingzhou, { rules: { 'JZ-SCOPE-01': { params: { startedOnOrAfter: { type: 'date', value: '2020-09-01' } } } } });
    expect(classifyUnit(later, p('housing', { startDate: '2020-08-15' }), '2021-01-01').scope).toBe('out');
    expect(classifyUnit(later, p('housing', { startDate: '2020-09-01' }), '2021-01-01').category).toBe('new-projects-housing');
    expect(classifyUnit(jingzhou, p('housing', { startDate: '2020-08-15' }), '2021-01-01').category).toBe('new-projects-housing');
  });

  it('AN-SCOPE-01 an unknown sector is refused with its path, the sector named and the codes the profile knows', () => {
    try {
      classifyUnit(anhua, e('banking'), '2022-01-01');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError);
      const [i] = (err as ValidationError).issues;
      expect(i?.path).toEqual(['unit', 'sector']);
      expect(i?.code).toBe('invalid_option');
      expect(i?.message.en).toContain('unknown sector banking');
      expect(i?.message.zh).toContain('未知行业');
      expect(i?.expected).toBe('non-coal-mining | hazardous-chemicals | fireworks | transport | construction | civil-explosives | metal-smelting | agricultural-machinery-fishery | other'); // 'other' once
    }
    // a profile that lists no sectors (the 2017 measure) takes any sector code
    expect(classifyUnit(national2017, e('banking'), '2020-01-01').scope).toBe('out');
    // and a project has no sector to check
    expect(classifyUnit(jingzhou, p('housing', { startDate: '2021-01-01' }), '2021-01-01').scope).toBe('mandatory');
  });

  it('TIME-02 a bad as-of date is refused at path asOf', () => {
    expect(() => classifyUnit(anhua, e('construction'), '2022-02-30')).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['asOf'], code: 'invalid_date' })] }));
  });
});
