import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import type { Jurisdiction } from './jurisdiction.js';
import { zodMessage } from '../errors/zod.js';
import { CnySchema } from '../money/cny.js';
import { Dec } from '../money/decimal.js';
import { RateSchema } from '../money/rate.js';
import { CalendarDateSchema } from '../time/calendar-date.js';

// The profile schema is the single source of the profile types (z.infer below). Inputs stay
// JSON-representable — decimal strings, YYYY-MM-DD dates — so `z.toJSONSchema` can export it.

/** The jurisdictions anzexian knows: five local documents and the two national measures. */
export const JURISDICTION_IDS = [
  'anhui',
  'xinzhou',
  'jingzhou',
  'anhua',
  'zhoushan',
  'national-2017',
  'national-2025',
] as const;
export const JurisdictionIdSchema = /* @__PURE__ */ lazySchema(() => z.enum(JURISDICTION_IDS));
/** A jurisdiction id, e.g. `'anhui'` or `'national-2025'`. */
export type JurisdictionId = z.infer<typeof JurisdictionIdSchema>;

/**
 * The id of a profile: a shipped jurisdiction's, or a caller's own (lower-case words joined by hyphens,
 * e.g. `'example-county'`). A caller's jurisdiction is passed as a profile or a `defineJurisdiction`
 * value; a string id names a shipped one only.
 */
export const ProfileIdSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/), z.maxLength(40)),
);

/** A text in Chinese and English. */
export const BilingualSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
  ),
);

/** Rule tags: a computed amount or rate, a verdict, a deadline or period, or data only. */
export const RuleTagSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['calc', 'check', 'date', 'data']),
);
export type RuleTag = z.infer<typeof RuleTagSchema>;

/** A rule ID as in the rules catalogue: `AH-RATE-03`, `NAT25-LIMIT-01`, `NAT17-DOC`. */
export const RuleIdSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.regex(/^[A-Z][A-Z0-9]{0,9}-[A-Z]+(?:-\d{2})?$/)),
);

/** A jurisdiction's rule-ID prefix, without the hyphen: `AH`, `NAT25`, or a caller's own (`EX`). */
export const RulePrefixSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.regex(/^[A-Z][A-Z0-9]{0,9}$/)),
);

/** Where a rule comes from: the document (number, or a short title when it has none) and its section. */
export const CitationSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      document: z.string().check(z.minLength(1)),
      section: z.string().check(z.minLength(1)),
    }),
  ),
);
export type Citation = z.infer<typeof CitationSchema>;

const code = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
);

/** An entry of a list parameter: a stable code for programs and a name for people. */
export const ListItemSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(z.strictObject({ code, name: BilingualSchema })),
);

/** A coverage target: by `deadline`, at least `percent` of the units in `category` insured. */
export const TargetSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      category: code,
      year: z.int().check(z.gte(2000), z.lte(2100)),
      deadline: CalendarDateSchema,
      percent: z.string().check(z.regex(/^\d+(?:\.\d+)?$/)),
    }),
  ),
);
export type Target = z.infer<typeof TargetSchema>;

/** A rate a profile carries: exact and never negative. */
export const ProfileRateSchema = /* @__PURE__ */ lazySchema(() =>
  RateSchema.check(
    z.refine(
      (r) => !r.value.startsWith('-'),
      zodMessage('a rate in a profile is never negative', '档案中的费率不得为负'),
    ),
  ),
);

/** A named span of days, both ends included. */
export const PeriodSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(z.strictObject({ from: CalendarDateSchema, to: CalendarDateSchema })),
);

const UNITS = [
  'days',
  'hours',
  'months',
  'years',
  'persons',
  'times',
  'quarters',
  'fiscal-year',
] as const;

/**
 * A rule parameter, typed so code can use it: an exact rate, an amount of CNY, a count with its unit,
 * a date, a period, a table of targets, a list of coded items, a yes/no, a code, a table of rows, or
 * "unstated" where the source leaves a value open (with the reason, never a guessed number).
 */
