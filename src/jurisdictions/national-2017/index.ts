/** The 2017 national measure alone. */
export { national2017 } from './profile.js';
