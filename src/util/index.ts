export {
  createRule,
  getRuleDocsUrl,
  type SecretHygieneDocs,
} from './createRule.js';
export { mention } from './mention.js';
export { isFileMatched } from './files.js';
export {
  type FunctionCallPlan,
  type FunctionReference,
  getFunctionCallPlan,
  getImportSource,
  getPreferredQuote,
  quoteString,
} from './imports.js';
