// The Microsoft pages the simulation follows (the same ones test/excel-sim/test-helpers.ts cites), so each
// check in the report names where the behaviour is written down.
const LEARN = "https://learn.microsoft.com";

export const PAGES = {
  apiModel: `${LEARN}/office/dev/add-ins/develop/application-specific-api-model`,
  errors: `${LEARN}/office/dev/add-ins/testing/application-specific-api-error-handling`,
  range: `${LEARN}/javascript/api/excel/excel.range`,
  setGet: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values`,
  limits: `${LEARN}/office/dev/add-ins/concepts/resource-limits-and-performance-optimization`,
  tables: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-tables`,
  events: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-events`,
  changedArgs: `${LEARN}/javascript/api/excel/excel.worksheetchangedeventargs`,
  worksheets: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-worksheets`,
  insert: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-ranges-insert`,
  tracked: `${LEARN}/javascript/api/office/officeextension.trackedobjects`,
  persist: `${LEARN}/office/dev/add-ins/develop/persisting-add-in-state-and-settings`,
  officeSettings: `${LEARN}/javascript/api/office/office.settings`,
  runOnOpen: `${LEARN}/office/dev/add-ins/develop/run-code-on-document-open`,
  formats: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-ranges-format`,
  numberFormats:
    "https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68",
  cf: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-conditional-formatting`,
  dv: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-data-validation`,
  charts: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-charts`,
  merge: `${LEARN}/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)`,
  unmerge: `${LEARN}/javascript/api/excel/excel.range#excel-excel-range-unmerge-member(1)`,
  mergedAreas: `${LEARN}/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)`,
  shapes: `${LEARN}/office/dev/add-ins/excel/excel-add-ins-shapes`,
  line: `${LEARN}/javascript/api/excel/excel.line`,
  protection: `${LEARN}/javascript/api/excel/excel.worksheetprotection`,
} as const;
