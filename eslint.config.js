import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Import boundaries from STYLE.md, checked on resolved paths so they cannot drift. */
const serverModules = readdirSync('src/server/modules', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const zones = [
  {
    target: './src/shared',
    from: ['./src/server', './src/web', './src/cli'],
    message: 'src/shared imports nothing else of ours.',
  },
  { target: './src/web', from: ['./src/server', './src/cli'], message: 'src/web imports only src/shared.' },
  {
    target: './src/server',
    from: ['./src/web', './src/cli'],
    message: 'src/server imports only src/shared.',
  },
  {
    target: './src/web/ui',
    from: ['./src/web/modules', './src/web/pages'],
    message: 'ui/ imports nothing from features.',
  },
  ...serverModules.map((m) => ({
    target: `./src/server/modules/${m}`,
    from: './src/server/modules',
    except: [`./${m}`, ...serverModules.filter((o) => o !== m).map((o) => `./${o}/index.ts`)],
    message: 'Reach another module only through its index.ts.',
  })),
  {
    target: './src/server/platform',
    from: './src/server/modules',
    message: 'The platform serves modules; it never imports them.',
  },
];

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'net',
  'child_process',
  'worker_threads',
  'pg',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'scratch/**', '.kehu-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
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
    files: ['src/shared/**', 'src/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeBuiltins, message: 'No Node APIs in src/shared or src/web.' }] },
      ],
    },
  },
  {
    files: ['src/server/**', 'src/cli/**'],
    ignores: ['src/server/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through config.ts.' },
      ],
    },
  },
  {
    files: ['src/server/**/*.test.ts'],
    rules: { 'no-restricted-properties': 'off', 'import-x/no-restricted-paths': 'off' },
  },
  {
    // Tool configs and scripts must use default exports and plain JS where their tools require it.
    files: ['*.config.*', 'scripts/**', 'bin/**', 'test/support/global-setup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/server/db/*.mjs'],
    languageOptions: { globals: { Blob: 'readonly', Buffer: 'readonly', console: 'readonly' } },
  },
);