export const ParameterSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    z.readonly(z.strictObject({ type: z.literal('rate'), value: ProfileRateSchema })),
    z.readonly(z.strictObject({ type: z.literal('money'), value: CnySchema })),
    z.readonly(
      z.strictObject({
        type: z.literal('count'),
        value: z.int().check(z.gte(0)),
        unit: z.enum(UNITS),
      }),
    ),
    z.readonly(z.strictObject({ type: z.literal('date'), value: CalendarDateSchema })),
    z.readonly(
      z.strictObject({
        type: z.literal('annual-date'),
        month: z.int().check(z.gte(1), z.lte(12)),
        day: z.int().check(z.gte(1), z.lte(31)),
      }),
    ),
    z.readonly(z.strictObject({ type: z.literal('period'), value: PeriodSchema })),
    z.readonly(
      z.strictObject({ type: z.literal('targets'), value: z.readonly(z.array(TargetSchema)) }),
    ),
    z.readonly(
      z.strictObject({ type: z.literal('list'), value: z.readonly(z.array(ListItemSchema)) }),
    ),
    z.readonly(z.strictObject({ type: z.literal('boolean'), value: z.boolean() })),
    z.readonly(z.strictObject({ type: z.literal('code'), value: code })),
    z.readonly(z.strictObject({ type: z.literal('text'), value: BilingualSchema })),
    z.readonly(
      z.strictObject({
        type: z.literal('table'),
        columns: z.readonly(z.array(z.string())),
        rows: z.readonly(z.array(z.readonly(z.array(z.string())))),
      }),
    ),
    z.readonly(z.strictObject({ type: z.literal('unstated'), reason: BilingualSchema })),
  ]),
);
export type Parameter = z.infer<typeof ParameterSchema>;

/** A correction of an evident slip in a source, kept as data: what it says, how we read it, and why. */
export const CorrectionSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      parameter: z.string(),
      sourceText: z.string(),
      reading: z.string(),
      reason: BilingualSchema,
    }),
  ),
);

/** Rule families that the national layer can fill in when a local document is silent. */
export const RULE_FAMILIES = [
  'per-person-limit',
  'commission-cap',
  'premium-paid-by-unit',
  'all-workers-covered',
  'prevention-budget-cap',
  'mandatory-scope',
  'archive-retention',
] as const;
export const RuleFamilySchema = /* @__PURE__ */ lazySchema(() => z.enum(RULE_FAMILIES));
export type RuleFamily = z.infer<typeof RuleFamilySchema>;

/** One rule of a jurisdiction, exactly as the rules catalogue names it, with its parameters. */
export const RuleSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      id: RuleIdSchema,
      tag: RuleTagSchema,
      summary: BilingualSchema,
      citation: CitationSchema,
      params: z.readonly(z.record(z.string(), ParameterSchema)),
      /** The rule's own start when it differs from the document's (Jingzhou's 2020-08-01). */
      effectiveFrom: z.optional(CalendarDateSchema),
      /** The rule families this rule belongs to, for the national fallback (see `resolveRule`). */
      families: z.optional(z.readonly(z.array(RuleFamilySchema))),
      corrections: z.optional(z.readonly(z.array(CorrectionSchema))),
      /**
       * Parameters only shown to people (on `profileSheet`), which no computation reads: a what-if change
       * to one changes no figure, status or date, and the parameter-liveness test holds the profile to that.
       */
      documentary: z.optional(z.readonly(z.array(z.string()))),
      note: z.optional(BilingualSchema),
    }),
  ),
);
export type Rule = z.infer<typeof RuleSchema>;

/** A governing document. `issued` is null when the source does not state it, with the reason. */
export const DocumentSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      number: z.nullable(z.string()),
      title: BilingualSchema,
      issuers: z.readonly(z.array(z.string()).check(z.minLength(1))),
      issued: z.nullable(CalendarDateSchema),
      issuedNote: z.optional(BilingualSchema),
      printed: z.optional(CalendarDateSchema),
      inForceFrom: z.nullable(CalendarDateSchema),
      inForceUntil: z.nullable(CalendarDateSchema),
      supersedes: z.readonly(z.array(z.string())),
      implements: z.readonly(z.array(z.string())),
      source: z.string(),
    }),
  ),
);
export type GoverningDocument = z.infer<typeof DocumentSchema>;

