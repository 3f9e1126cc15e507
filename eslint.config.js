import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import boundaries from STYLE.md: each layer may import only what sits below it. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'net', 'child_process', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union instead of an enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: restrict([
      { group: ['**/server/**', '**/web/**', '**/cli/**'], message: 'src/shared imports nothing else of ours.' },
      { group: nodeBuiltins, message: 'src/shared is pure: no Node APIs.' },
    ]),
  },
  {
    files: ['src/web/**'],
    rules: restrict([{ group: ['**/server/**', '**/cli/**', ...nodeBuiltins], message: 'src/web imports only src/shared.' }]),
  },
  {
    files: ['src/web/ui/**'],
    rules: restrict([
      { group: ['**/server/**', '**/cli/**', '**/modules/**', '**/pages/**', ...nodeBuiltins], message: 'ui/ imports nothing from features.' },
    ]),
  },
  {
    files: ['src/server/**'],
    rules: restrict([
      { group: ['**/web/**', '**/cli/**'], message: 'src/server imports only src/shared.' },
      {
        group: ['**/modules/*/*', '!**/modules/*/index', '!**/modules/*/index.js'],
        message: 'Reach another module only through its index.ts.',
      },
    ]),
  },
  {
    files: ['src/server/modules/**'],
    rules: restrict([
      { group: ['**/web/**', '**/cli/**'], message: 'src/server imports only src/shared.' },
      { group: ['../*/*', '!../*/index', '!../*/index.js'], message: 'Reach another module only through its index.ts.' },
    ]),
  },
  {
    files: ['src/server/**', 'src/cli/**', 'scripts/**', 'bench/**', 'test/**', '*.config.*'],
    ignores: ['src/server/config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through config.ts.' }],
    },
  },
  {
    files: ['src/web/**', 'src/web/**/*.tsx'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['scripts/**', 'test/**', 'bench/**', '*.config.*', 'src/cli/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
