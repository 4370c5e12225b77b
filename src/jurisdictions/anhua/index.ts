/** The anhua profile alone, for bundles that need only this jurisdiction. */
export { anhua } from './profile.js';