/**
 * An instrument that changes the law from a date — a notice, a revised measure — as a caller names it
 * for a new profile version (see `deriveProfile`): its number (null when it has none), title and issue
 * date, and where to read it.
 */
export const InstrumentSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      number: z.nullable(z.string().check(z.minLength(1))),
      title: BilingualSchema,
      issued: CalendarDateSchema,
      source: z.optional(z.string()),
    }),
  ),
);
export type Instrument = z.infer<typeof InstrumentSchema>;

/** A sector or project kind in scope, and whether insurance is mandatory or only encouraged. */
export const ScopeEntrySchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      code,
      name: BilingualSchema,
      status: z.enum(['mandatory', 'encouraged']),
      from: z.optional(CalendarDateSchema),
    }),
  ),
);

/** A warning that travels with a profile (e.g. an issue date the source does not state). */
export const WarningSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(z.strictObject({ code, message: BilingualSchema })),
);
export type ProfileWarning = z.infer<typeof WarningSchema>;

/** An insurer's filed rate, supplied by a caller through `deriveProfile` where a document sets none. */
export const FiledRateSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      insurer: z.string().check(z.minLength(1)),
      rate: ProfileRateSchema,
      baseKind: code,
      note: z.optional(BilingualSchema),
    }),
  ),
);
export type FiledRate = z.infer<typeof FiledRateSchema>;

/** The premium bases a quote may use (a premium is always base × rate). */
export const BASE_KINDS = [
  'contract-price',
  'remaining-contract-price',
  'payroll',
  'revenue',
  'insurer-defined',
] as const;
export const BaseKindSchema = /* @__PURE__ */ lazySchema(() => z.enum(BASE_KINDS));
export type BaseKind = z.infer<typeof BaseKindSchema>;

/**
 * How a quote is priced in this jurisdiction: which bases it allows (each with the rule that allows
 * it, or null where the catalogue's open question is the authority), and which rules give the
 * reference rate, the float band and the float direction, if the document sets any.
 */
export const PricingSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      baseKinds: z.readonly(
        z.array(
          z.readonly(z.strictObject({ kind: BaseKindSchema, ruleId: z.nullable(RuleIdSchema) })),
        ),
      ),
      referenceRateRule: z.nullable(RuleIdSchema),
      bandRule: z.nullable(RuleIdSchema),
      floatDirectionRule: z.nullable(RuleIdSchema),
      note: BilingualSchema,
    }),
  ),
);
export type Pricing = z.infer<typeof PricingSchema>;

const PREFIX: Readonly<Record<string, string>> = {
  anhui: 'AH-',
  xinzhou: 'XZ-',
  jingzhou: 'JZ-',
  anhua: 'AN-',
  zhoushan: 'ZS-',
  'national-2017': 'NAT17-',
  'national-2025': 'NAT25-',
};

/**
 * The rule-ID prefix of a profile, with a hyphen (internal): a shipped jurisdiction's own; a caller's
 * from `rulePrefix`, which must be given and must not be a shipped jurisdiction's. Null after a problem.
 */
