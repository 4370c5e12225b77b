import { bi } from '../../errors/errors.js';
import type { Bilingual } from '../../errors/messages.js';
import { ev, period, type Draft } from '../../calendar/events.js';
import { ruleById } from '../../profiles/find-rule.js';
import type { Profile } from '../../profiles/schema.js';

/** ZS-CAL: the 2018 phases of the implementation plan. */
export function zhoushanCalendar(p: Profile): Draft[] {
  const cal = ruleById(p, 'ZS-CAL-01');
  const owner = bi(
    'county governments, function-zone committees and city departments',
    '各县（区）政府、功能区管委会及市级有关部门',
  );
  return [
    [
      'mobilisation',
      bi(
        'mobilisation: survey and register units that must insure',
        '组织动员阶段：调查摸底、登记建档',
      ),
    ],
    [
      'implementation',
      bi(
        'implementation: select insurers, insure the sectors',
        '推行实施阶段：比选承保单位、全面推行',
      ),
    ],
    ['evaluation', bi('evaluation and summary', '总结评估阶段')],
  ].map(([name, what]) => {
    const span = period(cal, name as string);
    return ev('phase', span.from, span.to, cal, owner, what as Bilingual);
  });
}
