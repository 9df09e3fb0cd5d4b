/**
 * OfficeExtension.Error as Office.js raises it: a `code` from a fixed list, a `message`, and
 * `debugInfo` naming the operation that failed. The add-in classifies errors by `code`
 * (its messages are localized by Excel), so the workbench must use the same codes.
 */

/** The codes the workbench raises (a subset of OfficeExtension.ErrorCodes / Excel.ErrorCodes). */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface DebugInfo {
  code: string;
  message: string;
  /** e.g. "Range.values" or "WorksheetCollection.getItem". */
  errorLocation?: string;
}

/** OfficeExtension.Error: what `context.sync()` rejects with. */
export class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    // Office.js reports this name; some code (and users' scripts) test it.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** An error raised while running a queued operation; turned into OfficeExtension.Error by sync. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function apiError(code: ErrorCode, message: string): ApiError {
  return new ApiError(code, message);
}

/** Anything thrown by the engine becomes GeneralException, as Excel reports its own failures. */
export function toOfficeError(e: unknown, location: string): OfficeExtensionError {
  if (e instanceof OfficeExtensionError) return e;
  if (e instanceof ApiError) return new OfficeExtensionError(e.code, e.message, location);
  const message = e instanceof Error ? e.message : String(e);
  return new OfficeExtensionError(ErrorCodes.generalException, message, location);
}

export function notLoaded(type: string, prop: string): OfficeExtensionError {
  return new OfficeExtensionError(
    ErrorCodes.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}
