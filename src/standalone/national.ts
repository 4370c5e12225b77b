/**
 * anzexian with the national measures alone (`anzexian/standalone/national`): the whole generic API and
 * the 2017 and 2025 national profiles — no local jurisdiction, so a program bundled from this entry
 * ships none. Local jurisdiction ids are refused (`jurisdiction_not_in_entry`): use the main entry,
 * `anzexian`. The error classes are this entry's own (`instanceof` holds for errors thrown by it).
 *
 * @packageDocumentation
 */
export * from '../api.js';
export { national2017 } from '../jurisdictions/national-2017/profile.js';
export { national2025 } from '../jurisdictions/national-2025/profile.js';