function prefixProblems(
  profile: { readonly id: string; readonly rulePrefix?: string | undefined },
  problems: { path: (string | number)[]; en: string; zh: string }[],
): string | null {
  const shipped = Object.hasOwn(PREFIX, profile.id) ? (PREFIX[profile.id] as string) : null;
  const given = profile.rulePrefix === undefined ? null : `${profile.rulePrefix}-`;
  if (shipped !== null && given !== null && given !== shipped)
    problems.push({
      path: ['rulePrefix'],
      en: `${profile.id}'s rules are ${shipped}…, not ${given}…`,
      zh: `${profile.id}的规则编号前缀为${shipped}，而非${given}`,
    });
  else if (shipped === null && given === null)
    problems.push({
      path: ['rulePrefix'],
      en: `a jurisdiction anzexian does not ship (${profile.id}) states its rule-ID prefix`,
      zh: `非内置地区（${profile.id}）须载明规则编号前缀`,
    });
  else if (shipped === null && given !== null && Object.values(PREFIX).includes(given))
    problems.push({
      path: ['rulePrefix'],
      en: `${given}… is the prefix of a shipped jurisdiction's rules`,
      zh: `${given}为内置地区的规则编号前缀`,
    });
  else return shipped ?? given;
  return null;
}

interface ProfileShape {
  readonly id: string;
  readonly rulePrefix?: string | undefined;
  readonly scope: {
    readonly sectors: readonly {
      readonly code: string;
      readonly status: string;
      readonly from?: string | undefined;
    }[];
  };
  readonly document: GoverningDocument;
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly pricing: Pricing;
  readonly rules: readonly Rule[];
}

const rateValue = (rule: Rule | undefined, name: string): Dec | null => {
  const p = rule?.params[name];
  return p?.type === 'rate' ? new Dec(p.value.value) : null;
};

/**
 * What the field-by-field schema cannot see: rule IDs unique and of this jurisdiction, the pricing
 * rules present with the parameters a quote reads, a band whose floor is not above its ceiling and that
 * contains the reference rate, a validity period in order.
 */
function crossCheck(
  profile: ProfileShape,
): { path: (string | number)[]; en: string; zh: string }[] {
  const problems: { path: (string | number)[]; en: string; zh: string }[] = [];
  const prefix = prefixProblems(profile, problems);
  const byId = new Map<string, Rule>();
  profile.rules.forEach((r, i) => {
    if (byId.has(r.id))
      problems.push({
        path: ['rules', i, 'id'],
        en: `duplicate rule ${r.id}`,
        zh: `规则编号重复：${r.id}`,
      });
    if (prefix !== null && !r.id.startsWith(prefix))
      problems.push({
        path: ['rules', i, 'id'],
        en: `${r.id} is not a rule of ${profile.id}`,
        zh: `${r.id}不属于${profile.id}`,
      });
    byId.set(r.id, r);
  });
  const need = (path: (string | number)[], id: string | null, params: string[]) => {
    if (id === null) return;
    const r = byId.get(id);
    if (r === undefined)
      problems.push({ path, en: `no rule ${id} in this profile`, zh: `档案中没有规则${id}` });
    else
      for (const name of params)
        if (rateValue(r, name) === null)
          problems.push({
            path,
            en: `${id} has no rate parameter ${name}`,
            zh: `${id}缺少费率参数${name}`,
          });
  };
  need(['pricing', 'referenceRateRule'], profile.pricing.referenceRateRule, ['reference']);
  need(['pricing', 'bandRule'], profile.pricing.bandRule, ['floor', 'ceiling']);
  need(['pricing', 'floatDirectionRule'], profile.pricing.floatDirectionRule, []);
  profile.pricing.baseKinds.forEach((b, i) => {
    need(['pricing', 'baseKinds', i, 'ruleId'], b.ruleId, []);
  });
  if (profile.validUntil !== null && profile.validUntil < profile.validFrom)
    problems.push({
      path: ['validUntil'],
      en: 'validUntil is before validFrom',
      zh: '失效日早于生效日',
    });
  problems.push(
    ...baseKindProblems(profile),
    ...rateProblems(profile, byId),
    ...bandProblems(profile, byId),
    ...dateProblems(profile),
    ...paramProblems(profile),
    ...scopeProblems(profile),
  );
  return problems;
}

type Problem = { path: (string | number)[]; en: string; zh: string };

/**
 * A band stated as "reference ± x%" (AH-RATE-03's maxUp/maxDown) must give the floor and ceiling it
 * carries, and a floor or ceiling another rule repeats (AH-RATE-05) must be the band's: otherwise one
 * rate could pass one rule and fail the other.
 */
