import { anhua } from '../jurisdictions/anhua/profile.js';
import { anhui } from '../jurisdictions/anhui/profile.js';
import { jingzhou } from '../jurisdictions/jingzhou/profile.js';
import { national2017 } from '../jurisdictions/national-2017/profile.js';
import { national2025 } from '../jurisdictions/national-2025/profile.js';
import { xinzhou } from '../jurisdictions/xinzhou/profile.js';
import { zhoushan } from '../jurisdictions/zhoushan/profile.js';
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
