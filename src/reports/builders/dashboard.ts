import { readOnce } from '../../_lib/plain.js';
import type { CategoryStatus, CoverageStatus, TargetStatus } from '../../coverage/status.js';
import type { TargetInForce } from '../../coverage/targets.js';
import { bi, fail } from '../../errors/errors.js';
import { deepFreeze } from '../../_lib/freeze.js';
import * as z from 'zod/mini';
import { isCoverageRate } from '../../money/coverage.js';
import { CitationSchema, type Profile } from '../../profiles/schema.js';
import { ensureProfile } from '../../profiles/ensure.js';
import { assertCarried } from '../../profiles/entry.js';
import { PROFILES } from '../../profiles/shipped.js';
import { count, text, type Cell, type Report } from '../model.js';

const STATUS: Record<TargetStatus, string> = {
  met: '已达标',
  behind: '进行中',
  missed: '未达标',
  'no-target': '无目标',
  'not-applicable': '—',
};
const CATEGORY: Record<string, string> = {
  'enterprises-in-statistics': '纳入统计建筑施工企业',
  'enterprises-not-in-statistics': '未纳入统计建筑施工企业',
  'new-projects-housing': '新开工房建项目',
  'new-projects-municipal': '新开工市政项目',
  'high-risk': '高危行业领域',
  'above-scale-industry-trade': '规模以上工贸企业',
  projects: '房屋市政工程项目',
};

/** The category's Chinese name; an own key only (`__proto__` or `constructor` is just a name). */
const categoryName = (category: string): string =>
  Object.hasOwn(CATEGORY, category) ? (CATEGORY[category] ?? category) : category;
const isCitation = (v: unknown): boolean => z.safeParse(CitationSchema, v).success;
const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * A status may come back from JSON or be edited by a caller: check each part the dashboard prints,
 * so a malformed one is a typed error rather than "undefined" in a regulator's table.
 */
function isCoverageStatus(value: unknown): value is CoverageStatus {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Record<keyof CoverageStatus, unknown>>;
  return (
    typeof s.jurisdiction === 'string' &&
    typeof s.asOf === 'string' &&
    Array.isArray(s.categories) &&
    s.categories.every((c: unknown) => {
      if (typeof c !== 'object' || c === null) return false;
      const k = c as Partial<Record<keyof CategoryStatus, unknown>>;
      const target = k.target as Partial<Record<keyof TargetInForce, unknown>> | null | undefined;
      return (
        typeof k.category === 'string' &&
        isCount(k.total) &&
        isCount(k.insured) &&
        isCount(k.needed) &&
        typeof k.status === 'string' &&
        Object.hasOwn(STATUS, k.status) &&
        isCoverageRate(k.rate) &&
        k.rate.insured === (k.rate.applicable ? k.insured : 0) &&
        k.rate.total === (k.rate.applicable ? k.total : 0) &&
        (target === null ||
          (typeof target === 'object' &&
            typeof target.percent === 'string' &&
            typeof target.deadline === 'string' &&
            typeof target.ruleId === 'string' &&
            isCitation(target.citation)))
      );
    })
  );
}

/** Options of {@link coverageDashboard}. */
export interface DashboardOptions {
  /**
   * The profile the status was computed with, for the jurisdiction's name (荆州市) in the report's
   * `jurisdiction`; without it a shipped profile's name is taken by the status's id.
   */
  readonly profile?: Profile;
}

/**
 * A coverage dashboard for any profile, from a {@link coverageStatus} result: per category the total,
 * insured, rate (2 decimals, "—" for none), target, deadline, status and units needed, and a chart of
 * coverage against target. The report carries the jurisdiction with its name, so the official form
 * writes 地区 荆州市, never `jingzhou`.
 *
 * @param status - a `coverageStatus` result (or one merged by `mergeCoverageStatus`)
 * @param options - the profile the status was computed with (for the jurisdiction's name)
 * @throws {ValidationError} a status whose parts are not a coverage status's; a profile of another
 *   jurisdiction than the status's
 * @example
 * ```ts
 * coverageDashboard(coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units })).jurisdiction?.name.zh; //=> '荆州市'
 * ```
 */
export function coverageDashboard(status: CoverageStatus, options: DashboardOptions = {}): Report {
  return dashboardOf(readOnce(status), options); // read once: what is checked is what is printed
}

function dashboardOf(status: unknown, options: DashboardOptions): Report {
  if (!isCoverageStatus(status)) {
    fail(['status'], 'invalid_type', { expected: 'CoverageStatus' }, 'CoverageStatus');
  }
  const given =
    options.profile === undefined
      ? undefined
      : ensureProfile(options.profile, ['options', 'profile']);
  if (given !== undefined && given.id !== status.jurisdiction)
    fail(['options', 'profile'], 'invalid_option', {
      detail: bi(
        `the profile is ${given.id}, the status is ${status.jurisdiction}'s`,
        `地区规则为${given.id}，统计结果为${status.jurisdiction}`,
      ),
    });
  assertCarried(status.jurisdiction, ['status', 'jurisdiction']);
  const named = given ?? PROFILES.find((p) => p.id === status.jurisdiction);
  const rows: Cell[][] = status.categories.map((c) => [
    text(categoryName(c.category)),
    count(c.total),
    count(c.insured),
    { kind: 'coverage', value: c.rate },
    text(c.target?.percent ?? '—'),
    text(c.target?.deadline ?? '—'),
    text(STATUS[c.status]),
    count(c.needed),
  ]);
  return deepFreeze({
    id: 'coverage-dashboard',
    title: '安全生产责任保险投保情况',
    period: `截至${status.asOf}`,
    unit: null,
    annex: null,
    jurisdiction: named === undefined ? null : { id: named.id, name: { ...named.name } },
    header: [{ label: '地区', value: text(status.jurisdiction) }],
    tables: [
      {
        id: 'coverage',
        caption: null,
        columns: [
          '类别',
          '总数量',
          '已投保',
          '覆盖率（%）',
          '目标（%）',
          '期限',
          '状态',
          '尚需投保',
        ],
        rows,
        closing: null,
        chart: status.categories.map((c) => ({
          label: categoryName(c.category),
          rate: c.rate,
          targetPercent: c.target?.percent ?? null,
        })),
      },
    ],
    closingLines: [],
    footnotes: status.categories.flatMap((c) =>
      c.target === null
        ? []
        : [
            {
              ruleId: c.target.ruleId,
              citation: c.target.citation,
              text: bi(
                `${c.category}: ≥ ${c.target.percent}% by ${c.target.deadline}`,
                `${categoryName(c.category)}：${c.target.deadline}前不低于${c.target.percent}%`,
              ),
            },
          ],
    ),
  });
}
