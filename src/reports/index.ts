export type { Cell, Footnote, Report, ReportTable } from './model.js';
export { formatCell } from './format-cell.js';
export { profileSheet, type ProfileSheetInput } from './builders/profile.js';
export { coverageDashboard, type DashboardOptions } from './builders/dashboard.js';
export { renderMarkdown } from './renderers/markdown.js';
export { renderCsv, type CsvOptions } from './renderers/csv.js';
export { renderHtml } from './renderers/html.js';
export { renderJson } from './renderers/json.js';
