/**
 * anzexian for Xinzhou alone (`anzexian/standalone/xinzhou`): the whole generic API, Xinzhou's profile and its
 * own rules and forms, and the national measures it falls back to — no other jurisdiction, so a
 * program bundled from this entry ships Xinzhou only. Other shipped jurisdiction ids are refused
 * (`jurisdiction_not_in_entry`): use the main entry, `anzexian`, for several. The error classes are this
 * entry's own (`instanceof` holds for errors thrown by it); results are the main entry's, figure for
 * figure.
 *
 * @packageDocumentation
 */
export * from '../api.js';
export { xinzhou } from '../jurisdictions/xinzhou/profile.js';
export { national2017 } from '../jurisdictions/national-2017/profile.js';
export { national2025 } from '../jurisdictions/national-2025/profile.js';
export * from '../jurisdictions/xinzhou/forms.js';
