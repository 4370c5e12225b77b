import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The rules catalogue lives in ../shared beside the repository; a clone without it uses the copy in
// test/fixtures (a test keeps the copy in sync whenever both are present).
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const SHARED = here('../../../shared/');
export const FIXTURES = here('../fixtures/');

export function readCatalogue(name: 'RULES.md' | 'NATIONAL.md'): string {
  const shared = `${SHARED}${name}`;
  return readFileSync(existsSync(shared) ? shared : `${FIXTURES}${name}`, 'utf8');
}

export interface CatalogueRow {
  readonly id: string;
  readonly tag: string;
  readonly source: string;
  readonly status?: string;
}

/** Rows of the rule tables: `| ID | tag | rule | source |` (and `| status |` in NATIONAL.md). */
export function catalogueRows(text: string): CatalogueRow[] {
  return text
    .split('\n')
    .filter((l) => /^\| [A-Z][A-Z0-9]+-[A-Z0-9-]+ \|/.test(l))
    .map((l) => {
      const cells = l.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim());
      const [id = '', tag = '', , source = '', status] = cells;
      return status === undefined ? { id, tag, source } : { id, tag, source, status };
    });
}
