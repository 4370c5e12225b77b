import { bi, issue, type Issue, type IssuePath } from '../errors/errors.js';
import type { Profile } from './schema.js';

/**
 * The sector codes a profile knows, as a test built once (internal: rosters check millions of units):
 * the profile's own codes and `other`; any code where the profile lists none (the 2017 measure, whose
 * scope is not encoded).
 */
export function sectorTest(profile: Profile): (code: string) => boolean {
  const codes = new Set(profile.scope.sectors.map((s) => s.code));
  return (code) => code === 'other' || codes.size === 0 || codes.has(code);
}

/** The issue for a sector code the profile does not know, listing the codes it does (`other` once). */
export function unknownSectorIssue(path: IssuePath, profile: Profile, code: string): Issue {
  return issue(
    path,
    'invalid_option',
    { detail: bi(`unknown sector ${code}`, `未知行业${code}`) },
    [...new Set([...profile.scope.sectors.map((s) => s.code), 'other'])].join(' | '),
  );
}

/** Whether an activity puts a unit of a sector in the mandatory scope (Zhoushan 三, ZS-SCOPE-01). */
export type ActivityScope = 'any' | 'in' | 'out' | 'unknown' | 'invalid';

/**
 * The activity test a profile sets, built once (internal): some sectors are in scope only for some
 * activities (Zhoushan 三: "危险化学品生产、储存、带储存经营以及使用危险化学品构成重大危险源", "烟花爆竹经营",
 * "民用爆炸物品生产、经营"), read from an `activities` table (sector, activity, inScope). `any`: the sector
 * is not limited; `unknown`: limited, and no activity given; `invalid`: an activity the table does not list.
 */
export function activityTest(
  profile: Profile,
): (sector: string, activity: string | undefined) => ActivityScope {
  const rows = new Map<string, Map<string, boolean>>();
  for (const r of profile.rules) {
    const t = r.params['activities'];
    if (t?.type !== 'table') continue;
    const [s, a, inScope] = ['sector', 'activity', 'inScope'].map((c) => t.columns.indexOf(c));
    for (const row of t.rows) {
      const sector = row[s ?? -1];
      const activity = row[a ?? -1];
      if (sector === undefined || activity === undefined) continue;
      const m = rows.get(sector) ?? new Map<string, boolean>();
      m.set(activity, row[inScope ?? -1] === 'yes');
      rows.set(sector, m);
    }
  }
  return (sector, activity) => {
    const m = rows.get(sector);
    if (m === undefined) return 'any';
    if (activity === undefined) return 'unknown';
    const v = m.get(activity);
    return v === undefined ? 'invalid' : v ? 'in' : 'out';
  };
}

/** The activities a profile lists for a sector (for an error message). */
export function activitiesOf(profile: Profile, sector: string): string[] {
  return profile.rules.flatMap((r) => {
    const t = r.params['activities'];
    if (t?.type !== 'table') return [];
    const s = t.columns.indexOf('sector');
    const a = t.columns.indexOf('activity');
    return t.rows.filter((row) => row[s] === sector).map((row) => row[a] ?? '');
  });
}

/** The issue for an activity the profile does not list for the unit's sector. */
export function unknownActivityIssue(
  path: IssuePath,
  profile: Profile,
  sector: string,
  activity: string,
): Issue {
  return issue(
    path,
    'invalid_option',
    { detail: bi(`unknown activity ${activity} for ${sector}`, `${sector}无此活动：${activity}`) },
    activitiesOf(profile, sector).join(' | '),
  );
}
