/**
 * Argument checks done when a method is called. The error reaches add-in code at sync, after the
 * batch's earlier commands (runtime/handle.ts), because Word, not office.js, checks arguments.
 */
import { ERROR_CODES, MESSAGES, OfficeExtensionError } from "../errors";

export function invalidArgument(location: string, detail: string): OfficeExtensionError {
  return new OfficeExtensionError(ERROR_CODES.invalidArgument, MESSAGES.invalidArgument(detail), location);
}

export function stringArg(value: unknown, location: string, name: string): string {
  if (typeof value !== "string") throw invalidArgument(location, `${name} must be a string`);
  return value;
}

export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  location: string,
  name: string,
): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalidArgument(location, `${name} must be one of ${allowed.join(", ")}`);
}
