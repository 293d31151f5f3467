/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (thrown as "RichApi.Error"), so code
 * written against real Word can branch on `error.code` the same way here.
 */

/** The codes this emulator raises (a subset of `OfficeExtension.ErrorCodes` / `Word.ErrorCodes`). */
export const ERROR_CODES = {
  propertyNotLoaded: "PropertyNotLoaded",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  accessDenied: "AccessDenied",
  invalidArgument: "InvalidArgument",
  apiNotFound: "ApiNotFound",
  invalidObjectPath: "InvalidObjectPath",
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export type DebugInfo = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly errorLocation: string;
};

export class OfficeExtensionError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: ErrorCode;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: readonly string[] = [];
  readonly innerError: null = null;

  constructor(code: ErrorCode, message: string, errorLocation: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Messages copied from what Office.js / Word print for these codes. */
export const MESSAGES = {
  propertyNotLoaded: (property: string) =>
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  itemNotFound: "The requested resource doesn't exist.",
  // Word on the web, office-js #191 and office-js-docs #981.
  notAllowedOnWeb:
    "The action isn’t supported in Word Online. Check the OfficeExtension.Error.debugInfo for more information.",
  apiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Word.",
  accessDenied: "This action is denied: the content control is locked.",
  invalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
} as const;

/** Thrown for any member of the Word/Office API this emulator does not implement. */
export class NotEmulatedError extends Error {
  override readonly name = "NotEmulatedError";
  constructor(member: string) {
    super(`not emulated: ${member}`);
  }
}
