export type { Criterion, Status, Verdict } from './verdict.js';
