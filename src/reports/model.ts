import type { Bilingual } from '../errors/messages.js';
import type { Cny } from '../money/cny.js';
import type { CoverageRate } from '../money/coverage.js';
import type { Rate } from '../money/rate.js';
import type { Citation } from '../profiles/schema.js';

/**
 * A value in a report, typed so the renderer — not the builder — decides how it looks: a count, an
 * amount (figures, and 人民币大写 where the form asks for it), a coverage rate (2 decimals, "—" when not
 * applicable), a rate in its source unit, yes/no (是/否), a date, or text.
 */
export type Cell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'money'; readonly value: Cny; readonly uppercase?: boolean }
  | { readonly kind: 'coverage'; readonly value: CoverageRate }
  | { readonly kind: 'rate'; readonly value: Rate }
  | { readonly kind: 'yes-no'; readonly value: boolean | null }
  | { readonly kind: 'date'; readonly value: string };

/** A table with its columns labelled exactly as on the source form. */
export interface ReportTable {
  readonly id: string;
  readonly caption: string | null;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** A closing line under the table (备注), with `{name}` placeholders filled from `values`. */
  readonly closing: {
    readonly template: string;
    readonly values: Readonly<Record<string, Cell>>;
  } | null;
  /** Values for a chart of coverage against target, one bar per row (dashboard only). */
  readonly chart:
    | readonly {
        readonly label: string;
        readonly rate: CoverageRate;
        readonly targetPercent: string | null;
      }[]
    | null;
}

/** A footnote: the rule and clause a part of the report rests on. */
export interface Footnote {
  readonly ruleId: string;
  readonly citation: Citation;
  readonly text: Bilingual;
}

/** A report: plain frozen data. Builders make it; renderers turn it into Markdown, CSV, HTML or JSON. */
export interface Report {
  readonly id: string;
  readonly title: string;
  /** The period, e.g. 2021年第3季度; null where the form has none. */
  readonly period: string | null;
  /** The reporting unit (填报单位). */
  readonly unit: string | null;
  /**
   * The form's annex label as the notice numbers it (附件4), printed above the title in official mode;
   * absent or null for a report that is no annex.
   */
  readonly annex?: string | null;
  /**
   * The jurisdiction the figures are for, with its name from the profile (荆州市), so a renderer never
   * prints an id on a form; absent or null where the report is not one jurisdiction's.
   */
  readonly jurisdiction?: { readonly id: string; readonly name: Bilingual } | null;
  readonly header: readonly { readonly label: string; readonly value: Cell }[];
  readonly tables: readonly ReportTable[];
  readonly closingLines: readonly string[];
  readonly footnotes: readonly Footnote[];
}

export const text = (value: string): Cell => ({ kind: 'text', value });
export const count = (value: number): Cell => ({ kind: 'count', value });
