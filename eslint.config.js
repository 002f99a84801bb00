// ESLint: JavaScript's and typescript-eslint's recommended rules (type-checked for TypeScript), Lit's and the web
// components plugin's, Node or browser globals by folder; formatting is Prettier's (npm run format).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'src/generated/', 'test-results/', 'bench/results/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    // Lit's rules beyond its recommended set that guard what this code relies on: class fields that must not shadow
    // Lit's accessors, super calls in lifecycle methods, static styles (the strict CSP allows no inline style).
    rules: {
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-static-styles': 'error',
    },
  },
  {
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Leaving fields out by destructuring (`({ note, ...shipped }) => shipped`) names what is left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Types are added to the DOM's and the frameworks' own interfaces by declaration merging, which takes an empty
      // interface extending one type (`interface HTMLElementEventMap extends Cc4drEventMap {}`) and, for React, a
      // namespace inside `declare module`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // An empty attribute or field means "not given" (`src?.trim() || undefined`): for strings, `||` is meant.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },
  // Node's scripts, configs and tests (and the browser-free bench driver), in plain JavaScript.
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  // Plain scripts that run in a test page.
  {
    files: ['test/screenshots/*.js', 'test/fixtures/*.js', '.storybook/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
    },
  },
  prettier,
);
