import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'var/**', 'node_modules/**', 'data/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // core/ is pure and shared: it must not depend on the runtime around it.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'http', 'events'],
              message: 'core/ is pure: no Node modules.',
            },
            {
              group: ['express', 'socket.io', 'socket.io-client', 'better-sqlite3'],
              message: 'core/ is pure: no server or network code.',
            },
            {
              group: ['react', 'react-dom', 'maplibre-gl', '@deck.gl/*', 'deck.gl'],
              message: 'core/ is pure: no UI or map code.',
            },
            {
              group: ['../server/*', '../client/*', '../../server/*', '../../client/*'],
              message: 'core/ imports nothing from server or client.',
            },
          ],
        },
      ],
    },
  },
);
