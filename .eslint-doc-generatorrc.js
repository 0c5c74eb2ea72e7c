import prettier from 'prettier';

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['all'],
  // Write what Prettier would, so that `format:check` and `docs:check` agree.
  async postprocess(content, path) {
    const options = await prettier.resolveConfig(path);
    return prettier.format(content, { ...options, parser: 'markdown' });
  },
  pathRuleDoc: 'docs/rules/{name}.md',
  ruleDocTitleFormat: 'desc-parens-prefix-name',
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
