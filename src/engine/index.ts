export { maskSecret } from './mask.js';
export {
  createNameMatcher,
  defaultNameMatcher,
  splitNameWords,
  type NameMatcher,
  type NameMatcherOptions,
} from './names.js';
export {
  compileScanOptions,
  type CompiledScanOptions,
  type CustomPatternOption,
  DEFAULT_ENTROPY_THRESHOLDS,
  DEFAULT_SCAN_OPTIONS,
  type ScanOptions,
  ScanOptionsError,
} from './scanOptions.js';
export {
  type FindingKind,
  type ScanContext,
  scanString,
  type SecretFinding,
} from './scan.js';
export {
  type Confidence,
  PROVIDER_IDS,
  PROVIDERS,
  type ProviderDefinition,
} from './providers/index.js';
export { type EntropyThresholds } from './entropy.js';
export { ENTROPY_EXCLUSIONS, type EntropyExclusion } from './exclusions.js';
export { TEMPLATE_PLACEHOLDER } from './values.js';
