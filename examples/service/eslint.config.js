import secretHygiene from 'eslint-plugin-secret-hygiene';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
  secretHygiene.configs.recommended,
  {
    settings: {
      'secret-hygiene': {
        accessor: {
          name: 'getSecret',
          // Relative to ESLint's working directory, this folder: each fix
          // imports the accessor by the right relative path.
          module: './src/secrets.js',
          files: ['src/secrets.ts'],
        },
        redactor: { name: 'redact', module: './src/redact.js' },
      },
    },
  },
];