function bandProblems(profile: ProfileShape, byId: ReadonlyMap<string, Rule>): Problem[] {
  const problems: Problem[] = [];
  const bandId = profile.pricing.bandRule;
  const band = bandId === null ? undefined : byId.get(bandId);
  if (band === undefined) return problems;
  const floor = rateValue(band, 'floor');
  const ceiling = rateValue(band, 'ceiling');
  const reference =
    profile.pricing.referenceRateRule === null
      ? null
      : rateValue(byId.get(profile.pricing.referenceRateRule), 'reference');
  const up = rateValue(band, 'maxUp');
  const down = rateValue(band, 'maxDown');
  const agree = (name: string, stated: Dec | null, implied: Dec | null) => {
    if (stated !== null && implied !== null && !stated.equals(implied))
      problems.push({
        path: ['rules', profile.rules.indexOf(band), 'params', name],
        en: `${band.id}.${name} ${stated.toString()} is not the reference rate ${reference?.toString() ?? ''} floated by its maxUp/maxDown (${implied.toString()})`,
        zh: `${band.id}.${name} ${stated.toString()}与参考费率${reference?.toString() ?? ''}按上下浮动幅度算出的${implied.toString()}不一致`,
      });
  };
  if (reference !== null) {
    agree('floor', floor, down === null ? null : reference.times(new Dec(1).minus(down)));
    agree('ceiling', ceiling, up === null ? null : reference.times(new Dec(1).plus(up)));
  }
  profile.rules.forEach((r, i) => {
    if (r === band) return;
    for (const [name, bound] of [
      ['floor', floor],
      ['ceiling', ceiling],
    ] as const) {
      const repeated = rateValue(r, name);
      if (repeated !== null && bound !== null && !repeated.equals(bound))
        problems.push({
          path: ['rules', i, 'params', name],
          en: `${r.id}.${name} ${repeated.toString()} is not the band's ${name} (${band.id}: ${bound.toString()})`,
          zh: `${r.id}.${name} ${repeated.toString()}与费率区间（${band.id}）的${name === 'floor' ? '下限' : '上限'}${bound.toString()}不一致`,
        });
    }
  });
  return problems;
}

/** The document's dates in order: issued ≤ in force from ≤ in force until, and the version not before either. */
function dateProblems(profile: ProfileShape): Problem[] {
  const d = profile.document;
  const problems: Problem[] = [];
  const order = (path: string[], a: string | null, b: string | null, en: string, zh: string) => {
    if (a !== null && b !== null && b < a) problems.push({ path, en, zh });
  };
  order(
    ['document', 'inForceFrom'],
    d.issued,
    d.inForceFrom,
    'the document is in force before it was issued',
    '文件施行日早于印发日',
  );
  order(
    ['document', 'inForceUntil'],
    d.inForceFrom,
    d.inForceUntil,
    'the document ceases before it takes effect',
    '文件失效日早于施行日',
  );
  order(
    ['validFrom'],
    d.issued,
    profile.validFrom,
    'the version applies before its document was issued',
    '版本适用日早于文件印发日',
  );
  order(
    ['validFrom'],
    d.inForceFrom,
    profile.validFrom,
    'the version applies before its document is in force',
    '版本适用日早于文件施行日',
  );
  return problems;
}

/**
 * A scope rule's `sectors` (AN-SCOPE-01, ZS-SCOPE-01/03, NAT25-SCOPE-01) restate the profile's scope,
 * which is what the checks read: they must name exactly its mandatory sectors, or exactly its encouraged
 * ones, and a `startsOn` must be the day the mandatory sectors start. A change to one without the other
 * would be ignored, so it is refused.
 */
