import { describe, expect, it } from 'vitest';
import {
  defineProfile,
  PROFILES,
  profileSheet,
  renderMarkdown,
  ValidationError,
  type Profile,
} from '../../src/index.js';
import { callsFor } from '../helpers/profile-calls.js';
import { profileVariations } from '../helpers/profile-variations.js';

// Issue 18, item 2: every parameter of every shipped profile is live. Each parameter is changed in turn
// the ways its kind allows (a rate up or down, a count ±1, a date ±1 day, a list without an item, a flag
// flipped…; changes of kind are the contract's business, see variations.test.ts), and a fixed set of
// calls (test/helpers/profile-calls.ts) is run on the changed profile. A parameter is live when some
// change alters an output of those calls, or is refused as inconsistent when the profile is defined.
// A parameter declared `documentary` in its rule (shown to people only) must change the rendered
// profile sheet and no computed output.

const KIND_CHANGES = new Set(['removed', 'unstated', 'a count', 'a rate', 'stated as 1']);

const outputs = (p: Profile): string[] =>
  callsFor(p)
    // resolveRule returns the rule itself, parameters included: it would make every parameter look live
    // and profileSheet prints every parameter: it is what a documentary parameter must change
    .filter(([name]) => !name.startsWith('resolveRule') && !name.startsWith('profileSheet'))
    .map(([name, f]) => {
      try {
        return name + JSON.stringify(f());
      } catch (e) {
        return name + (e instanceof ValidationError ? JSON.stringify(e.issues) : String(e));
      }
    });

const sheet = (p: Profile): string =>
  renderMarkdown(profileSheet({ jurisdiction: p, asOf: p.validFrom }));

const VARIATIONS = profileVariations().filter(
  (v) =>
    v.rule !== null &&
    v.param !== null &&
    !KIND_CHANGES.has(
      v.label.slice(v.label.indexOf(`${v.rule}.${v.param} `) + `${v.rule}.${v.param} `.length),
    ),
);

describe('every profile parameter is read by the computation it governs', () => {
  it('TIME-01 a change to each parameter changes a result, is refused as inconsistent, or is documentary', () => {
    const base = new Map(PROFILES.map((p) => [p.id, { outputs: outputs(p), sheet: sheet(p) }]));
    const verdict = new Map<string, string>();
    const documentaryChangedResults: string[] = [];
    for (const v of VARIATIONS) {
      const rule = v.profile.rules.find((r) => r.id === v.rule);
      const key = `${v.profile.id} ${v.rule}.${v.param}`;
      const documentary = rule?.documentary?.includes(v.param ?? '') === true;
      if (!documentary && verdict.get(key)?.startsWith('live')) continue;
      let profile: Profile;
      try {
        profile = defineProfile(v.profile);
      } catch {
        verdict.set(key, 'live: refused as inconsistent');
        continue;
      }
      const before = base.get(v.profile.id);
      const changed = outputs(profile).some((o, i) => o !== before?.outputs[i]);
      if (documentary) {
        if (changed) documentaryChangedResults.push(`${key} (${v.label})`);
        if (sheet(profile) !== before?.sheet) verdict.set(key, 'live: documentary, on the sheet');
        else if (!verdict.has(key)) verdict.set(key, 'dead');
      } else if (changed) verdict.set(key, 'live');
      else if (!verdict.has(key)) verdict.set(key, 'dead');
    }
    const dead = [...verdict].filter(([, s]) => s === 'dead').map(([k]) => k);
    expect(documentaryChangedResults).toEqual([]);
    // no parameter is dead: each is read by a computation the calls reach, or refused when changed, or
    // declared documentary (issue 18, item 2: the list of exceptions, 31 long before it, is gone)
    expect(dead).toEqual([]);
    // every parameter of every shipped profile was looked at
    const all = PROFILES.flatMap((p) =>
      p.rules.flatMap((r) => Object.keys(r.params).map((n) => `${p.id} ${r.id}.${n}`)),
    );
    expect(all.filter((k) => !verdict.has(k))).toEqual([]);
  }, 900_000);
});
