/**
 * OfficeExtension.Error as Excel raises it, plus the codes the simulation uses.
 *
 * Shape (code, message, debugInfo {code, message, errorLocation, statement, surroundingStatements,
 * fullStatements}, traceMessages, innerError, name "RichApi.Error"):
 * https://learn.microsoft.com/javascript/api/office/officeextension.error
 * https://learn.microsoft.com/javascript/api/office/officeextension.debuginfo
 * Codes and their meanings:
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */

/** Codes of OfficeExtension.ErrorCodes and Excel.ErrorCodes that the simulation raises. */
export const ErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  unsupportedOperation: "UnsupportedOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  propertyNotLoaded: "PropertyNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  valueNotLoaded: "ValueNotLoaded",
  cannotRegisterEvent: "CannotRegisterEvent",
  connectionFailure: "ConnectionFailure",
  activityLimitReached: "ActivityLimitReached",
  filteredRangeConflict: "FilteredRangeConflict",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  rangeExceedsLimit: "RangeExceedsLimit",
  undoNotSupported: "UndoNotSupported",
  cannotUpdateReadOnlyProperty: "CannotUpdateReadOnlyProperty",
} as const;
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** English messages as Office.js / Excel return them (the message is localized and not for end users). */
const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  Conflict: "Request could not be processed because of a conflict.",
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  UnsupportedOperation: "The operation being attempted is not supported.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  FilteredRangeConflict: "The attempted operation causes a conflict with a filtered range.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
  UndoNotSupported:
    "The operation cannot be grouped into a single undo because it includes an API that does not support undo.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  CannotRegisterEvent: "The event handler cannot be registered.",
};

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
  innerError?: SimDebugInfo | string;
}

/**
 * The simulated OfficeExtension.Error. It is installed as `OfficeExtension.Error`, so `instanceof
 * OfficeExtension.Error` in code under test works as in Office.
 */
export class SimOfficeError extends Error {
  override name = "RichApi.Error";
  code: string;
  traceMessages: string[] = [];
  debugInfo: SimDebugInfo;
  innerError: SimOfficeError | null = null;
  httpStatusCode: number;

  constructor(code: string, message?: string, debug?: Partial<SimDebugInfo>) {
    const text = message ?? MESSAGES[code] ?? code;
    super(text);
    this.code = code;
    this.httpStatusCode =
      code === ErrorCode.itemNotFound ? 404 : code === ErrorCode.generalException ? 500 : 400;
    this.debugInfo = { code, message: text, ...(debug ?? {}) };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** Builds an error with an errorLocation such as "Range.values" or "WorksheetCollection.getItem". */
export function officeError(
  code: ErrorCodeValue | string,
  errorLocation?: string,
  message?: string,
): SimOfficeError {
  return new SimOfficeError(code, message, errorLocation === undefined ? undefined : { errorLocation });
}

/** PropertyNotLoaded, raised on the client when an unloaded property is read (Office.js message text). */
export function propertyNotLoaded(typeName: string, property: string): SimOfficeError {
  return new SimOfficeError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    { errorLocation: `${typeName}.${property}` },
  );
}

/**
 * Thrown when the simulation meets something it cannot reproduce faithfully (a formula HyperFormula
 * cannot compute, an unimplemented member). It is deliberately NOT an OfficeExtension.Error: a test
 * must fail loudly instead of asserting on a value Excel might not produce.
 */
export class SimulationLimitError extends Error {
  override name = "SimulationLimitError";
}