function scopeProblems(profile: ProfileShape): Problem[] {
  const problems: Problem[] = [];
  const of = (status: string) =>
    profile.scope.sectors
      .filter((e) => e.status === status)
      .map((e) => e.code)
      .sort()
      .join(',');
  const mandatory = of('mandatory');
  const encouraged = of('encouraged');
  profile.rules.forEach((r, i) => {
    const list = r.params['sectors'];
    if (list?.type === 'list') {
      const codes = list.value
        .map((x) => x.code)
        .sort()
        .join(',');
      if (codes !== mandatory && codes !== encouraged)
        problems.push({
          path: ['rules', i, 'params', 'sectors'],
          en: `${r.id}.sectors (${codes}) must name the scope's mandatory sectors (${mandatory}) or its encouraged ones (${encouraged})`,
          zh: `${r.id}.sectors（${codes}）须与适用范围的强制行业（${mandatory}）或鼓励行业（${encouraged}）一致`,
        });
    }
    const starts = r.params['startsOn'];
    if (starts?.type === 'date')
      profile.scope.sectors.forEach((e, k) => {
        if (e.status === 'mandatory' && e.from !== starts.value)
          problems.push({
            path: ['scope', 'sectors', k, 'from'],
            en: `${e.code} is mandatory from ${e.from ?? 'the start'}, but ${r.id}.startsOn is ${starts.value}`,
            zh: `${e.code}自${e.from ?? '起始日'}起强制投保，但${r.id}.startsOn为${starts.value}`,
          });
      });
  });
  return problems;
}

/** A rule's `baseKind` that pricing.baseKinds does not list under it. */
function baseKindProblems(profile: ProfileShape): Problem[] {
  const problems: Problem[] = [];
  // A rule that states the premium base it allows (`baseKind`, AH-RATE-01 and AH-COST-03) is what the
  // quote's list of bases is made from: the two must agree, or one of them would be silently ignored.
  profile.rules.forEach((r, i) => {
    const kind = Object.hasOwn(r.params, 'baseKind') ? r.params['baseKind'] : undefined;
    if (kind?.type !== 'code') return;
    const listed = profile.pricing.baseKinds.find((b) => b.ruleId === r.id);
    if (listed?.kind !== kind.value)
      problems.push({
        path: ['rules', i, 'params', 'baseKind'],
        en: `${r.id}.baseKind is ${kind.value} but pricing.baseKinds ${listed === undefined ? `has no base under ${r.id}` : `lists ${listed.kind} under it`}`,
        zh: `${r.id}.baseKind为${kind.value}，但 pricing.baseKinds ${listed === undefined ? `中没有${r.id}的计费基数` : `中${r.id}的计费基数为${listed.kind}`}`,
      });
  });
  return problems;
}

/** A reference rate at or below zero, a band out of order or without the reference rate. */
function rateProblems(profile: ProfileShape, byId: ReadonlyMap<string, Rule>): Problem[] {
  const problems: Problem[] = [];
  const reference =
    profile.pricing.referenceRateRule === null
      ? null
      : rateValue(byId.get(profile.pricing.referenceRateRule), 'reference');
  if (reference !== null && (!reference.isPositive() || reference.isZero()))
    problems.push({
      path: ['pricing', 'referenceRateRule'],
      en: 'the reference rate must be above zero',
      zh: '参考费率必须大于零',
    });
  if (profile.pricing.bandRule !== null) {
    const band = byId.get(profile.pricing.bandRule);
    const floor = rateValue(band, 'floor');
    const ceiling = rateValue(band, 'ceiling');
    if (floor !== null && ceiling !== null) {
      if (!floor.isPositive() || floor.isZero() || floor.greaterThan(ceiling))
        problems.push({
          path: ['pricing', 'bandRule'],
          en: 'the band needs 0 < floor ≤ ceiling',
          zh: '费率区间须满足 0 < 下限 ≤ 上限',
        });
      if (reference !== null && (reference.lessThan(floor) || reference.greaterThan(ceiling)))
        problems.push({
          path: ['pricing', 'bandRule'],
          en: 'the band must contain the reference rate',
          zh: '费率区间须包含参考费率',
        });
    }
  }
  return problems;
}

