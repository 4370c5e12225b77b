/** The 2025 national measure alone. */
export { national2025 } from './profile.js';
