import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi, issue, ValidationError, type Issue } from '../errors/errors.js';
import { parseWith } from '../errors/zod.js';
import { Dec } from '../money/decimal.js';
import { rateFromDecimal, rateToDecimal, type Rate } from '../money/rate.js';
import { CalendarDateSchema, compareValid, type CalendarDate } from '../time/calendar-date.js';
import { ensureProfile, validateProfile } from './ensure.js';
import {
  BilingualSchema,
  CitationSchema,
  FiledRateSchema,
  InstrumentSchema,
  ParameterSchema,
  RuleIdSchema,
  type Profile,
  type ProfileWarning,
  type Rule,
} from './schema.js';

/**
 * What a caller may change in a profile: facts the source leaves open (an issue date, insurers' filed
 * rates), and — as a new dated version, either of an instrument that changes the law or hypothetical —
 * rule parameters.
 */
export const ProfilePatchSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The issue date, where the source does not state it (Xinzhou). */
    issued: z.optional(CalendarDateSchema),
    /** The new version's name, e.g. `2027-reform`; with `validFrom`. */
    version: z.optional(z.string().check(z.minLength(1))),
    /** The first day the new version applies (later than the base version's). */
    validFrom: z.optional(CalendarDateSchema),
    /** The instrument that changes the law from `validFrom`: every changed rule then cites it. */
    instrument: z.optional(InstrumentSchema),
    /** A what-if version that no instrument has made law: every result computed under it says so. */
    hypothetical: z.optional(z.literal(true)),
    /** Parameters to set on existing rules, by rule ID, and the section of the instrument that sets them. */
    rules: z.optional(
      z.record(
        RuleIdSchema,
        z.strictObject({
          params: z.record(z.string(), ParameterSchema),
          citation: z.optional(CitationSchema),
        }),
      ),
    ),
    /** Insurers' filed rates. */
    filedRates: z.optional(z.array(FiledRateSchema)),
    /** Why the caller derived this profile. */
    note: z.optional(BilingualSchema),
  }),
);
/** A patch for {@link deriveProfile}. */
export type ProfilePatch = z.input<typeof ProfilePatchSchema>;
type Patch = z.output<typeof ProfilePatchSchema>;

/** A profile being derived: the profile so far, what changed, and the problems found. */
interface Draft {
  next: Profile;
  readonly changes: string[];
  readonly problems: Issue[];
}

const warn = (warnings: readonly ProfileWarning[], w: ProfileWarning): ProfileWarning[] => [
  ...warnings.filter((x) => x.code !== w.code),
  w,
];

/** The issue date a source leaves out (Xinzhou): it becomes the version and its first day. */
function applyIssued(d: Draft, issued: CalendarDate): void {
  const base = d.next;
  if (base.document.issued !== null) {
    d.problems.push(
      issue(['patch', 'issued'], 'invalid_option', {
        detail: bi(
          `the source states the issue date (${base.document.issued})`,
          `原文已载明印发日期（${base.document.issued}）`,
        ),
      }),
    );
    return;
  }
  if (compareValid(issued, base.validFrom) < 0) {
    d.problems.push(
      issue(
        ['patch', 'issued'],
        'invalid_date',
        { value: `${issued} < ${base.validFrom}` },
        `on or after ${base.validFrom}`,
      ),
    );
    return;
  }
  d.next = {
    ...base,
    version: issued,
    validFrom: issued,
    document: { ...base.document, issued, inForceFrom: issued },
    warnings: warn(
      base.warnings.filter((w) => w.code !== 'issue-date-not-stated'),
      {
        code: 'issue-date-supplied',
        message: bi(
          `The issue date ${issued} was supplied by the caller, not by the source.`,
          `印发日期${issued}由调用方提供，非原文所载。`,
        ),
      },
    ),
  };
  d.changes.push(`issued=${issued}`);
}

/**
 * A new dated version: its name, its first day (after the base version's), and either the instrument
 * that makes it law or `hypothetical: true`. Its warnings say which, so every result computed under it
 * does too.
 */
