/** The 2017 national measure alone. */
export { national2017 } from '../profiles/jurisdictions/national-2017.js';
