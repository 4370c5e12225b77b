export {
  AnzexianError,
  isAnzexianError,
  isValidationError,
  ValidationError,
  type Issue,
  type IssuePath,
} from './errors.js';
export { type Bilingual, type IssueCode } from './messages.js';
