import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The adapters and the I/O layer reach the language service only through its entry, server/src/service/index.ts. */
const serviceEntryOnly = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: '(^|/)service/.+',
          message: 'Import the language service from its entry (server/src/service/index.ts), not from its inside.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', '.e2e/', '*.vsix', 'bench/corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  { files: ['server/src/lsp/**', 'server/src/cli/**', 'server/src/convert/**', 'server/src/server.ts', 'client/src/**'], rules: serviceEntryOnly },
);
