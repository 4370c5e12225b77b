/** The xinzhou profile alone, for bundles that need only this jurisdiction. */
export { xinzhou } from './profile.js';
