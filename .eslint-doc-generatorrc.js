/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['all'],
  pathRuleDoc: 'docs/rules/{name}.md',
  ruleDocSectionInclude: ['Examples', 'When Not To Use It'],
  ruleDocSectionOptions: true,
  ruleListColumns: [
    'name',
    'description',
    'configsError',
    'fixable',
    'hasSuggestions',
    'options',
  ],
  urlConfigs:
    'https://github.com/secret-hygiene/eslint-plugin-secret-hygiene#configs',
};

export default config;
