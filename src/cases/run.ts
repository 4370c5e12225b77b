import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { readOnce } from '../_lib/plain.js';
import { isAnzexianError, issue, ValidationError, type Issue } from '../errors/errors.js';
import { bi } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import * as lib from '../index.js';
import { profileFor } from '../profiles/profile-for.js';
import { isJurisdictionValue, type Jurisdiction } from '../profiles/jurisdiction.js';
import { ensureProfile } from '../profiles/ensure.js';
import { JurisdictionInputSchema, type JurisdictionId, type Profile } from '../profiles/schema.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { parsePath, valueAt } from './path.js';
import { CaseFileSchema, CaseSchema, type Case, type CaseCall, type CaseFile } from './schema.js';

/** One expected value that the result does not have. */
export interface CaseDifference {
  /** The path into the result, as the case wrote it. */
  readonly path: string;
  readonly expected: unknown;
  /** What the result holds there (JSON form: amounts and rates as strings); `null` when not found. */
  readonly actual: unknown;
  /** False when the path leads nowhere in the result. */
  readonly found: boolean;
}

/** The outcome of one case. */
export interface CaseOutcome {
  readonly id: string;
  readonly rule: string;
  readonly call: CaseCall;
  readonly asOf: string;
  /** The jurisdiction the case ran under: its id (a caller-defined one's own id). */
  readonly jurisdiction: string;
  readonly status: 'pass' | 'fail';
  /** Every expected value the result does not have (empty when the case passes). */
  readonly differences: readonly CaseDifference[];
  /** A refusal the case did not expect, or the refusal it expected but did not get. */
  readonly error: { readonly code: string; readonly message: string } | null;
}

/** The report of a case run: every case, pass or fail, with the differences. */
export interface CaseReport {
  readonly status: 'pass' | 'fail';
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly cases: readonly CaseOutcome[];
}

/** Options of {@link runCases}. */
export interface RunCasesOptions {
  /**
   * Run every case under this jurisdiction instead of the one the file or the case names: a shipped
   * id, a caller-defined jurisdiction (`defineJurisdiction`) or a profile (`defineProfile`,
   * `deriveProfile`).
   */
  readonly jurisdiction?: JurisdictionId | Profile | Jurisdiction;
}

type Input = Record<string, unknown>;

const OptionsSchema = /* @__PURE__ */ lazySchema(() =>
  z.optional(z.strictObject({ jurisdiction: z.optional(JurisdictionInputSchema) })),
);
type Where = JurisdictionId | Profile | Jurisdiction;

const one =
  (f: (input: never) => unknown) =>
  (j: Where, asOf: CalendarDate, input: Input): unknown =>
    f({ ...input, jurisdiction: j, asOf } as never);

const profileOn = (j: Where, asOf: CalendarDate): Profile =>
  typeof j === 'object' && 'rules' in j ? j : profileFor(j, asOf).profile;

/** A Jingzhou form: `input` with the profile in force on asOf (and asOf itself, unless quarterly). */
const form =
  (f: (input: never) => unknown, dated: boolean) =>
  (j: Where, asOf: CalendarDate, input: Input): unknown =>
    f({ ...input, ...(dated ? { asOf } : {}), profile: profileOn(j, asOf) } as never);

