export { maskSecret } from './mask.js';
export {
  createNameMatcher,
  defaultNameMatcher,
  splitNameWords,
  type NameMatcher,
  type NameMatcherOptions,
} from './names.js';
