/**
 * What is wrong with a zip, each with its own message (messages.ts). In a file of their own: the
 * zip reader's error takes its message from messages.ts, so the codes sit below both.
 */
export type ZipProblemCode =
  | "not-zip"
  | "zip64"
  | "multi-disk"
  | "bad-directory"
  | "bad-name"
  | "dot-segment"
  | "absolute-name"
  | "backslash-name"
  | "duplicate-name"
  | "local-header-missing"
  | "local-name-mismatch"
  | "local-header-mismatch"
  | "overlapping-entries"
  | "encrypted"
  | "unsupported-method"
  | "corrupt-data"
  | "size-mismatch"
  | "crc-mismatch";
