/**
 * What the ribbon's function file and the version dialog page say to each other. DialogApi 1.1 has
 * one channel each way: the dialog's address (query string) going in, `messageParent` (a string)
 * coming out (learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
 * Sending to an open dialog (`messageChild`) needs DialogApi 1.2, so each request opens the page
 * afresh. Both directions are parsed, not trusted: they arrive as text.
 */
import type { VersionDraft } from "../plan/version-draft";

export type VersionDialogRequest =
  /** The proposal to edit, with why the last attempt failed when it did. */
  | { readonly kind: "draft"; readonly draft: VersionDraft; readonly error?: string }
  /** Nothing to edit: only a message (the document could not be read). */
  | { readonly kind: "message"; readonly text: string };

export type VersionDialogAnswer =
  { readonly kind: "record"; readonly draft: VersionDraft } | { readonly kind: "cancel" };

/** Where a request is edited: a dialog in Word, an overlay in the playground, a script in tests. */
export type VersionDialog = {
  show(request: VersionDialogRequest): Promise<VersionDialogAnswer>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function draftOf(value: unknown): VersionDraft | undefined {
  if (!isRecord(value)) return undefined;
  const { date, number, summary } = value;
  return typeof date === "string" && typeof number === "string" && typeof summary === "string"
    ? { date, number, summary }
    : undefined;
}

function parsed(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseRequest(text: string | null): VersionDialogRequest | undefined {
  const value = parsed(text);
  if (!isRecord(value)) return undefined;
  if (value["kind"] === "message" && typeof value["text"] === "string")
    return { kind: "message", text: value["text"] };
  const draft = draftOf(value["draft"]);
  if (value["kind"] !== "draft" || !draft) return undefined;
  const error = value["error"];
  return typeof error === "string" ? { kind: "draft", draft, error } : { kind: "draft", draft };
}

/** Anything that is not a well-formed «record» answer cancels: nothing is written on a doubt. */
export function parseAnswer(text: string): VersionDialogAnswer {
  const value = parsed(text);
  const draft = isRecord(value) && value["kind"] === "record" ? draftOf(value["draft"]) : undefined;
  return draft ? { kind: "record", draft } : { kind: "cancel" };
}
