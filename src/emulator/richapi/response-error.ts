/**
 * An error of the emulator as a RichApi host reports it, `{Code, Message, Location, ActionIndex}`,
 * from which office.js builds its own error and `debugInfo` (statement and surrounding statements).
 */
import { ERROR_CODES, MESSAGES, NotEmulatedError, OfficeExtensionError } from "../errors";
import type { ResponseError } from "./protocol";

/**
 * HTTP statuses per code. ItemNotFound and ApiNotFound are 404 in office.js's own tables; the
 * others are the emulator's assumption (office.js only passes them on as `httpStatusCode`).
 */
const STATUS: Readonly<Record<string, number>> = {
  ItemNotFound: 404,
  ApiNotFound: 404,
  AccessDenied: 403,
  NotAllowed: 405,
  GeneralException: 500,
};

export function responseError(error: unknown, actionIndex: number): ResponseError {
  if (error instanceof OfficeExtensionError) {
    return {
      Code: error.code,
      Message: error.message,
      Location: error.debugInfo.errorLocation,
      ActionIndex: actionIndex,
      HttpStatusCode: STATUS[error.code] ?? 400,
    };
  }
  if (error instanceof NotEmulatedError) {
    return {
      Code: "NotEmulated",
      Message: error.message,
      Location: "",
      ActionIndex: actionIndex,
      HttpStatusCode: 501,
    };
  }
  // Word on the web reports its own script failures as GeneralException with the script's message
  // (office-js #4344, #4316, #6330); the emulator does the same with its own.
  const message = error instanceof Error ? error.message : MESSAGES.generalException.text;
  return {
    Code: ERROR_CODES.generalException,
    Message: message,
    Location: "",
    ActionIndex: actionIndex,
    HttpStatusCode: 500,
  };
}
