import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PROFILES, ProfileSchema } from '../../src/index.js';
import { catalogueRows, FIXTURES, readCatalogue, SHARED } from '../helpers/catalogue.js';

const rules = catalogueRows(readCatalogue('RULES.md')).filter((r) =>
  /^(AH|XZ|JZ|AN|ZS)-/.test(r.id),
);
// NATIONAL.md: encode the verified rows and the one whose status says to encode it.
const national = catalogueRows(readCatalogue('NATIONAL.md')).filter(
  (r) =>
    r.status !== undefined &&
    (/^verified/.test(r.status) || /encode it/.test(r.status)) &&
    !/do not encode/.test(r.status),
);
const all = PROFILES.flatMap((p) => p.rules.map((rule) => ({ profile: p.id, rule })));

describe('profiles against the rules catalogue', () => {
  it('the fixture copies of RULES.md and NATIONAL.md are in sync with shared/', () => {
    for (const name of ['RULES.md', 'NATIONAL.md']) {
      if (existsSync(`${SHARED}${name}`)) {
        expect(
          readFileSync(`${FIXTURES}${name}`, 'utf8'),
          `test/fixtures/${name} is stale: copy it from shared/`,
        ).toBe(readFileSync(`${SHARED}${name}`, 'utf8'));
      }
    }
  });

  it('the catalogue was read (sanity: 113 jurisdiction rules, 12 encodable national rows)', () => {
    expect(rules).toHaveLength(113);
    expect(national.map((r) => r.id)).toEqual([
      'NAT17-DOC',
      'NAT17-COVER-01',
      'NAT17-COST-01',
      'NAT17-LIMIT-01',
      'NAT25-DOC',
      'NAT25-SCOPE-01',
      'NAT25-COVER-01',
      'NAT25-COST-01',
      'NAT25-COMM-01',
      'NAT25-LIMIT-01',
      'NAT25-COVER-02',
    ]);
  });

  for (const row of rules) {
    it(`catalogue row ${row.id}: in exactly one profile, with its tag and citation (${row.source})`, () => {
      const found = all.filter((x) => x.rule.id === row.id);
      expect(found).toHaveLength(1);
      const { rule, profile } = found[0] ?? { rule: undefined, profile: undefined };
      expect(rule?.tag).toBe(row.tag);
      expect(rule?.citation.section).toBe(row.source);
      expect(profile).toBe(
        { AH: 'anhui', XZ: 'xinzhou', JZ: 'jingzhou', AN: 'anhua', ZS: 'zhoushan' }[
          row.id.slice(0, 2)
        ],
      );
    });
  }

  it('every encodable national row is in exactly one national profile, and the others are not', () => {
    for (const row of national) {
      const found = all.filter((x) => x.rule.id === row.id);
      expect(found, row.id).toHaveLength(1);
      expect(found[0]?.profile).toBe(
        row.id.startsWith('NAT17') ? 'national-2017' : 'national-2025',
      );
      expect(found[0]?.rule.citation.document.length).toBeGreaterThan(0);
    }
    expect(all.find((x) => x.rule.id === 'NAT25-PREV-01')).toBeUndefined();
    expect(all.find((x) => x.rule.id === 'NAT17-RATE-01')).toBeUndefined();
  });

  it('no profile carries a rule the catalogues do not name', () => {
    const known = new Set([...rules, ...national].map((r) => r.id));
    expect(all.map((x) => x.rule.id).filter((id) => !known.has(id))).toEqual([]);
  });

  it('every shipped profile validates against the profile schema', () => {
    for (const p of PROFILES) {
      const result = ProfileSchema.safeParse(p);
      expect(result.success, `${p.id}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`).toBe(
        true,
      );
    }
  });

  it('profiles are JSON data: a JSON round trip validates and deep-equals, and the schema exports as JSON Schema', () => {
    for (const p of PROFILES) {
      const copy: unknown = JSON.parse(JSON.stringify(p));
      expect(copy).toEqual(p);
      expect(ProfileSchema.safeParse(copy).success).toBe(true);
    }
    const schema = z.toJSONSchema(ProfileSchema, { io: 'input' }) as { required?: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'rules', 'document', 'validFrom']),
    );
  });

  it('no personal names, phone numbers or e-mail addresses from the sources are in the library', () => {
    const text = JSON.stringify(PROFILES);
    for (const needle of [
      '李世英',
      '韩',
      '谌智晖',
      '戴  戴',
      '肖义',
      '可赞',
      '明礼',
      'qq.com',
      '@',
      '0716',
      '0737',
      '1519779',
      '1387373',
      '1524379',
    ]) {
      expect(text.includes(needle), needle).toBe(false);
    }
    expect(text).not.toMatch(/1[3-9]\d{9}/);
  });
});
