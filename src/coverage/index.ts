export { classifyUnit, ClassifyUnitInputSchema, type Classification, type ClassifyUnitInput } from './classify.js';
export { coverageStatus, type CategoryStatus, type CoverageInput, type CoverageStatus, type TargetStatus } from './status.js';
export type { TargetInForce } from './targets.js';
export { UnitSchema, type Unit } from './unit.js';
