/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test", "<rootDir>/templates"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type errors are caught by `npm run typecheck`; the transform only strips types, which keeps jest fast.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // intl-messageformat and its @formatjs parts ship as ES modules only; jest runs CommonJS.
    "^.+/node_modules/(intl-messageformat|@formatjs)/.+\\.js$": [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "commonjs", isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(intl-messageformat|@formatjs)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 30000,
};
