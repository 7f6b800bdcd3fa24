// ESLint for `npm run lint` (scripts/lint.mjs runs it over the paths it names). Syntax-only
// rules (typescript-eslint's `recommended`, not the type-checked sets) keep it fast; the type
// checks are scripts/typecheck.mjs.
import js from "@eslint/js"
import { defineConfig, globalIgnores } from "eslint/config"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default defineConfig([
  globalIgnores([
    "**/node_modules/",
    "**/.medusa/",
    "**/.next/",
    "**/.next-production/",
    ".data/",
    ".test-data/",
    ".e2e-output/",
    ".bench-output/",
    "static/",
    // Written by Next.js on every build or dev run.
    "storefront-starter/next-env.d.ts",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: { globals: globals.node },
    rules: {
      // A leading underscore marks a parameter or binding kept on purpose (a handler's
      // signature, an element skipped in a destructured tuple); `const { a, ...rest }` drops a.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // The admin extensions and the storefront run in the browser (the storefront's server
    // components and actions also on Node).
    files: ["admin-extensions/**", "src/admin/**", "storefront-starter/**"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ["admin-extensions/**", "src/admin/**", "storefront-starter/**", "**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["tests/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    // The suites read the JSON answers of HTTP routes, which carry no static types.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // CommonJS by necessity: jest's config and setup file, the benchmarks' preloads.
    files: ["**/*.cjs", "jest.config.js", "tests/setup.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
])
