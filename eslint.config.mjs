// Layers are visible in the import graph (docs/architecture.md): words ← core ← workbook ← excel ←
// taskpane/commands; cli → workbook → core → words. src/words, the catalogue of everything Procsheet says,
// is the bottom layer every other may import. The workbook model (src/workbook) is pure like the core: cells, History, charts and
// the sync's state as both ends keep them in a workbook.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import officeAddins from "eslint-plugin-office-addins";

// An error's English comes from the catalogue (src/words): no `message` written as text where an error
// (an object with a `code`) is made.
const noInlineErrorText = [
  {
    selector: "ObjectExpression:has(> Property[key.name='code']) > Property[key.name='message'] > Literal",
    message: "Make errors with procsheetError (core/error.ts): their words live in src/words.",
  },
  {
    selector:
      "ObjectExpression:has(> Property[key.name='code']) > Property[key.name='message'] > TemplateLiteral",
    message: "Make errors with procsheetError (core/error.ts): their words live in src/words.",
  },
];

const officeGlobals = [
  { name: "Excel", message: "Office.js belongs in src/excel only." },
  { name: "Office", message: "Office.js belongs in src/excel only." },
  { name: "OfficeExtension", message: "Office.js belongs in src/excel only." },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-workbench/",
      "lib/",
      "coverage/",
      "test/e2e/screenshots/",
      "test/fixtures/jsonata-suite/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "../excel/*",
                "../../excel/*",
                "**/excel/**",
                "../workbook/*",
                "../../workbook/*",
                "../../../workbook/*",
                "**/taskpane/**",
                "**/cli/**",
                "**/commands/**",
                "**/workbench/**",
              ],
              message: "src/core imports nothing outside src/core.",
            },
            {
              group: ["node:*", "react", "react-dom", "@fluentui/*", "exceljs"],
              message: "src/core is pure: no Node, DOM or UI.",
            },
          ],
          paths: ["fs", "path", "os", "child_process", "util", "crypto"].map((name) => ({
            name,
            message: "src/core is pure: no Node APIs.",
          })),
        },
      ],
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        { name: "window", message: "src/core is pure." },
        { name: "document", message: "src/core is pure." },
        { name: "process", message: "src/core is pure." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The clock is an argument in src/core.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "The clock is an argument in src/core.",
        },
        ...noInlineErrorText,
      ],
    },
  },
  {
    // The catalogue of words is the bottom layer: pure data and the one function that says it. Everything
    // of ours may import it; it imports nothing of ours, and nothing of Node, the DOM or React.
    files: ["src/words/**/*.ts"],
    ignores: ["src/words/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["../*", "**/core/**", "**/workbook/**", "**/excel/**", "**/taskpane/**"],
              message: "src/words imports nothing of ours: every layer stands on it.",
            },
            {
              group: ["**/cli/**", "**/commands/**", "**/workbench/**", "**/test/**"],
              message: "src/words imports nothing of ours: every layer stands on it.",
            },
            {
              group: ["node:*", "react", "react-dom", "@fluentui/*", "exceljs", "jsonata"],
              message: "src/words is pure: no Node, DOM or UI.",
            },
          ],
          paths: ["fs", "path", "os", "child_process", "util", "crypto"].map((name) => ({
            name,
            message: "src/words is pure: no Node APIs.",
          })),
        },
      ],
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        { name: "window", message: "src/words is pure." },
        { name: "document", message: "src/words is pure." },
        { name: "process", message: "src/words is pure." },
      ],
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    ignores: ["src/workbook/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/excel/**",
                "**/taskpane/**",
                "**/cli/**",
                "**/commands/**",
                "**/workbench/**",
                "**/test/**",
              ],
              message:
                "src/workbook imports src/core only: both the add-in and the command line stand on it.",
            },
            {
              group: ["node:*", "react", "react-dom", "@fluentui/*", "exceljs"],
              message: "src/workbook is pure: no Node, DOM or UI.",
            },
          ],
          paths: ["fs", "path", "os", "child_process", "util", "crypto"].map((name) => ({
            name,
            message: "src/workbook is pure: no Node APIs.",
          })),
        },
      ],
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        { name: "window", message: "src/workbook is pure." },
        { name: "document", message: "src/workbook is pure." },
        { name: "process", message: "src/workbook is pure." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The clock is an argument in src/workbook.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "The clock is an argument in src/workbook.",
        },
        ...noInlineErrorText,
      ],
    },
  },
  {
    // Rules off the main thread: stands on core (and words); both front ends use it, it uses neither.
    files: ["src/rule-worker/**/*.ts"],
    ignores: ["src/rule-worker/**/*.test.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...noInlineErrorText],
      "no-restricted-globals": ["error", ...officeGlobals],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/excel/**",
                "**/taskpane/**",
                "**/cli/**",
                "**/commands/**",
                "**/workbench/**",
                "**/workbook/**",
                "**/test/**",
              ],
              message:
                "src/rule-worker stands on src/core only: the add-in and the command line both use it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    ignores: ["src/excel/**/*.test.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...noInlineErrorText],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "**/commands/**", "**/cli/**", "**/workbench/**"],
              message: "src/excel is below the UI: no imports from taskpane, commands, cli or the workbench.",
            },
            {
              group: ["**/test/**"],
              message: "What ships never imports test code; tests and fixtures live beside the tests.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/cli/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/**", "**/taskpane/**", "../../commands/**", "../../../commands/**"],
              message: "src/cli stands on src/workbook and src/core only.",
            },
          ],
        },
      ],
    },
  },
  {
    // The pane reaches Excel through one typed surface (docs/architecture.md §4, "one typed command surface"): api-types.ts.
    // Only the composition root (index.tsx, which creates the real adapter) imports more.
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: [
      "src/taskpane/index.tsx",
      "src/taskpane/**/*.test.ts",
      "src/taskpane/**/*.test.tsx",
      "src/taskpane/testing/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "excel/(?!api-types$)",
              message: "The pane imports only the typed surface of src/excel (excel/api-types).",
            },
            {
              group: ["../workbench/*", "../../workbench/*", "../../../workbench/*", "**/workbench/**"],
              message: "src/workbench is a development tool; nothing that ships imports it.",
            },
          ],
        },
      ],
    },
  },
  {
    // The workbench (a dev tool) sits above the pane and the commands: what ships never imports it.
    files: ["src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["../workbench/*", "../../workbench/*", "../../../workbench/*", "**/workbench/**"],
              message: "src/workbench is a development tool; nothing that ships imports it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pane tests and the pane's composition root may reach further, never into the workbench.
    files: [
      "src/taskpane/index.tsx",
      "src/taskpane/**/*.test.ts",
      "src/taskpane/**/*.test.tsx",
      "src/taskpane/testing/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["../workbench/*", "../../workbench/*", "../../../workbench/*", "**/workbench/**"],
              message: "src/workbench is a development tool; nothing that ships imports it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "src/taskpane/**/*.tsx",
      "src/taskpane/**/*.ts",
      "src/workbench/**/*.tsx",
      "src/workbench/**/*.ts",
    ],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // Accessibility checked by machines on everything that renders (axe-core then checks the pages).
    files: ["src/taskpane/**/*.tsx", "src/workbench/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A list styled without bullets loses its list semantics in Safari's VoiceOver (Office on Mac and
      // iPad runs the pane in WebKit): `<ul role="list">` there is deliberate, not redundant.
      "jsx-a11y/no-redundant-roles": ["error", { ul: ["list"] }],
    },
  },
  {
    // Office's own rules for add-ins (eslint-plugin-office-addins). Its flat "recommended" config brings its
    // own parser, ES6 and prettier-as-lint; only its rules are taken here, at its recommended levels, made
    // errors: a deliberate context.sync in a loop says why in an eslint-disable comment.
    files: ["src/excel/**/*.ts"],
    ignores: ["src/excel/**/*.test.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The self-check reads on purpose what Excel has not loaded (PropertyNotLoaded is one of its checks),
    // and reads results through small helpers whose load and sync the rules cannot follow.
    files: ["src/excel/diagnostics/**/*.ts"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    // The workbench hosts the simulated Excel in its page: it imports test/excel-sim and sets up the
    // `Excel` / `Office` globals the real pane then uses (never part of a production build).
    files: ["src/workbench/**/*.ts", "src/workbench/**/*.tsx"],
    rules: { "no-restricted-globals": "off", "no-restricted-imports": "off" },
  },
  {
    // Build scripts, benchmarks and configs run in Node.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        setImmediate: "readonly",
        URL: "readonly",
        performance: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
