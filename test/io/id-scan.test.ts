import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countIds, hashOf, IdPlanner, scanIds } from '../../src/io/id-scan.js';
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

  it('the plan: asked in file order, each id has as many rows as it has in the file, whatever the hashes collide (property)', () => {
    const hashes: [string, (id: string) => number][] = [
      ['FNV-1a', hashOf],
      ['every id one hash', () => 7],
      ['by length', (id) => id.length],
    ];
    for (const [, hash] of hashes)
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom('E1', 'E2', 'E3', '', ' x', 'E10', 'E11'), { maxLength: 40 }),
          (ids) => {
            const planner = new IdPlanner(hash);
            for (const id of ids) planner.add(id);
            const plan = planner.plan();
            expect(plan.records).toBe(ids.length);
            expect(ids.map((id) => plan.rowsOf(id))).toEqual(
              ids.map((id) => ids.filter((x) => x === id).length),
            );
          },
        ),
        { numRuns: 2000 },
      );
    // a table that grows many times (one slot per 4,096 first, 75% full at most)
    const planner = new IdPlanner();
    const ids = Array.from({ length: 50_000 }, (_, i) => `E${String(i)}`);
    for (const id of [...ids, 'E49999', 'E5', 'E5']) planner.add(id);
    const plan = planner.plan();
    const got = [...ids, 'E49999', 'E5', 'E5'].map((id) => plan.rowsOf(id));
    expect(got.filter((n) => n === 1).length).toBe(49_998);
    expect([got[5], got[49_999], got[50_000], got[50_001], got[50_002]]).toEqual([3, 2, 2, 3, 3]);
  });
});
