import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// core/ math must run unchanged in Excel, the browser and Node: only core/io and core/cli
// may touch files, ExcelJS or Node APIs, and nothing in core/ may touch Office or the DOM.
const coreForbidden = {
  paths: [
    { name: 'react', message: 'core/ is UI-free.' },
    { name: 'exceljs', message: 'Only core/io reads workbooks.' },
    { name: 'fs', message: 'Only core/io and core/cli touch files.' },
    { name: 'node:fs', message: 'Only core/io and core/cli touch files.' },
    { name: 'node:fs/promises', message: 'Only core/io and core/cli touch files.' },
    { name: 'node:worker_threads', message: 'Only core/cli runs workers.' },
  ],
  patterns: [
    { group: ['@fluentui/*', 'office-*', '@microsoft/*'], message: 'core/ is Office-free.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'bench-out/',
      '.tmp/',
      'tests/fixtures/',
      '**/*.xlsx',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Cell text is user data: render it as text, never as HTML.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No code from strings.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/io/**', 'core/cli/**'],
    rules: {
      'no-restricted-imports': ['error', coreForbidden],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'core/ is Office-free.' },
        { name: 'Excel', message: 'core/ is Office-free.' },
        { name: 'document', message: 'core/ is DOM-free.' },
        { name: 'window', message: 'core/ is DOM-free.' },
      ],
    },
  },
);
