/** The jingzhou profile alone, for bundles that need only this jurisdiction. */
export { jingzhou } from './profile.js';
