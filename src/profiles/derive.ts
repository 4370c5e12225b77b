import * as z from 'zod/mini';
import { fail, issue, ValidationError, type Issue } from '../errors/errors.js';
import { parseWith } from '../errors/zod.js';
import { CalendarDateSchema, compareValid } from '../time/calendar-date.js';
import { ensureProfile, validateProfile } from './ensure.js';
import {
  BilingualSchema,
  FiledRateSchema,
  ParameterSchema,
  RuleIdSchema,
  type Profile,
  type Rule,
} from './schema.js';

/** What a caller may change in a profile: facts the source leaves open, never the law it states. */
export const ProfilePatchSchema = z.strictObject({
  /** The issue date, where the source does not state it (Xinzhou). */
  issued: z.optional(CalendarDateSchema),
  /** Parameters to set on existing rules, by rule ID. */
  rules: z.optional(
    z.record(RuleIdSchema, z.strictObject({ params: z.record(z.string(), ParameterSchema) })),
  ),
  /** Insurers' filed rates. */
  filedRates: z.optional(z.array(FiledRateSchema)),
  /** Why the caller derived this profile. */
  note: z.optional(BilingualSchema),
});
/** A patch for {@link deriveProfile}. */
export type ProfilePatch = z.input<typeof ProfilePatchSchema>;

/**
 * A new profile made from `base` and a caller's patch: the issue date a source leaves out, rule
 * parameters, or an insurer's filed rates. The result is validated against the profile schema and
 * deeply frozen; `base` is never changed. The result records what was changed in `derivedFrom` and
 * says in `warnings` that these facts come from the caller, not from the source.
 *
 * @throws {ValidationError} an unknown rule ID, a negative rate, a bad date, an issue date the source
 *   already states, or one before the earliest possible date
 * @example
 * const x = deriveProfile(getProfile('xinzhou', { asOf: '2025-01-01' }), { issued: '2024-09-01' });
 * x.document.issued //=> '2024-09-01'
 */
export function deriveProfile(base: Profile, patch: ProfilePatch): Profile {
  const profile = ensureProfile(base, ['base']);
  const p = parseWith(ProfilePatchSchema, patch, ['patch']);
  const problems: Issue[] = [];
  const changes: string[] = [];
  let next: Profile = profile;

  if (p.issued !== undefined) {
    if (profile.document.issued !== null) {
      problems.push(
        issue(['patch', 'issued'], 'invalid_option', {
          detail: {
            en: `the source states the issue date (${profile.document.issued})`,
            zh: `原文已载明印发日期（${profile.document.issued}）`,
          },
        }),
      );
    } else if (compareValid(p.issued, profile.validFrom) < 0) {
      problems.push(
        issue(
          ['patch', 'issued'],
          'invalid_date',
          { value: `${p.issued} < ${profile.validFrom}` },
          `on or after ${profile.validFrom}`,
        ),
      );
    } else {
      const warnings = profile.warnings.filter((w) => w.code !== 'issue-date-not-stated');
      next = {
        ...next,
        version: p.issued,
        validFrom: p.issued,
        document: { ...next.document, issued: p.issued, inForceFrom: p.issued },
        warnings: [
          ...warnings,
          {
            code: 'issue-date-supplied',
            message: {
              zh: `印发日期${p.issued}由调用方提供，非原文所载。`,
              en: `The issue date ${p.issued} was supplied by the caller, not by the source.`,
            },
          },
        ],
      };
      changes.push(`issued=${p.issued}`);
    }
  }

  if (p.rules !== undefined) {
    const known = new Set(next.rules.map((r) => r.id));
    for (const id of Object.keys(p.rules)) {
      if (!known.has(id))
        problems.push(
          issue(
            ['patch', 'rules', id],
            'unknown_rule',
            { value: id },
            `a rule ID of ${profile.id}`,
          ),
        );
    }
    const patches = p.rules;
    next = {
      ...next,
      rules: next.rules.map((r): Rule => {
        const change = patches[r.id];
        if (change === undefined) return r;
        changes.push(...Object.keys(change.params).map((k) => `${r.id}.${k}`));
        return { ...r, params: { ...r.params, ...change.params } };
      }),
    };
  }

  if (p.filedRates !== undefined) {
    next = { ...next, filedRates: [...(next.filedRates ?? []), ...p.filedRates] };
    changes.push(...p.filedRates.map((f) => `filedRate:${f.insurer}`));
  }
  // Whatever the caller changed is said in the profile's warnings, so every result computed from it
  // shows that it does not rest on the source alone.
  const changedParams = changes.filter(
    (c) => !c.startsWith('issued=') && !c.startsWith('filedRate:'),
  );
  if (changedParams.length > 0) {
    next = {
      ...next,
      warnings: [
        ...next.warnings.filter((w) => w.code !== 'parameters-set-by-caller'),
        {
          code: 'parameters-set-by-caller',
          message: {
            zh: `以下参数由调用方设定，非原文所载：${[...(profile.derivedFrom?.changes ?? []), ...changedParams].filter((c) => !c.startsWith('issued=') && !c.startsWith('filedRate:')).join('、')}`,
            en: `These parameters were set by the caller, not by the source: ${[...(profile.derivedFrom?.changes ?? []), ...changedParams].filter((c) => !c.startsWith('issued=') && !c.startsWith('filedRate:')).join(', ')}`,
          },
        },
      ],
    };
  }
  if (p.filedRates !== undefined && !next.warnings.some((w) => w.code === 'filed-rates-supplied')) {
    next = {
      ...next,
      warnings: [
        ...next.warnings,
        {
          code: 'filed-rates-supplied',
          message: {
            zh: '保险机构费率由调用方提供。',
            en: "Insurers' filed rates were supplied by the caller.",
          },
        },
      ],
    };
  }
  if (problems.length > 0) throw new ValidationError(problems);
  if (changes.length === 0)
    fail(['patch'], 'invalid_option', {
      detail: { en: 'the patch changes nothing', zh: '补丁未作任何修改' },
    });

  const derivedFrom = {
    version: profile.derivedFrom?.version ?? profile.version,
    changes: [...(profile.derivedFrom?.changes ?? []), ...changes],
  };
  next = {
    ...next,
    derivedFrom: p.note === undefined ? derivedFrom : { ...derivedFrom, note: p.note },
  };
  // Validate the whole result: a patch can never produce a profile the schema would refuse.
  return validateProfile(next, ['patch']);
}
