/** The anhui profile alone, for bundles that need only this jurisdiction. */
export { anhui } from './profile.js';
