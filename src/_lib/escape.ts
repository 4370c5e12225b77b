// Escaping for every text format the library writes, in one place (issue 17, item 6). Each function
// takes any text — a caller's name, a rule ID from a derived profile — and returns text that stays
// inside the one field or cell it is written to.

/** C0 controls (but tab, LF and CR, handled by each format), DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** A lone surrogate cannot be encoded in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const REPLACEMENT = '\uFFFD';

/** Text without controls or lone surrogates (each becomes U+FFFD); line breaks and tabs kept. */
const clean = (s: string): string =>
  s.replace(CONTROL, REPLACEMENT).replace(LONE_SURROGATE, REPLACEMENT);

/** Every way text breaks a line: CRLF, a lone CR, a lone LF (CommonMark and RFC 5545 count all three). */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Text for one Markdown table cell or inline run: line breaks become `<br>`, `<` and `>` entities
 * (so no HTML passes through), and the characters that open Markdown syntax inside a line are
 * backslash-escaped: `\ | [ ] ` * _ ~`. A cell can therefore neither end its row nor its column,
 * nor become a link, an image, code or emphasis.
 */
export const markdownInline = (s: string): string =>
  clean(s)
    .replace(/[\\|[\]`*_~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(LINE_BREAK, '<br>')
    .replace(/\t/g, ' ');

/**
 * Text for a Markdown paragraph or heading line: {@link markdownInline}, and a first character that
 * would open a block (`#` heading, `-`/`+` list, `=` setext underline, `1.` ordered list) escaped.
 */
export const markdownLine = (s: string): string =>
  markdownInline(s)
    .replace(/^ +/, (sp) => '&#32;'.repeat(sp.length)) // four spaces would open a code block
    .replace(/^((?:&#32;)*)(\d+)([.)])/, '$1$2\\$3')
    .replace(/^((?:&#32;)*)([#+=-])/, '$1\\$2');

/** Text for HTML content or a quoted attribute value. */
export const htmlText = (s: string): string =>
  clean(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * An iCalendar TEXT value (RFC 5545 §3.3.11): backslash, `;` and `,` escaped, every line break
 * (CRLF, CR or LF) written `\n`, and controls (which TEXT excludes) replaced by U+FFFD.
 */
export const icsText = (s: string): string =>
  clean(s)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(LINE_BREAK, '\\n');

/**
 * A part of an iCalendar UID: letters, digits, `.`, `_` and `-` as they are, anything else
 * percent-encoded (UTF-8), so a UID is one token that no value can extend into another property.
 * Ordinary jurisdiction and rule IDs (`jingzhou`, `JZ-CAL-03`) are unchanged.
 */
export const icsToken = (s: string): string =>
  Array.from(s.replace(LONE_SURROGATE, REPLACEMENT), (ch) =>
    /^[A-Za-z0-9._-]$/.test(ch)
      ? ch
      : Array.from(utf8(ch), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  ).join('');

function utf8(ch: string): number[] {
  const cp = ch.codePointAt(0) ?? 0xfffd;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

// CSV formula neutralisation (docs/reports.md, "CSV and spreadsheet formulas"). OWASP's list of
// leading characters a spreadsheet may run as a formula — = + - @, tab, CR and LF — is checked
// after trimming leading whitespace (a space or newline before "=" does not stop Excel or
// LibreOffice) and with full-width forms read as their ASCII twins (＝ ＋ － ＠, which IMEs type).
// A plain number (-5, +3.5, -0.50) is a value, not a formula, and keeps its exact text.
const LEADING_SPACE = /^[\s\u3000\uFEFF]*/;
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** True when a spreadsheet could read `s` as a formula (the field is then prefixed with `'`). */
export function isFormulaLike(s: string): boolean {
  if (/^[\t\r\n]/.test(s)) return true;
  const t = s.replace(LEADING_SPACE, '');
  return FORMULA_START.test(t) && !PLAIN_NUMBER.test(t);
}

/**
 * One CSV field (RFC 4180): a formula-like text is prefixed with an apostrophe, and a field holding
 * a quote, comma, CR or LF is quoted with its quotes doubled.
 */
export function csvField(s: string): string {
  const text = clean(s);
  const safe = isFormulaLike(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** HTML made by {@link markup}: its interpolations were escaped when it was built. */
export class SafeHtml {
  readonly #text: string;
  /** Internal: only {@link markup} makes one. */
  constructor(text: string) {
    this.#text = text;
  }
  /** The markup. */
  toString(): string {
    return this.#text;
  }
}

/**
 * An auto-escaping HTML template: every interpolated value is escaped with {@link htmlText} unless it
 * is itself the result of `markup` (or an array of them), so escaping is enforced by construction,
 * not remembered at each call.
 */
export function markup(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += piece(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function piece(v: unknown): string {
  if (Array.isArray(v)) return v.map(piece).join('');
  if (v instanceof SafeHtml) return v.toString();
  return htmlText(typeof v === 'string' ? v : String(v));
}
