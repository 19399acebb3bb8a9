/**
 * The commands, in one import for main.ts. (The lint rule that keeps src/cli away from the ribbon's
 * src/commands also matches src/cli/commands/<file>; importing this folder's index does not.)
 */
export { runAnalyze } from "./analyze";
export { runBacktest } from "./backtest";
export { runCatalog } from "./catalog";
export { runExport } from "./export";
export { runInit } from "./init";
export { runNotify } from "./notify";
export { runSync } from "./sync";
export { runTest } from "./test";
export { runValidate } from "./validate";
