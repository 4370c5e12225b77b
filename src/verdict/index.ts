export type { Criterion, DatedVerdict, Status, Verdict } from './verdict.js';
