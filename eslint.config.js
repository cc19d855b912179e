// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import globals from 'globals';

/**
 * Layers depend only downward: data → engine → platform → ui → content, background and the
 * extension pages (see docs/DESIGN.md, "Layers"), and
 * only src/platform touches the extension API. One entry per folder of src/, each listing what
 * it must not import; a test (tests/unit/lint-layers.test.ts) shows each rule bites.
 */
const EXTENSION_API = [
  { group: ['webextension-polyfill'], message: 'Use src/platform: it is the one module that touches the extension API.' },
  { group: ['**/platform/browser'], importNames: ['browser'], message: 'The raw extension API stays in src/platform: add a small wrapper there.' },
];
const layer = (folder, forbidden, why) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...(folder === 'platform' ? [] : EXTENSION_API), ...forbidden.map((group) => ({ group: [group].flat(), message: why }))] },
    ],
  },
});
const FOLDERS = ['data', 'engine', 'platform', 'content', 'ui', 'background', 'popup', 'panel', 'options', 'pages'];
const above = (...allowed) => FOLDERS.filter((f) => !allowed.includes(f)).map((f) => `**/${f}/**`);
const LAYERS = [
  layer('data', [...above('data'), 'preact', 'preact/*'], 'src/data is the bottom layer.'),
  layer('engine', [...above('data', 'engine'), 'preact', 'preact/*'], 'The engine is pure TypeScript over the DOM: no extension API, no Preact.'),
  layer(
    'platform',
    [...above('data', 'platform'), 'preact', 'preact/*'],
    'The platform layer wraps the extension API for everything above it and uses only data.',
  ),
  layer('ui', above('data', 'engine', 'platform', 'ui'), 'UI components get what they need through props.'),
  layer(
    'content',
    above('data', 'engine', 'platform', 'ui', 'content'),
    'The content script uses the layers below it, never the background or the extension pages.',
  ),
  layer(
    'background',
    [...above('data', 'engine', 'platform', 'background'), 'preact', 'preact/*'],
    'The background uses data, engine and platform; it renders nothing.',
  ),
  // The options page previews the highlight styles with the content script's own stylesheet.
  layer(
    'options',
    [...above('data', 'engine', 'platform', 'ui', 'options', 'content'), ['**/content/**', '!**/content/**/*.css']],
    'An extension page uses data, engine, platform and ui.',
  ),
  layer('popup', above('data', 'engine', 'platform', 'ui', 'popup'), 'An extension page uses data, engine, platform and ui.'),
  layer('panel', above('data', 'engine', 'platform', 'ui', 'panel'), 'An extension page uses data, engine, platform and ui.'),
  layer('pages', above('data', 'engine', 'platform', 'ui', 'pages'), 'An extension page uses data, engine, platform and ui.'),
];

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
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/][parent.type='AssignmentExpression']",
          message: 'Build DOM with textContent or Preact, never from HTML strings.',
        },
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
      'no-restricted-imports': ['error', { patterns: EXTENSION_API }],
    },
  },
  ...LAYERS,
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
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
