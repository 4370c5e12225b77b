import { readOnce } from '../_lib/plain.js';
import { formatCny } from '../money/format.js';
import { formatRate } from '../money/rate.js';
import { toChineseUppercase } from '../money/uppercase.js';
import { fail } from '../errors/errors.js';
import { isCell } from './check-report.js';
import type { Cell } from './model.js';

/**
 * How every renderer shows a cell: counts as digits, amounts as ¥1,234.00 (with 人民币大写 when the form
 * asks for it), coverage as 完成率 with 2 decimals and "—" for a category with no units (MONEY-05), rates
 * in their source unit, 是/否. One place, so the formats agree.
 */
export function formatCell(cell: Cell): string {
  return formatCopy(readOnce(cell)); // read once: what is checked is what is shown
}

function formatCopy(cell: unknown): string {
  if (!isCell(cell)) fail(['cell'], 'invalid_type', { expected: 'Cell' }, 'Cell');
  switch (cell.kind) {
    case 'text':
    case 'date':
      return cell.value;
    case 'count':
      return String(cell.value);
    case 'money':
      return cell.uppercase === true
        ? `${formatCny(cell.value)}（人民币${toChineseUppercase(cell.value)}）`
        : formatCny(cell.value);
    case 'coverage':
      return cell.value.applicable ? cell.value.percent : '—';
    case 'rate':
      return formatRate(cell.value);
    case 'yes-no':
      return cell.value === null ? '—' : cell.value ? '是' : '否';
  }
}

/** Fills `{name}` placeholders in a closing line with formatted cells. */
export const fillTemplate = (template: string, values: Readonly<Record<string, Cell>>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const cell = values[name];
    return cell === undefined ? '' : formatCell(cell);
  });
