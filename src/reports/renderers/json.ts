import { checkReport } from '../check-report.js';
import type { Report } from '../model.js';

/** The report model itself, as JSON (two-space indent). */
export const renderJson = (report: Report): string =>
  `${JSON.stringify(checkReport(report), null, 2)}\n`;
