/** The zhoushan profile alone, for bundles that need only this jurisdiction. */
export { zhoushan } from './profile.js';
