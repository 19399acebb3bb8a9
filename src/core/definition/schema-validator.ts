import Ajv, { type ValidateFunction } from "ajv";
import schema from "../../../templates/process.schema.json";
import options from "./ajv-options.json";

/**
 * The process schema's validator. Node (the command line, the tests) compiles it here when the module
 * loads; the task pane's build puts in its place the same validator compiled at build time
 * (webpack.config.js, scripts/schema-validator-loader.cjs), so the pane holds no `new Function`.
 */
export const validate: ValidateFunction = new Ajv(options).compile(schema);
