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
  runMustReturnPromise: "RunMustReturnPromise",
  generalException: "GeneralException",
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

  /** Where the message's text comes from (see SourcedText). */
  readonly messageSource: string;

  constructor(code: ErrorCode, message: SourcedText, errorLocation: string) {
    super(message.text);
    this.code = code;
    this.messageSource = message.source;
    this.debugInfo = { code, message: message.text, errorLocation };
  }
}

/**
 * A message the emulator gives, with where its text comes from: an office-js issue or Microsoft
 * page that quotes it, or "invented" where nobody here has seen Word's own words.
 */
export type SourcedText = { readonly text: string; readonly source: string };

/** Word on the web's refusal as add-in authors quoted it in 2018–2021 (office-js #191, office-js-docs #981). */
export const WEB_REFUSAL_2017: SourcedText = {
  text: "The action isn’t supported in Word Online. Check the OfficeExtension.Error.debugInfo for more information.",
  source: "office-js #191",
};

/** Word on the web's refusal today (office-js #2241, #5732, #6865; the full text as quoted in #3271). */
export const WEB_REFUSAL_TODAY: SourcedText = {
  text: "The action isn't supported by Word in a browser. Check the OfficeExtension.Error.debugInfo for more information.",
  source: "office-js #2241, #5732, #6865, #3271",
};

/** The message of each error the emulator raises, with its source. */
export const MESSAGES = {
  propertyNotLoaded: (property: string): SourcedText => ({
    text: `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    source: "office.js 1.1.110, ResourceStrings.propertyNotLoaded",
  }),
  itemNotFound: {
    text: "We couldn’t find the item you requested. Check the OfficeExtension.Error.debugInfo for more information.",
    source: "office-js-docs-reference #384",
  },
  apiNotFound: {
    text: "The API you are trying to use could not be found. It may be available in a newer version of Word.",
    source: "invented (no quote found)",
  },
  accessDenied: {
    text: "You don't have sufficient permissions for this action.",
    source: "office-js #6907",
  },
  invalidArgument: (detail: string): SourcedText => ({
    text: `The argument is invalid or missing or has an incorrect format. (${detail})`,
    source: "office-js #1561 (the detail in brackets is the emulator's own)",
  }),
  invalidObjectPath: {
    text: 'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
    source: "invented (no quote found)",
  },
  runMustReturnPromise: {
    text: 'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
    source: "office.js 1.1.110, ResourceStrings.runMustReturnPromise",
  },
  generalException: {
    text: "Sorry, something went wrong. Check the OfficeExtension.Error.debugInfo for more information. ",
    source: "office-js #4251, #803 (Word on the web; the trailing space is Word's)",
  },
} as const;

/** Thrown for any member of the Word/Office API this emulator does not implement. */
export class NotEmulatedError extends Error {
  override readonly name = "NotEmulatedError";
  constructor(member: string) {
    super(`not emulated: ${member}`);
  }
}
