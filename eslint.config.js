// ESLint (flat config): typescript-eslint's recommended rules, React hooks, accessibility of JSX,
// and the project's own rule that nothing but `authorize` decides by a role's name. Formatting is
// Prettier's; import directions and cycles are dependency-cruiser's (.dependency-cruiser.cjs).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', '.data/**', '.cache/**', 'db/migrations/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[property.name='role']",
          message: 'Decide by permission (`can` / `authorize` in app/services/authorize.ts), not by a role name.',
        },
        {
          selector: "SwitchStatement > MemberExpression.discriminant[property.name='role']",
          message: 'Decide by permission (`can` / `authorize` in app/services/authorize.ts), not by a role name.',
        },
      ],
    },
  },
  {
    files: ['app/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['app/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    // Test fixtures and the demo seed make users of each role on purpose.
    files: ['tests/**', 'server/seed/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
