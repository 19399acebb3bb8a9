// @ts-check
// webpack loader: turns templates/process.schema.json into the validator ajv would compile from it, as
// JavaScript written at build time (ajv's standalone code), so the task pane never calls `new Function`
// and runs under a Content-Security-Policy without 'unsafe-eval'. Same ajv and options as
// src/core/definition/schema-validator.ts, which Node uses.
const Ajv = require("ajv").default;
const standaloneCode = require("ajv/dist/standalone").default;
const options = require("../src/core/definition/ajv-options.json");

/** @param {string} source the schema's JSON text */
module.exports = function schemaValidatorLoader(source) {
  const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
  return standaloneCode(ajv, ajv.compile(JSON.parse(source)));
};
