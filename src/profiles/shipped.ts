import { anhua } from './jurisdictions/anhua.js';
import { anhui } from './jurisdictions/anhui.js';
import { jingzhou } from './jurisdictions/jingzhou.js';
import { national2017 } from './jurisdictions/national-2017.js';
import { national2025 } from './jurisdictions/national-2025.js';
import { xinzhou } from './jurisdictions/xinzhou.js';
import { zhoushan } from './jurisdictions/zhoushan.js';
import type { Profile } from './schema.js';

/**
 * Every profile version anzexian ships, oldest first within each jurisdiction. A new version of a
 * document is a new entry here; an entry never changes.
 */
export const PROFILES: readonly Profile[] = Object.freeze([
  anhui,
  xinzhou,
  jingzhou,
  anhua,
  zhoushan,
  national2017,
  national2025,
]);
