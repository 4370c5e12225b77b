import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countIds, IdPlanner, scanIds } from '../../src/io/id-scan.js';
import { CsvSyntaxError, records } from '../../src/io/csv.js';

// The reference: what the roster reader's first pass counted before — every record read in full by
// the tokenizer, blank records left out, the trimmed id cell counted — or null when the tokenizer
// refuses the text (the reader then counts that way and reports the problem).
// The ids of the data records in file order, read the same way (the second pass numbers them so).
function referenceIds(chunks: string[], headerLine: number, idColumn: number): string[] | null {
  const ids: string[] = [];
  try {
    for (const rec of records(chunks)) {
      if (rec.line <= headerLine) continue;
      if (rec.fields.every((f) => f.trim() === '')) continue;
      ids.push((rec.fields[idColumn] ?? '').trim());
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) return null;
    throw e;
  }
  return ids;
}

function reference(
  chunks: string[],
  headerLine: number,
  idColumn: number,
): Map<string, number> | null {
  const counts = new Map<string, number>();
  try {
    for (const rec of records(chunks)) {
      if (rec.line <= headerLine) continue;
      if (rec.fields.every((f) => f.trim() === '')) continue;
      const id = (rec.fields[idColumn] ?? '').trim();
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) return null;
    throw e;
  }
  return counts;
}

// CSV text from the characters that matter: separators, quotes, both line ends, white space (also
// full-width and the BOM), and a few ids.
const piece = fc.constantFrom(
  'a',
  'E1',
  'E2',
  ' ',
  ',',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  '\u3000',
  '\uFEFF',
  '1',
);
const text = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

describe('the roster reader’s first pass (each id’s rows)', () => {
  it('counts exactly what reading every record counts, on any text and any chunking (property)', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(60), { maxLength: 4 }),
        fc.nat(4),
        fc.nat(3),
        (s, cuts, headerLine, idColumn) => {
          const at = [...new Set(cuts.map((c) => Math.min(c, s.length)))].sort((a, b) => a - b);
          const chunks: string[] = [];
          let from = 0;
          for (const c of at) {
            chunks.push(s.slice(from, c));
            from = c;
          }
          chunks.push(s.slice(from));
          const want = reference(chunks, headerLine, idColumn);
          const got = countIds(chunks, headerLine, idColumn);
          if (want === null) expect(got).toBeNull();
          else expect(got === null ? null : [...got].sort()).toEqual([...want].sort());
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('a renewal row counts twice for its id; blank and quoted-blank rows not at all', () => {
    const csv = 'id,kind\nE1,企业\n\n" ",""\nE2,企业\n"E1",企业\r\n';
    expect([...(countIds([csv], 1, 0) ?? [])]).toEqual([
      ['E1', 2],
      ['E2', 1],
    ]);
  });

  it('gives the ids of the data records in file order, as reading every record does (property)', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(60), { maxLength: 4 }),
        fc.nat(4),
        fc.nat(3),
        (s, cuts, headerLine, idColumn) => {
          const at = [...new Set(cuts.map((c) => Math.min(c, s.length)))].sort((a, b) => a - b);
          const chunks: string[] = [];
          let from = 0;
          for (const c of at) {
            chunks.push(s.slice(from, c));
            from = c;
          }
          chunks.push(s.slice(from));
          const want = referenceIds(chunks, headerLine, idColumn);
          const got: string[] = [];
          const ok = scanIds(chunks, headerLine, idColumn, (id) => got.push(id));
          if (want === null) expect(ok).toBe(false);
          else expect(got).toEqual(want);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('the plan: each record’s id has as many rows as the id has in the file (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('E1', 'E2', 'E3', '', ' x'), { maxLength: 40 }),
        (ids) => {
          const planner = new IdPlanner();
          for (const id of ids) planner.add(id);
          const plan = planner.plan();
          expect(plan.records).toBe(ids.length);
          ids.forEach((id, i) => {
            expect(plan.rowsOf(i, id)).toBe(ids.filter((x) => x === id).length);
          });
        },
      ),
    );
    // past the first block of bits (4,096 bytes = 32,768 records): ids of one row and a renewal
    const planner = new IdPlanner();
    for (let i = 0; i < 40_000; i++) planner.add(`E${String(i)}`);
    planner.add('E39999');
    planner.add('E5');
    const plan = planner.plan();
    expect(plan.records).toBe(40_002);
    expect(plan.rowsOf(39_998, 'E39998')).toBe(1);
    expect(plan.rowsOf(39_999, 'E39999')).toBe(2);
    expect(plan.rowsOf(40_000, 'E39999')).toBe(2);
    expect(plan.rowsOf(5, 'E5')).toBe(2);
    expect(plan.rowsOf(6, 'E6')).toBe(1);
  });
});
