import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi, fail } from '../errors/errors.js';
import { listOf, parseWith } from '../errors/zod.js';
import { ruleApplied } from '../profiles/find-rule.js';
import { profileFor } from '../profiles/profile-for.js';
import { JurisdictionInputSchema } from '../profiles/schema.js';
import { CalendarDateSchema } from '../time/calendar-date.js';
import { verdict } from '../verdict/verdict.js';
import { criterion } from './criteria.js';
import type { PartyVerdict } from './insurer.js';

/** The insurers registering for one project, each with its principal and its control relations. */
export const CheckInsurerPoolInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    project: z.optional(z.string()),
    registrants: listOf(
      z.strictObject({
        name: z.string().check(z.minLength(1)),
        /** The person in charge (负责人); unknown when omitted. */
        principal: z.optional(z.string().check(z.minLength(1))),
        /** Names of other registrants this one controls (控股) or manages (管理). */
        controlsOrManages: z.optional(z.array(z.string())),
      }),
    ).check(z.minLength(1)),
  }),
);
export type CheckInsurerPoolInput = z.input<typeof CheckInsurerPoolInputSchema>;

/**
 * XZ-INS-06 (三(六)): "承保机构负责人为同一人或存在控股、管理关系的不同单位，不得同时参加本项目的备案".
 * Fails when two registrants for one project share a principal or one controls or manages another
 * (naming the pairs); unknown when a principal is missing and nothing fails; pass otherwise.
 *
 * @throws {ValidationError} bad input, duplicate names, a relation to an insurer not in the pool
 * @example
 * checkInsurerPool({ jurisdiction: 'xinzhou', asOf: '2025-06-01', registrants: [
 *   { name: 'A', principal: 'P1' }, { name: 'B', principal: 'P1' }] }).status //=> 'fail'
 */
export function checkInsurerPool(input: CheckInsurerPoolInput): PartyVerdict {
  const q = parseWith(CheckInsurerPoolInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const r06 = ruleApplied(profile, 'XZ-INS-06');
  const names = q.registrants.map((r) => r.name);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i)
      fail(['registrants', i, 'name'], 'duplicate_entry', {
        detail: bi(`duplicate registrant ${n}`, `重复的备案单位${n}`),
      });
  });
  q.registrants.forEach((r, i) => {
    (r.controlsOrManages ?? []).forEach((other, k) => {
      if (!names.includes(other) || other === r.name) {
        fail(['registrants', i, 'controlsOrManages', k], 'invalid_option', {
          detail: bi(
            `${other} is not another registrant of this pool`,
            `${other}不是本项目的其他备案单位`,
          ),
        });
      }
    });
  });

  const pairs: string[] = [];
  q.registrants.forEach((a, i) => {
    q.registrants.slice(i + 1).forEach((b) => {
      if (a.principal !== undefined && a.principal === b.principal)
        pairs.push(`${a.name} & ${b.name} (same principal / 负责人为同一人)`);
      else if (
        (a.controlsOrManages ?? []).includes(b.name) ||
        (b.controlsOrManages ?? []).includes(a.name)
      )
        pairs.push(`${a.name} & ${b.name} (control or management / 控股或管理关系)`);
    });
  });
  // With one registrant no pair exists. Otherwise every principal and every registrant's control
  // relations must be given (an empty list says "none"); a left-out list is not "none".
  const alone = q.registrants.length === 1;
  const missing = alone
    ? []
    : q.registrants.flatMap((r) => [
        ...(r.principal === undefined ? [`principal of ${r.name}`] : []),
        ...(r.controlsOrManages === undefined ? [`controlsOrManages of ${r.name}`] : []),
      ]);
  const c =
    pairs.length > 0
      ? criterion(
          r06,
          'fail',
          bi(
            `must not both register: ${pairs.join('; ')}`,
            `不得同时参加备案：${pairs.join('；')}`,
          ),
          ['registrants'],
        )
      : missing.length > 0
        ? criterion(
            r06,
            'unknown',
            bi(`not given: ${missing.join(', ')}`, `未提供：${missing.join('、')}`),
            ['registrants'],
            missing,
          )
        : criterion(
            r06,
            'pass',
            bi(
              'no shared principal and no control or management relation among the registrants',
              '备案单位之间无同一负责人、无控股或管理关系',
            ),
            ['registrants'],
          );
  return Object.freeze({
    ...verdict([c]),
    jurisdiction: profile.id,
    asOf,
    subject: q.project ?? null,
    warnings,
  });
}
