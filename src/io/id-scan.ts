// The first pass over a CSV roster, made cheap: how many rows each id has, read from the text with no
// record objects and no cell strings but the id's. It reads the records exactly as `records()` in
// csv.ts does (quoted fields, doubled quotes, CR, LF or CRLF, a quoted line break inside a field) and
// skips blank records as the roster reader does (every cell empty or white space). On anything that
// `records()` would refuse it gives up (null): the caller then counts with the full tokenizer, which
// reports the problem as before.

// A character that String.prototype.trim keeps: `\s` is exactly the white space and line terminators
// trim removes.
const TEXT = /\S/g;

/** True when `s` from `i` to `j` holds a character that trim would keep. */
function hasText(s: string, i: number, j: number): boolean {
  TEXT.lastIndex = i;
  const m = TEXT.exec(s);
  return m !== null && m.index < j;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * Counts the rows of each id (the trimmed cell of column `idColumn`) in the records that start after
 * line `headerLine`, blank records left out; null when the text is not CSV that `records()` reads.
 */
export function countIds(
  chunks: Iterable<string>,
  headerLine: number,
  idColumn: number,
): Map<string, number> | null {
  const counts = new Map<string, number>();
  let line = 1; // the line being read
  let start = 1; // the line the current record starts on
  let column = 0; // the index of the field being read
  let id = ''; // the id field's text so far
  let text = false; // a field of the record so far holds a character trim keeps
  let quoted = false; // inside a quoted field
  let afterQuote = false; // just after a quote that closed a quoted field (or starts a doubled one)
  let fieldStarted = false; // the current field has any character yet (a quote may open it only then)
  let pendingCR = false;
  let first = true;
  const endRecord = (): void => {
    if (text && start > headerLine) {
      const key = id.trim();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    id = '';
    text = false;
    column = 0;
    fieldStarted = false;
  };
  for (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (pendingCR) {
        pendingCR = false;
        if (c === LF) continue;
      }
      if (quoted) {
        if (c === QUOTE) {
          quoted = false;
          afterQuote = true;
          continue;
        }
        if (c === LF) line++;
        // a run with no quote or line break
        let j = i + 1;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === QUOTE || d === LF) break;
          j++;
        }
        if (!text && hasText(chunk, i, j)) text = true;
        if (column === idColumn) id += chunk.slice(i, j);
        i = j - 1;
        continue;
      }
      if (c === QUOTE) {
        if (afterQuote) {
          // a doubled quote inside a quoted field
          if (column === idColumn) id += '"';
          text = true;
          quoted = true;
          afterQuote = false;
        } else if (!fieldStarted) {
          quoted = true;
          fieldStarted = true;
        } else return null; // a quote inside an unquoted field
        continue;
      }
      if (afterQuote && c !== COMMA && c !== CR && c !== LF) return null; // text after a closing quote
      afterQuote = false;
      if (c === COMMA) {
        column++;
        fieldStarted = false;
      } else if (c === CR || c === LF) {
        endRecord();
        line++;
        start = line;
        if (c === CR) pendingCR = true;
      } else {
        let j = i + 1;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === COMMA || d === QUOTE || d === CR || d === LF) break;
          j++;
        }
        if (!text && hasText(chunk, i, j)) text = true;
        if (column === idColumn) id += chunk.slice(i, j);
        fieldStarted = true;
        i = j - 1;
      }
    }
  }
  if (quoted) return null; // a quoted field is not closed
  endRecord();
  return counts;
}
