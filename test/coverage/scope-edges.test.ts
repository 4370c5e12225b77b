// Scope edges that classifyUnit and coverageStatus must get right and that no other test states:
// an activity Zhoushan's 三 does not list, and the moment a project's obligation arises (Anhui: 开工前,
// so a project starting after the as-of day owes nothing yet; Xinzhou: 办理施工许可证前, whatever the start).
import { describe, expect, it } from 'vitest';
import { anhui, classifyUnit, coverageStatus, xinzhou, zhoushan, type Unit } from '../../src/index.js';
import { issuesOf } from '../helpers/issues.js';

const HAZCHEM_ACTIVITIES =
  'production | storage | trade-with-storage | trade-without-storage | use-major-hazard-source | use-other';

describe('ZS-SCOPE-01 an activity Zhoushan does not list for the sector is refused, not guessed', () => {
  const bogus: Unit = { kind: 'enterprise', id: 'E', sector: 'hazardous-chemicals', activity: 'bogus' };

  it('ZS-SCOPE-01 classifyUnit refuses it at unit.activity, listing the activities 三 names for the sector', () => {
    expect(issuesOf(() => classifyUnit(zhoushan, bogus, '2019-01-01'))).toEqual([
      {
        path: ['unit', 'activity'],
        code: 'invalid_option',
        expected: HAZCHEM_ACTIVITIES,
        message: {
          en: 'Invalid option: unknown activity bogus for hazardous-chemicals',
          zh: '选项无效：hazardous-chemicals无此活动：bogus',
        },
      },
    ]);
  });

  it('ZS-SCOPE-01 coverageStatus refuses it at units.<row>.activity', () => {
    const units: Unit[] = [{ kind: 'enterprise', id: 'A', sector: 'construction' }, bogus];
    const issues = issuesOf(() => coverageStatus({ profile: zhoushan, asOf: '2019-01-01', units }));
    expect(issues.map((i) => [i.path, i.code, i.expected])).toEqual([
      [['units', 1, 'activity'], 'invalid_option', HAZCHEM_ACTIVITIES],
    ]);
  });

  it('ZS-SCOPE-01 a listed activity of the same sector is classified (trade with storage: mandatory)', () => {
    const k = classifyUnit(zhoushan, { ...bogus, activity: 'trade-with-storage' }, '2019-01-01');
    expect([k.scope, k.category]).toEqual(['mandatory', 'high-risk']);
  });
});

describe('when a project owes its insurance', () => {
  const project: Unit = {
    kind: 'project',
    id: 'P',
    projectKind: 'housing',
    needsConstructionPermit: true,
    startDate: '2026-01-02',
  };

  it('XZ-SCOPE-01 a Xinzhou project starting the day after the as-of day is already mandatory (the duty comes with the permit application)', () => {
    const k = classifyUnit(xinzhou, project, '2026-01-01');
    expect([k.scope, k.category, k.ruleIds]).toEqual(['mandatory', 'projects', ['XZ-SCOPE-01']]);
    const s = coverageStatus({ profile: xinzhou, asOf: '2026-01-01', units: [project] });
    expect({ notYetDue: s.notYetDue, total: s.categories.find((c) => c.category === 'projects')?.total }).toEqual({
      notYetDue: 0,
      total: 1,
    });
  });

  it('AH-SCOPE-01 the same Anhui project owes nothing yet (开工前); on its start day it is counted', () => {
    const before = coverageStatus({ profile: anhui, asOf: '2026-01-01', units: [project] });
    expect({ notYetDue: before.notYetDue, total: before.categories[0]?.total }).toEqual({ notYetDue: 1, total: 0 });
    const on = coverageStatus({ profile: anhui, asOf: '2026-01-02', units: [project] });
    expect({ notYetDue: on.notYetDue, total: on.categories[0]?.total }).toEqual({ notYetDue: 0, total: 1 });
  });
});

describe('MONEY-05 coverageStatus needs a roster it can iterate', () => {
  it.each([5, null, {}, 'units'])('MONEY-05 units = %j is refused at units (invalid_type, expected Iterable<Unit>)', (units) => {
    expect(
      issuesOf(() => coverageStatus({ profile: zhoushan, asOf: '2019-01-01', units: units as never })).map((i) => [
        i.path,
        i.code,
        i.expected,
      ]),
    ).toEqual([[['units'], 'invalid_type', 'Iterable<Unit>']]);
  });
});
