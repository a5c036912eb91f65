// ESLint for the TypeScript sources (npm run lint; part of npm test).
// typescript-eslint's recommended rules, plus the ones that catch what the
// code review found: unused code, non-null assertions where a guard fits,
// promises left floating (a `void` in front says "fire and forget" on purpose).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-offline/', 'dist-scorm/', 'dist-cmi5/', '.cache/', 'node_modules/', 'bench-results/', 'tests/browser/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-undef': 'off', // TypeScript checks names; ESLint's globals list would only disagree with it.
    },
  },
  {
    // Tests and scripts: an undefined value after `!` fails the test or the script loudly, which is
    // what a guard would do there; in the shipped code a guard (or a clear error) is required.
    files: ['tests/**/*.ts', 'src/**/*.test.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { ...globals.node } } },
);