const CALLS: Record<CaseCall, (j: Where, asOf: CalendarDate, input: Input) => unknown> = {
  quotePremium: one(lib.quotePremium),
  checkQuote: one(lib.checkQuote),
  checkInsurer: one(lib.checkInsurer),
  checkInsurerPool: one(lib.checkInsurerPool),
  checkServiceFirm: one(lib.checkServiceFirm),
  checkQuoteLetter: one(lib.checkQuoteLetter),
  checkPolicy: one(lib.checkPolicy),
  checkApplication: one(lib.checkApplication),
  checkProject: one(lib.checkProject),
  checkEnterprise: one(lib.checkEnterprise),
  preventionBudget: one(lib.preventionBudget),
  checkPreventionLedger: one(lib.checkPreventionLedger),
  requiredServices: one(lib.requiredServices),
  checkServiceDelivery: one(lib.checkServiceDelivery),
  policyPeriod: one(lib.policyPeriod),
  serviceTeamDeadline: one(lib.serviceTeamDeadline),
  archiveRetention: one(lib.archiveRetention),
  claimReportDeadline: one(lib.claimReportDeadline),
  nextFirmEvaluation: one(lib.nextFirmEvaluation),
  annualReportDue: one(lib.annualReportDue),
  coverageStatus: (j, asOf, input) =>
    lib.coverageStatus({ units: [], ...input, profile: profileOn(j, asOf), asOf }),
  classifyUnit: (j, asOf, input) =>
    lib.classifyUnit(profileOn(j, asOf), input['unit'] as never, asOf),
  complianceCalendar: (j, asOf, input) =>
    lib.complianceCalendar(
      profileOn(j, asOf),
      input['window'] as { from: string; to: string },
      input['options'] ?? {},
    ),
  splitPremium: one(lib.splitPremium),
  // the document's trial period, of the version in force on asOf (or the case's derived one)
  trialPeriod: (j, asOf) => lib.trialPeriod(profileOn(j, asOf)),
  // the Jingzhou forms (附件1–7), filled under the version in force on asOf: the listings and the
  // summaries count as of asOf; the quarterly forms (附件4–5) count on their quarter's last day
  jingzhouAnnex1: (j, asOf) => lib.jingzhouAnnex1(profileOn(j, asOf)),
  jingzhouAnnex2: form(lib.jingzhouAnnex2, true),
  jingzhouAnnex3: form(lib.jingzhouAnnex3, true),
  jingzhouAnnex4: form(lib.jingzhouAnnex4, false),
  jingzhouAnnex5: form(lib.jingzhouAnnex5, false),
  jingzhouAnnex6: form(lib.jingzhouAnnex6, true),
  jingzhouAnnex7: form(lib.jingzhouAnnex7, true),
  // a convention of every jurisdiction (MONEY-07): the jurisdiction and asOf are not read
  toChineseUppercase: (_j, _asOf, input) => ({
    text: lib.toChineseUppercase(input['amount'] as string),
  }),
};

