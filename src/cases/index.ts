/**
 * anzexian/cases — case tables as data: run a table of hand-worked cases (a rule, its clause, the call,
 * the input, the expected figure, status or date) against a shipped or caller-defined jurisdiction.
 *
 * @packageDocumentation
 */
export {
  runCases,
  type CaseDifference,
  type CaseOutcome,
  type CaseReport,
  type RunCasesOptions,
} from './run.js';
export {
  CASE_CALLS,
  CaseFileSchema,
  CaseSchema,
  type Case,
  type CaseCall,
  type CaseFile,
} from './schema.js';
