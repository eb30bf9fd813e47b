/**
 * `npm run lint`: ESLint's and typescript-eslint's recommended rules (not the type-checked ones: TypeScript 7
 * does the type-checking), plus the import rules for the layers (eslint-rules/layer-imports.mjs) and the renderer's state ownership
 * (eslint-rules/slice-writes.mjs).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerImports } from './eslint-rules/layer-imports.mjs';
import { sliceWrites } from './eslint-rules/slice-writes.mjs';

/** The Node globals the plain JavaScript files (bin, bench, scripts) use; TypeScript checks the rest. */
const nodeGlobals = Object.fromEntries(
  ['Buffer', 'console', 'process', 'fetch', 'performance', 'URL', 'setTimeout', 'clearTimeout'].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', '.cache/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { hookbench: { rules: { 'layer-imports': layerImports, 'slice-writes': sliceWrites } } },
    rules: {
      'hookbench/layer-imports': 'error',
      'hookbench/slice-writes': 'error',
      // `const { secret: _dropped, ...rest } = x` is how a field is left out; `_next` is Express's four-argument error handler.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: nodeGlobals } },
  {
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Tests poke at generated JSON payloads and at page globals, whose shapes are what the assertions check.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