/** The JSON form of a result (amounts and rates as their decimal strings), as a case compares it. */
const jsonOf = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** A case file's cases, each validated; a bad case is refused naming its id (or index) and path. */
function validate(file: unknown): {
  jurisdiction: string | undefined;
  cases: ReturnType<typeof parseCase>[];
} {
  const f = parseWith(CaseFileSchema, readOnce(file));
  const problems: Issue[] = [];
  const cases: ReturnType<typeof parseCase>[] = [];
  const seen = new Set<string>();
  f.cases.forEach((raw, i) => {
    try {
      const c = parseCase(raw, i);
      if (seen.has(c.id))
        problems.push(
          issue(['cases', i, 'id'], 'duplicate_entry', {
            detail: bi(`case ${c.id}: the id is used twice`, `案例 ${c.id}：编号重复`),
          }),
        );
      seen.add(c.id);
      cases.push(c);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const id = (raw as { id?: unknown } | null)?.id;
      const name = typeof id === 'string' && id !== '' ? id : `#${String(i + 1)}`;
      for (const p of e.issues)
        problems.push({
          ...p,
          message: bi(`case ${name}: ${p.message.en}`, `案例 ${name}：${p.message.zh}`),
        });
    }
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return { jurisdiction: f.jurisdiction, cases };
}

function parseCase(raw: unknown, i: number) {
  const c = parseWith(CaseSchema, raw, ['cases', i]);
  if (c.jurisdiction !== undefined)
    parseWith(JurisdictionInputSchema, c.jurisdiction, ['cases', i, 'jurisdiction']);
  return c;
}

/**
 * What a case's call returns, under `where` (its `derive` applied): the result its expected values are
 * compared with. Internal: the rule table (`scripts/rule-table.ts`) reads the rule IDs it cites.
 *
 * @throws {AnzexianError} the call's refusal
 */
export function resultOfCase(c: Case, where: Where): unknown {
  return callOf(parseCase(c, 0), where);
}

function callOf(c: ReturnType<typeof parseCase>, where: Where): unknown {
  const j: Where =
    c.derive === undefined ? where : lib.deriveProfile(profileOn(where, c.asOf), c.derive);
  return CALLS[c.call](j, c.asOf, { ...(c.input ?? {}) });
}

function runOne(c: ReturnType<typeof parseCase>, where: Where): CaseOutcome {
  const name = typeof where === 'string' ? where : where.id;
  const base = { id: c.id, rule: c.rule, call: c.call, asOf: c.asOf, jurisdiction: name };
  let result: unknown;
  try {
    result = callOf(c, where);
  } catch (e) {
    if (!isAnzexianError(e)) throw e;
    const matches =
      c.throws !== undefined && (e.code === c.throws || e.issues.some((i) => i.code === c.throws));
    return {
      ...base,
      status: matches ? 'pass' : 'fail',
      differences: [],
      error: matches ? null : { code: e.issues[0]?.code ?? e.code, message: e.message },
    };
  }
  if (c.throws !== undefined)
    return {
      ...base,
      status: 'fail',
      differences: [],
      error: {
        code: c.throws,
        message: `expected the refusal ${c.throws}; the call returned a result`,
      },
    };
  const json = jsonOf(result);
  const differences: CaseDifference[] = [];
  for (const [path, expected] of Object.entries(c.expect ?? {})) {
    const at = valueAt(json, parsePath(path) ?? []);
    if (!at.found || !same(at.value, expected))
      differences.push({ path, expected, actual: at.found ? at.value : null, found: at.found });
  }
  return { ...base, status: differences.length === 0 ? 'pass' : 'fail', differences, error: null };
}

/**
 * Runs a case file — parsed data, not a path: read YAML or JSON yourself (the `anzexian cases`
 * command does) — and reports each case pass or fail with every expected value the result does not
 * have. A case runs under `options.jurisdiction` when given, else its own `jurisdiction`, else the
 * file's. A call that refuses its input fails the case (unless the case expects that refusal with
 * `throws`): the report says why; it never throws for a case's outcome.
 *
 * @param file - `{ jurisdiction?, title?, cases: [{ id, rule, clause, asOf, call, input, expect | throws, why }] }`
 * @returns a deeply frozen report: `status` is `fail` when any case fails
 * @throws {ValidationError} a bad case file: each issue names the case (its id, else its position)
 *   and the path in the file (`cases.3.expect`), or no jurisdiction for a case
 * @example
 * runCases({ jurisdiction: 'anhui', cases: [{ id: 'reference-premium', rule: 'AH-RATE-02',
 *   clause: '暂定基准费率为1.65‰', asOf: '2026-01-01', call: 'quotePremium',
 *   input: { base: { kind: 'contract-price', amount: '12000000' } },
 *   expect: { premium: '19800.00' }, why: '12,000,000 × 1.65‰ = 19,800.00' }] }).status //=> 'pass'
 */
export function runCases(file: CaseFile, options: RunCasesOptions = {}): CaseReport {
  const f = validate(file);
  const given = parseWith(OptionsSchema, options, ['options'])?.jurisdiction;
  // a caller's jurisdiction is checked once, here: a bad one is a refusal, not a failed case
  const override =
    given === undefined || typeof given === 'string' || isJurisdictionValue(given)
      ? given
      : ensureProfile(given, ['options', 'jurisdiction']);
  const outcomes = f.cases.map((c, i) => {
    const where = override ?? c.jurisdiction ?? f.jurisdiction;
    if (where === undefined)
      throw new ValidationError([
        issue(['cases', i, 'jurisdiction'], 'invalid_option', {
          detail: bi(
            `case ${c.id}: no jurisdiction (give one in the file, in the case or as an option)`,
            `案例 ${c.id}：未指定地区（在文件、案例或选项中给出）`,
          ),
        }),
      ]);
    if (typeof where === 'string') parseWith(JurisdictionInputSchema, where, ['jurisdiction']);
    return runOne(c, where as Where);
  });
  const failed = outcomes.filter((o) => o.status === 'fail').length;
  return deepFreeze({
    status: failed === 0 ? 'pass' : 'fail',
    total: outcomes.length,
    passed: outcomes.length - failed,
    failed,
    cases: outcomes,
  });
}
