export type { Cell, Footnote, Report, ReportTable } from './model.js';
export { formatCell } from './format-cell.js';
export {
  jingzhouAnnex1,
  JingzhouAnnex1InputSchema,
  jingzhouAnnex2,
  jingzhouAnnex3,
  jingzhouAnnex4,
  jingzhouAnnex5,
  jingzhouAnnex6,
  jingzhouAnnex7,
  RosterDetailsSchema,
  type JingzhouFormInput,
  type RosterRow,
} from '../jurisdictions/jingzhou/forms.js';
export {
  xinzhouPolicySchedule,
  xinzhouQuoteLetter,
  XinzhouDocumentSchema,
  type XinzhouDocument,
} from '../jurisdictions/xinzhou/forms.js';
export {
  anhuaAnnualReport,
  AnhuaAnnualReportInputSchema,
  type AnhuaAnnualReportInput,
} from '../jurisdictions/anhua/forms.js';
export { profileSheet, type ProfileSheetInput } from './builders/profile.js';
export { coverageDashboard, type DashboardOptions } from './builders/dashboard.js';
export { renderMarkdown } from './renderers/markdown.js';
export { renderCsv, type CsvOptions } from './renderers/csv.js';
export { renderHtml } from './renderers/html.js';
export { renderJson } from './renderers/json.js';
