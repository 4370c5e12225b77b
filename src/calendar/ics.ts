import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { fail } from '../errors/errors.js';
import { icsText, icsToken } from '../_lib/escape.js';
import { readOptions } from '../_lib/options.js';
import { readOnce } from '../_lib/plain.js';
import { addDays } from '../time/arithmetic.js';
import { CalendarDateSchema, isCalendarDate, type CalendarDate } from '../time/calendar-date.js';
import { BilingualSchema, CitationSchema } from '../profiles/schema.js';
import type { ComplianceCalendar } from './calendar.js';

const escapeText = icsText;

// UTF-8 length of one code point (RFC 5545 counts octets).
const octetsOf = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + one space), never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (d: string): string => d.replace(/-/g, '');

/** A deadline's Civil Code art. 203 extension, as `complianceCalendar` writes it. */
const ExtensionSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    stated: z.string(),
    due: z.nullable(z.string()),
    status: z.enum(['working-day', 'extended', 'unknown', 'not-applied']),
    citation: CitationSchema,
    explanation: BilingualSchema,
  }),
);
/** A calendar may come from JSON: every part an event line prints is checked (no TypeError, no "undefined"). */
const EventSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    kind: z.enum(['deadline', 'phase']),
    start: CalendarDateSchema,
    end: CalendarDateSchema,
    ruleId: z.string(),
    citation: CitationSchema,
    owner: BilingualSchema,
    what: BilingualSchema,
    extension: z.optional(ExtensionSchema),
  }),
);
const isEvent = (v: unknown): boolean => {
  if (!z.safeParse(EventSchema, v).success) return false;
  const x = (v as { extension?: { status: string; due: unknown } }).extension;
  return x?.status !== 'extended' || isCalendarDate(x.due); // an extended deadline prints its due date
};

/** The day an event is shown on: a deadline moved by Civil Code art. 203 is shown on its last day. */
const shownStart = (e: ComplianceCalendar['events'][number]): string =>
  e.extension?.status === 'extended' && e.extension.due !== null ? e.extension.due : e.start;

/** Options of {@link renderIcs}. */
export interface IcsOptions {
  /**
   * The DTSTAMP of every event, as a calendar date (UTC midnight). The library reads no clock, so it is
   * an input; by default the first day of the calendar's window.
   */
  readonly stamp?: string;
}

/**
 * Renders a compliance calendar as iCalendar (RFC 5545), so a regulator can import it into a calendar
 * app: one all-day VEVENT per obligation (a phase spans its days), SUMMARY with the rule ID and the
 * obligation in Chinese, DESCRIPTION in English with who owes it and the citation, stable UIDs, CRLF
 * line ends, text escaped and lines folded at 75 octets. A deadline whose stated date falls on a
 * statutory rest day is placed on its last day under Civil Code art. 203 (民法典第二百零三条), and its
 * DESCRIPTION gives the stated date and why it moved; one that could not be checked (a year missing
 * from the working-day calendar) stays on its stated date and says so.
 * @throws {ValidationError} a stamp that is not a calendar date
 */
export function renderIcs(calendar: ComplianceCalendar, options: IcsOptions = {}): string {
  return icsOf(readOnce(calendar), options); // read once: what is checked is what is written
}

function icsOf(raw: unknown, options: IcsOptions): string {
  const calendar = raw as ComplianceCalendar;
  if (
    typeof raw !== 'object' ||
    raw === null ||
    !Array.isArray((raw as { events?: unknown }).events) ||
    !(raw as { events: unknown[] }).events.every(isEvent) ||
    typeof (raw as { jurisdiction?: unknown }).jurisdiction !== 'string' ||
    !isCalendarDate((raw as { from?: unknown }).from) ||
    !isCalendarDate((raw as { to?: unknown }).to)
  ) {
    fail(
      ['calendar'],
      'invalid_type',
      { expected: 'a calendar made by complianceCalendar' },
      'ComplianceCalendar',
    );
  }
  const stamp = readOptions(options, ['stamp'], ['options'])['stamp'] ?? calendar.from;
  if (!isCalendarDate(stamp))
    fail(['stamp'], 'invalid_date', { value: JSON.stringify(stamp) }, 'YYYY-MM-DD');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//anzexian//compliance calendar//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`安责险 ${calendar.jurisdiction} ${calendar.from}–${calendar.to}`)}`,
  ];
  calendar.events.forEach((e, i) => {
    const x = e.extension;
    const start = shownStart(e);
    const end = start === e.start ? e.end : start;
    const description = [
      e.what.en,
      `Owner: ${e.owner.en} / ${e.owner.zh}`,
      `Rule: ${e.ruleId} — ${e.citation.document} ${e.citation.section}`,
      ...(x?.status === 'extended'
        ? [
            `Stated date: ${x.stated}; due ${String(x.due)} under ${x.citation.document} ${x.citation.section} (Civil Code art. 203)`,
            x.explanation.en,
            x.explanation.zh,
          ]
        : x?.status === 'unknown'
          ? [`Shown on the stated date ${x.stated}: ${x.explanation.en}`]
          : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsToken(calendar.jurisdiction)}-${icsToken(e.ruleId)}-${compact(e.start)}-${i}@anzexian`,
      `DTSTAMP:${compact(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(start)}`,
      `DTEND;VALUE=DATE:${compact(addDays(end as CalendarDate, 1))}`, // DTEND is exclusive for all-day events
      `SUMMARY:${escapeText(`${e.ruleId} ${e.what.zh}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${e.kind === 'phase' ? 'PHASE' : 'DEADLINE'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
