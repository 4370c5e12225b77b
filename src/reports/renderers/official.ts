// The official-form mode shared by the HTML, Markdown and .xlsx renderers: what an office files —
// Chinese only, no rule IDs or English notes, dates written 2021年12月31日, the jurisdiction by its
// Chinese name (taken from the profile, never from a table in the renderer), the 附件N label and the
// sign-off lines.
import { bi, fail } from '../../errors/errors.js';
import type { Profile } from '../../profiles/schema.js';
import type { Cell, Report } from '../model.js';

/** How a form is rendered: `explained` (default, for programs and reviewers) or `official` (to file). */
export type RenderMode = 'explained' | 'official';

/** The sign-off lines under an official form; each blank is left for a pen where not given. */
export interface SignOff {
  readonly preparedBy?: string;
  readonly reviewedBy?: string;
  readonly phone?: string;
  /** The day the form is filled in, `YYYY-MM-DD` (written 2021年12月31日). */
  readonly date?: string;
}

/** Options of the official mode, common to the renderers. */
export interface OfficialOptions {
  /**
   * `explained` (default): rule IDs, citations and English notes, as programs and reviewers read it.
   * `official`: the form as an office files it — Chinese only, no rule IDs or English, dates as
   * 2021年12月31日, the jurisdiction by its Chinese name, the 附件N label and the sign-off lines.
   */
  readonly mode?: RenderMode;
  /**
   * The profile the report was computed with: in official mode a header value that is its id
   * (the dashboard's 地区 `jingzhou`) is written as its Chinese name (荆州市). Required in official mode
   * for a report whose 地区 is an id.
   */
  readonly profile?: Profile;
  /** Official mode: the sign-off lines (填报人, 审核人, 联系电话, 填报日期); `null` leaves them out. */
  readonly signOff?: SignOff | null;
}

const ISO_DATE = /\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b/g;

/** 2021-12-31 → 2021年12月31日, wherever a date stands in the text. */
export const chineseDates = (s: string): string =>
  s.replace(
    ISO_DATE,
    (_, y: string, m: string, d: string) => `${y}年${String(Number(m))}月${String(Number(d))}日`,
  );

/**
 * 附件N for a report whose id ends in `annex-N` (jingzhou-annex-2) or names its form rule `…-rpt-0N`
 * (jz-rpt-04, the rule of 附件4); null otherwise. For reports built before the model carried
 * `annex`: {@link annexOf} prefers the report's own label.
 */
export const annexLabel = (id: string): string | null => {
  const m = /(?:annex-|-rpt-)0*([1-9][0-9]*)$/.exec(id);
  return m === null ? null : `附件${m[1] ?? ''}`;
};

/** The 附件N label of a report: its own `annex` when it carries one, else read from its id. */
export const annexOf = (report: Report): string | null =>
  report.annex !== undefined ? report.annex : annexLabel(report.id);

/** The mode an options object asks for, checked (JavaScript callers may pass anything). */
export function modeOf(options: { readonly mode?: unknown }): RenderMode {
  const mode = options.mode ?? 'explained';
  if (mode !== 'explained' && mode !== 'official')
    fail(
      ['options', 'mode'],
      'invalid_option',
      {
        detail: bi(`unknown mode ${JSON.stringify(mode)}`, `未知模式${JSON.stringify(mode)}`),
      },
      'explained | official',
    );
  return mode;
}

const LOOKS_LIKE_ID = /^[a-z][a-z0-9-]*$/;

/**
 * The report as an official form shows it (internal): dates in the Chinese form in every text, the
 * 地区 header as the jurisdiction's Chinese name (from the profile passed, or the report's own
 * `jurisdiction`). A 地区 that is still an id with neither is refused: a form must not say "地区
 * jingzhou".
 */
export function officialHeader(
  report: Report,
  profile: Profile | undefined,
): readonly { readonly label: string; readonly value: Cell }[] {
  return report.header.map((h) => {
    if (h.label !== '地区' || h.value.kind !== 'text' || !LOOKS_LIKE_ID.test(h.value.value))
      return h;
    // the jurisdiction's Chinese name: the profile passed, or the one the report carries
    // (a profile passed must be the report's own: another jurisdiction's name is refused)
    const name =
      profile !== undefined
        ? profile.id === h.value.value
          ? profile.name.zh
          : null
        : report.jurisdiction?.id === h.value.value
          ? report.jurisdiction.name.zh
          : null;
    if (name === null)
      fail(
        ['options', 'profile'],
        'invalid_option',
        {
          detail: bi(
            `official mode writes the jurisdiction by its Chinese name: pass the profile of ${h.value.value} (options.profile)`,
            `正式报表须写地区中文名称：请提供${h.value.value}的地区规则（options.profile）`,
          ),
        },
        'Profile',
      );
    return { label: h.label, value: { kind: 'text', value: name } };
  });
}

/** The sign-off line: 填报人、审核人、联系电话、填报日期, blanks for a pen where not given. */
export function signOffLine(s: SignOff = {}): string {
  return `填报人：${s.preparedBy ?? '__________'}    审核人：${s.reviewedBy ?? '__________'}    联系电话：${s.phone ?? '__________'}    填报日期：${s.date === undefined ? '____年__月__日' : chineseDates(s.date)}`;
}