function applyVersion(d: Draft, p: Patch): void {
  const base = d.next;
  const from = p.validFrom;
  if (from === undefined) {
    d.problems.push(
      issue(['patch', 'validFrom'], 'invalid_option', {
        detail: bi(
          'a new version needs its first day (validFrom)',
          '新版本须载明起始适用日（validFrom）',
        ),
      }),
    );
    return;
  }
  if ((p.instrument === undefined) === (p.hypothetical === undefined)) {
    d.problems.push(
      issue(['patch'], 'invalid_option', {
        detail: bi(
          'a new version rests on an instrument or is hypothetical: give exactly one of instrument, hypothetical',
          '新版本须注明依据的文件或标明为假设：instrument 与 hypothetical 二者取其一',
        ),
      }),
    );
    return;
  }
  if (compareValid(from, base.validFrom) <= 0) {
    d.problems.push(
      issue(
        ['patch', 'validFrom'],
        'date_range_reversed',
        { value: `${from} ≤ ${base.validFrom}`, expected: `after ${base.validFrom}` },
        `after ${base.validFrom}`,
      ),
    );
    return;
  }
  const version = p.version ?? from;
  const warning: ProfileWarning =
    p.instrument === undefined
      ? {
          code: 'hypothetical-version',
          message: bi(
            `Computed under a hypothetical version (${version}, from ${from}) that no instrument has made law.`,
            `按假设版本（${version}，自${from}起）计算，该版本并非现行规定。`,
          ),
        }
      : {
          code: 'version-from-instrument',
          message: bi(
            `Computed under version ${version} from ${from}, which the caller took from ${p.instrument.number ?? p.instrument.title.en}; not shipped with anzexian.`,
            `按版本${version}（自${from}起）计算，依据调用方提供的${p.instrument.number ?? p.instrument.title.zh}，非本库内置。`,
          ),
        };
  d.next = {
    ...base,
    version,
    validFrom: from,
    validUntil: base.validUntil !== null && base.validUntil < from ? null : base.validUntil,
    warnings: warn(base.warnings, warning),
  };
  d.changes.push(`version=${version}`, `validFrom=${from}`);
}

/** Parameters set on existing rules; under an instrument, each changed rule cites it. */
function applyRules(d: Draft, p: Patch, rules: NonNullable<Patch['rules']>): void {
  const base = d.next;
  const known = new Set(base.rules.map((r) => r.id));
  for (const id of Object.keys(rules)) {
    if (!known.has(id))
      d.problems.push(
        issue(['patch', 'rules', id], 'unknown_rule', { value: id }, `a rule ID of ${base.id}`),
      );
    else if (p.instrument !== undefined && rules[id]?.citation === undefined)
      d.problems.push(
        issue(['patch', 'rules', id, 'citation'], 'invalid_option', {
          detail: bi(
            `${id} is changed by the instrument: say which section ({ document, section })`,
            `${id}由新文件修改：须注明条款（{ document, section }）`,
          ),
        }),
      );
  }
  d.next = {
    ...base,
    rules: base.rules.map((r): Rule => {
      const change = rules[r.id];
      if (change === undefined) return r;
      d.changes.push(...Object.keys(change.params).map((k) => `${r.id}.${k}`));
      const changed = { ...r, params: { ...r.params, ...change.params } };
      return change.citation === undefined ? changed : { ...changed, citation: change.citation };
    }),
  };
}

const rateOf = (rule: Rule | undefined, name: string): Rate | null => {
  const p = rule?.params[name];
  return p?.type === 'rate' ? p.value : null;
};

/**
 * A band stated as "reference ± x%" (AH-RATE-03) follows its reference rate and its `maxUp`/`maxDown`:
 * when a patch changes those but not the floor or ceiling, they are computed again (and a floor another
 * rule repeats, AH-RATE-05, moves with them), so a reform that changes only the reference rate or the
 * float works, and `derivedFrom.changes` names every parameter that moved.
 */
function followBand(d: Draft, rules: NonNullable<Patch['rules']>): void {
  const { referenceRateRule: refId, bandRule: bandId } = d.next.pricing;
  if (refId === null || bandId === null) return;
  const band = d.next.rules.find((r) => r.id === bandId);
  const reference = rateOf(
    d.next.rules.find((r) => r.id === refId),
    'reference',
  );
  const up = rateOf(band, 'maxUp');
  const down = rateOf(band, 'maxDown');
  const oldFloor = rateOf(band, 'floor');
  const bandPatch = rules[bandId]?.params ?? {};
  const moved =
    rules[refId]?.params['reference'] !== undefined ||
    bandPatch['maxUp'] !== undefined ||
    bandPatch['maxDown'] !== undefined;
  if (!moved || reference === null || up === null || down === null || oldFloor === null) return;
  if (bandPatch['floor'] !== undefined || bandPatch['ceiling'] !== undefined) return;
  const ref = rateToDecimal(reference);
  const floor = rateFromDecimal(ref.times(new Dec(1).minus(rateToDecimal(down))), reference.unit);
  const ceiling = rateFromDecimal(ref.times(new Dec(1).plus(rateToDecimal(up))), reference.unit);
  d.next = {
    ...d.next,
    rules: d.next.rules.map((r): Rule => {
      if (r === band) {
        d.changes.push(`${r.id}.floor`, `${r.id}.ceiling`);
        return {
          ...r,
          params: {
            ...r.params,
            floor: { type: 'rate', value: floor },
            ceiling: { type: 'rate', value: ceiling },
          },
        };
      }
      const repeated = rateOf(r, 'floor');
      if (repeated === null || rules[r.id]?.params['floor'] !== undefined) return r;
      if (!rateToDecimal(repeated).equals(rateToDecimal(oldFloor))) return r;
      d.changes.push(`${r.id}.floor`);
      return { ...r, params: { ...r.params, floor: { type: 'rate', value: floor } } };
    }),
  };
}

