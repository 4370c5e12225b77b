import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { inputJsonSchemas } from '../../src/inputs/json-schema.js';
import { inputSchemas } from '../../src/inputs/schemas.js';
import { validInputs } from '../helpers/valid-inputs.js';

// The JSON Schema files the package ships for callers outside TypeScript (issue 18 item 6), checked by a
// real JSON Schema validator (Ajv, draft 2020-12) against what the functions themselves accept and refuse.

const ajv = new Ajv2020({ strict: false, allErrors: true });
const schemas = inputJsonSchemas();
const validators = new Map(Object.entries(schemas).map(([name, s]) => [name, ajv.compile(s)]));
const fn = (name: string) => {
  const f = (api as unknown as Record<string, ((input: unknown) => unknown) | undefined>)[name];
  if (f === undefined) throw new Error(`no function ${name}`);
  return f;
};
const validator = (name: string) => {
  const v = validators.get(name);
  if (v === undefined) throw new Error(`no schema for ${name}`);
  return v;
};
const json = (v: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(v)) as Record<string, unknown>;

// a valid input of each function in the one object form, as JSON (the helper's list has older forms for some)
function validJson(name: string): Record<string, unknown> {
  if (name === 'coverageStatus')
    return {
      jurisdiction: 'jingzhou',
      asOf: '2021-06-30',
      units: [{ kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true }],
    };
  if (name === 'classifyUnit')
    return {
      jurisdiction: 'jingzhou',
      asOf: '2021-01-01',
      unit: { kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true },
    };
  if (name === 'jingzhouAnnex1') return { jurisdiction: 'jingzhou', asOf: '2021-01-01' };
  if (name === 'complianceCalendar')
    return { jurisdiction: 'jingzhou', asOf: '2021-01-01', from: '2020-01-01', to: '2021-01-01' };
  const input = validInputs()[name]?.[0];
  if (input === undefined) throw new Error(`no valid input for ${name}`);
  return json(input);
}

describe('input JSON Schemas (anzexian/schemas/<function>.input.json)', () => {
  it('one schema for every capability that takes { jurisdiction, asOf, … }, each a function of the main entry', () => {
    // every function whose valid input (the helper's list) is one object naming its jurisdiction and day
    const takers = Object.entries(validInputs())
      .filter(([, args]) => {
        const first = args[0];
        return (
          typeof first === 'object' && first !== null && 'jurisdiction' in first && 'asOf' in first
        );
      })
      .map(([name]) => name);
    expect(takers.length).toBeGreaterThan(20);
    // these take computed results (a quote, a coverage status, ledger parts), not input a caller writes
    const fromResults = [
      'mergeLedgerParts',
      'xinzhouQuoteLetter',
      'xinzhouPolicySchedule',
      'coverageDashboard',
    ];
    const missing = takers.filter((n) => !(n in schemas) && !fromResults.includes(n));
    expect(missing).toEqual([]);
    for (const name of Object.keys(schemas)) expect(typeof fn(name), name).toBe('function');
    expect(Object.keys(schemas).length).toBeGreaterThanOrEqual(28);
  });

  it.each(Object.keys(schemas))(
    '%s: a valid input as JSON passes the schema and the function',
    (name) => {
      const input = validJson(name);
      const validate = validator(name);
      expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
      expect(() => fn(name)(input)).not.toThrow();
    },
  );

  it.each(Object.keys(schemas))(
    '%s: the schema and the function both refuse an impossible date, an unknown key and a missing field',
    (name) => {
      const validate = validator(name);
      const input = validJson(name);
      const dateKey = 'asOf' in input ? 'asOf' : undefined;
      const variants: Record<string, unknown>[] = [{ ...input, notAnOption: 1 }];
      if (dateKey !== undefined) variants.push({ ...input, [dateKey]: '2025-02-30' });
      const required = (schemas[name] as { required?: string[] }).required ?? [];
      for (const key of required) {
        const { [key]: _, ...rest } = input;
        variants.push(rest);
      }
      for (const variant of variants) {
        expect(validate(variant), JSON.stringify(variant).slice(0, 200)).toBe(false);
        expect(() => fn(name)(variant)).toThrow(api.ValidationError);
      }
    },
  );

  it('a jurisdiction id that is not shipped is refused by the schema as by the function (unknown_jurisdiction)', () => {
    const input = { ...validJson('quotePremium'), jurisdiction: 'atlantis' };
    expect(validator('quotePremium')(input)).toBe(false);
    expect(() => api.quotePremium(input as never)).toThrow(/unknown_jurisdiction|atlantis/);
  });

  it('each exported <function>InputSchema is the schema the function parses with, or its JSON form', () => {
    expect(api.QuotePremiumInputSchema).toBe(inputSchemas()['quotePremium']);
    expect(api.CheckPolicyInputSchema).toBe(inputSchemas()['checkPolicy']);
    expect(api.CoverageStatusInputSchema).toBe(inputSchemas()['coverageStatus']);
    expect(api.AnnualReportDueInputSchema).toBe(inputSchemas()['annualReportDue']);
  });

  it('results are deeply frozen and new on each call', () => {
    const a = inputJsonSchemas();
    expect(Object.isFrozen(a['quotePremium'])).toBe(true);
    expect(inputJsonSchemas()).not.toBe(a);
  });
});
