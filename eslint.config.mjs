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

/**
 * The language service runs on every keystroke: a regular expression written inside a function
 * makes a new RegExp object each time the function runs (garbage that sets the analysis's tail;
 * docs/performance.md). Its patterns are module constants, named for what they match.
 */
const regexLiteralsAtModuleLevel = {
  'no-restricted-syntax': [
    'error',
    {
      selector: ':function Literal[regex]',
      message: 'Declare the regular expression as a module constant: a literal inside a function makes a new RegExp object on every call.',
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
  { files: ['server/src/service/**'], rules: regexLiteralsAtModuleLevel },
  { files: ['server/src/lsp/**', 'server/src/cli/**', 'server/src/convert/**', 'server/src/server.ts', 'client/src/**'], rules: serviceEntryOnly },
);