const isParamChange = (c: string) => /^[A-Z0-9]+-[A-Z]+(?:-\d{2})?\./.test(c);

/** The warnings that say which parameters the caller set and that filed rates came from the caller. */
function sayWhatChanged(d: Draft, before: Profile, filed: boolean): void {
  const params = [...(before.derivedFrom?.changes ?? []), ...d.changes].filter(isParamChange);
  if (d.changes.some(isParamChange))
    d.next = {
      ...d.next,
      warnings: warn(d.next.warnings, {
        code: 'parameters-set-by-caller',
        message: bi(
          `These parameters were set by the caller, not by the source: ${params.join(', ')}`,
          `以下参数由调用方设定，非原文所载：${params.join('、')}`,
        ),
      }),
    };
  if (filed && !d.next.warnings.some((w) => w.code === 'filed-rates-supplied'))
    d.next = {
      ...d.next,
      warnings: [
        ...d.next.warnings,
        {
          code: 'filed-rates-supplied',
          message: bi(
            "Insurers' filed rates were supplied by the caller.",
            '保险机构费率由调用方提供。',
          ),
        },
      ],
    };
}

/**
 * A new profile made from `base` and a caller's patch: the issue date a source leaves out, insurers'
 * filed rates, rule parameters — and, with `validFrom`, a new dated version of the law, resting either
 * on the `instrument` that makes it (each changed rule then cites its section) or marked
 * `hypothetical: true` for a what-if study. The result is validated in full (the schema, consistency and
 * the parameter contract, as `defineProfile`) and deeply frozen; `base` is never changed. It records
 * what was changed in `derivedFrom` and says in `warnings` — and so in every result computed from it —
 * that these facts come from the caller, not from the source. Put versions in order with
 * `defineJurisdiction` so a date picks the one in force.
 *
 * @throws {ValidationError} an unknown rule ID, a parameter of the wrong kind, a profile that contradicts
 *   itself, an issue date the source already states, a version without its first day or not after the
 *   base version, a version with both or neither of `instrument` and `hypothetical`, a patch that changes
 *   nothing
 * @example
 * const reform = deriveProfile(anhui, {
 *   version: '2027-reform', validFrom: '2027-01-01', hypothetical: true,
 *   rules: { 'AH-RATE-02': { params: { reference: { type: 'rate', value: permille('1.5') } } } },
 * });
 * reform.warnings.map((w) => w.code) //=> ['hypothetical-version', 'parameters-set-by-caller']
 */
export function deriveProfile(base: Profile, patch: ProfilePatch): Profile {
  const profile = ensureProfile(base, ['base']);
  const p = parseWith(ProfilePatchSchema, patch, ['patch']);
  const d: Draft = { next: profile, changes: [], problems: [] };
  if (p.issued !== undefined) applyIssued(d, p.issued);
  const newVersion =
    p.validFrom !== undefined ||
    p.version !== undefined ||
    p.instrument !== undefined ||
    p.hypothetical !== undefined;
  if (newVersion) applyVersion(d, p);
  if (p.rules !== undefined) {
    applyRules(d, p, p.rules);
    followBand(d, p.rules);
  }
  if (p.filedRates !== undefined) {
    d.next = { ...d.next, filedRates: [...(d.next.filedRates ?? []), ...p.filedRates] };
    d.changes.push(...p.filedRates.map((f) => `filedRate:${f.insurer}`));
  }
  sayWhatChanged(d, profile, p.filedRates !== undefined);
  if (d.problems.length > 0) throw new ValidationError(d.problems);
  if (d.changes.length === 0)
    throw new ValidationError([
      issue(['patch'], 'invalid_option', {
        detail: bi('the patch changes nothing', '补丁未作任何修改'),
      }),
    ]);
  const derivedFrom = {
    version: profile.derivedFrom?.version ?? profile.version,
    changes: [...(profile.derivedFrom?.changes ?? []), ...d.changes],
    ...(p.hypothetical === true || profile.derivedFrom?.hypothetical === true
      ? { hypothetical: true }
      : {}),
    ...(p.instrument === undefined ? {} : { instrument: p.instrument }),
  };
  return validateProfile(
    {
      ...d.next,
      derivedFrom: p.note === undefined ? derivedFrom : { ...derivedFrom, note: p.note },
    },
    ['patch'],
  );
}
