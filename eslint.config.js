// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import globals from 'globals';

/** Layers depend only downward: data → engine → content/ui → pages (see docs/DESIGN.md). */
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: why })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench-results/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  comments.recommended,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.node.json'], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Every `any` and every disabled rule must say why.
      '@typescript-eslint/no-explicit-any': 'error',
      '@eslint-community/eslint-comments/require-description': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Quotes are untrusted text: never render markup.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/][parent.type='AssignmentExpression']", message: 'Build DOM with textContent or Preact, never from HTML strings.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never build DOM from HTML strings.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Use src/platform: it is the one module that touches the extension API.' }] }],
    },
  },
  { files: ['src/platform/**'], rules: { 'no-restricted-imports': 'off' } },
  layer(['src/data/**'], ['**/engine/**', '**/content/**', '**/ui/**', '**/platform/**', '**/popup/**', '**/options/**', '**/pages/**', '**/background/**', 'preact', 'preact/*'], 'src/data is the bottom layer.'),
  layer(['src/engine/**'], ['**/content/**', '**/ui/**', '**/platform/**', '**/popup/**', '**/options/**', '**/pages/**', '**/background/**', 'preact', 'preact/*', 'webextension-polyfill'], 'The engine is pure TypeScript over the DOM: no extension API, no Preact.'),
  layer(['src/ui/**'], ['**/content/**', '**/popup/**', '**/options/**', '**/pages/**', '**/background/**', 'webextension-polyfill'], 'UI components get what they need through props.'),
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-syntax': 'off',
      // Fakes and fixtures mimic async browser APIs without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
);
