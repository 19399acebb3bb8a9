/** Shared test helpers: docs URLs each test follows, and a way to catch OfficeExtension errors. */
export const DOCS = {
  apiModel: "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model",
  errors: "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling",
  debugInfo: "https://learn.microsoft.com/javascript/api/office/officeextension.debuginfo",
  loadOption: "https://learn.microsoft.com/javascript/api/office/officeextension.loadoption",
  blankNull: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values",
  range: "https://learn.microsoft.com/javascript/api/excel/excel.range",
  setGet: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values",
  limits:
    "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization",
  performance: "https://learn.microsoft.com/office/dev/add-ins/excel/performance",
  tables: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables",
  coauthoring: "https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins",
  events: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events",
  changedArgs: "https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs",
  tableChangedArgs: "https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs",
  reqSets: "https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets",
  specify: "https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements",
  runOptions: "https://learn.microsoft.com/javascript/api/excel/excel.runoptions",
  dates: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates",
  numberFormats:
    "https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68",
  cf: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting",
  dv: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation",
  charts: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts",
  worksheets: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets",
  workbooks: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks",
  insert: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-insert",
  delete: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-delete",
  clear: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-clear",
  tracked: "https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects",
  persist: "https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings",
  undo: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities",
  initialize: "https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in",
  officeTheme: "https://learn.microsoft.com/javascript/api/office/office.officetheme",
  formats: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-format",
  merge: "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)",
  unmerge: "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-unmerge-member(1)",
  mergedAreas:
    "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)",
  mergedAreasTopLeft: "https://github.com/OfficeDev/office-js/issues/3611",
  officeSettings: "https://learn.microsoft.com/javascript/api/office/office.settings",
  autoOpen:
    "https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document",
  addin: "https://learn.microsoft.com/javascript/api/office/office.addin",
  runOnOpen: "https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open",
  actions: "https://learn.microsoft.com/javascript/api/office/office.actions",
  startupBehavior: "https://learn.microsoft.com/javascript/api/office/office.startupbehavior",
  /** Typing in an empty row next to a table (a "list") expands it: AutoCorrect's AutoExpandListRange. */
  autoExpand: "https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange",
  resizeTable:
    "https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165",
  dataChangeType: "https://learn.microsoft.com/javascript/api/excel/excel.datachangetype",
  eventSource: "https://learn.microsoft.com/javascript/api/excel/excel.eventsource",
  shapes: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-shapes",
  shapeCollection: "https://learn.microsoft.com/javascript/api/excel/excel.shapecollection",
  shape: "https://learn.microsoft.com/javascript/api/excel/excel.shape",
  line: "https://learn.microsoft.com/javascript/api/excel/excel.line",
  textFrame: "https://learn.microsoft.com/javascript/api/excel/excel.textframe",
  shapeFill: "https://learn.microsoft.com/javascript/api/excel/excel.shapefill",
  shapeLineFormat: "https://learn.microsoft.com/javascript/api/excel/excel.shapelineformat",
  connectorType: "https://learn.microsoft.com/javascript/api/excel/excel.connectortype",
} as const;

/** Runs `fn` and returns the OfficeExtension.Error it rejects with (fails the test otherwise). */
export async function officeErrorOf(fn: () => Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof OfficeExtension.Error) return e;
    throw e;
  }
  throw new Error("expected an OfficeExtension.Error, but the call succeeded");
}