/** Parameters that cannot be true: a period that ends before it starts, a target above 100%. */
function paramProblems(profile: ProfileShape): Problem[] {
  const problems: Problem[] = [];
  profile.rules.forEach((r, i) => {
    for (const [name, p] of Object.entries(r.params)) {
      if (p.type === 'period' && p.value.to < p.value.from)
        problems.push({
          path: ['rules', i, 'params', name],
          en: `${r.id}.${name} ends (${p.value.to}) before it starts (${p.value.from})`,
          zh: `${r.id}.${name}的终止日（${p.value.to}）早于起始日（${p.value.from}）`,
        });
      if (p.type === 'targets')
        p.value.forEach((t, k) => {
          if (new Dec(t.percent).greaterThan(100))
            problems.push({
              path: ['rules', i, 'params', name, 'value', k, 'percent'],
              en: `${r.id}: a coverage target of ${t.percent}% is above 100%`,
              zh: `${r.id}：覆盖率目标${t.percent}%超过100%`,
            });
        });
    }
  });
  return problems;
}

/** A jurisdiction profile: what anzexian believes one document says, clause by clause. */
export const ProfileSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z
      .strictObject({
        id: ProfileIdSchema,
        /**
         * The prefix of the jurisdiction's rule IDs (`EX` for `EX-RATE-01`): required for a jurisdiction
         * anzexian does not ship, and, when given for a shipped one, its own (`AH` for `anhui`).
         */
        rulePrefix: z.optional(RulePrefixSchema),
        /** The version: the document's issue date, or `undated` when the source does not state it. */
        version: z.string(),
        name: BilingualSchema,
        level: z.enum(['national', 'province', 'city', 'county']),
        parent: z.nullable(z.string()),
        nationalBasis: z.nullable(z.enum(['national-2017', 'national-2025'])),
        document: DocumentSchema,
        /** The earliest day this version can apply: the day in force, or the earliest possible one when undated. */
        validFrom: CalendarDateSchema,
        validUntil: z.nullable(CalendarDateSchema),
        scope: z.readonly(
          z.strictObject({
            sectors: z.readonly(z.array(ScopeEntrySchema)),
            projectKinds: z.readonly(z.array(ScopeEntrySchema)),
            note: z.optional(BilingualSchema),
          }),
        ),
        pricing: PricingSchema,
        rules: z.readonly(z.array(RuleSchema)),
        warnings: z.readonly(z.array(WarningSchema)),
        /** Insurers' filed rates, where a caller supplied them (never in a shipped profile). */
        filedRates: z.optional(z.readonly(z.array(FiledRateSchema))),
        /** Present on a profile made by `deriveProfile`: the base version and what the caller changed. */
        derivedFrom: z.optional(
          z.readonly(
            z.strictObject({
              version: z.string(),
              changes: z.readonly(z.array(z.string())),
              /** A what-if version no instrument has made law. */
              hypothetical: z.optional(z.literal(true)),
              /** The instrument a new version rests on, as the caller gave it. */
              instrument: z.optional(InstrumentSchema),
              note: z.optional(BilingualSchema),
            }),
          ),
        ),
      })
      .check(
        z.superRefine((profile, ctx) => {
          for (const problem of crossCheck(profile)) {
            ctx.addIssue({
              code: 'custom',
              message: zodMessage(problem.en, problem.zh),
              path: problem.path,
              input: profile,
              params: { code: 'profile_inconsistent' },
            });
          }
        }),
      ),
  ),
);
/** A jurisdiction profile (see {@link ProfileSchema}). */
export type Profile = z.infer<typeof ProfileSchema>;

/**
 * Where a capability's input names its jurisdiction: an id, or a profile object (checked in full by
 * the capability unless it is a shipped profile).
 */
const isProfileLike = (v: unknown): v is Profile | Jurisdiction =>
  typeof v === 'object' && v !== null;

export const JurisdictionInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([
    JurisdictionIdSchema,
    z.custom<Profile | Jurisdiction>(
      isProfileLike,
      zodMessage('a jurisdiction id, a jurisdiction or a profile', '地区编号、地区或档案'),
    ),
  ]),
);
