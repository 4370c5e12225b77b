/** The 2025 national measure alone. */
export { national2025 } from '../profiles/jurisdictions/national-2025.js';
