/**
 * anzexian — China's work-safety liability insurance (安全生产责任保险, 安责险) rules as exact,
 * pure, tested functions. Every figure says which clause it rests on.
 *
 * @packageDocumentation
 */
export * from './api.js';
export { anhui } from './jurisdictions/anhui/profile.js';
export { xinzhou } from './jurisdictions/xinzhou/profile.js';
export { jingzhou } from './jurisdictions/jingzhou/profile.js';
export { anhua } from './jurisdictions/anhua/profile.js';
export { zhoushan } from './jurisdictions/zhoushan/profile.js';
export { national2017 } from './jurisdictions/national-2017/profile.js';
export { national2025 } from './jurisdictions/national-2025/profile.js';
export * from './jurisdictions/jingzhou/forms.js';
export * from './jurisdictions/xinzhou/forms.js';
export * from './jurisdictions/anhua/forms.js';
