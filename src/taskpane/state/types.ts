/** The shapes of the panel's store: its state, its operations and its options (./store.ts). */
import type { FieldChange } from "../../plan/changes";
import type { Plan } from "../../plan/read";
import type { WriteRefusal } from "../../plan/refusals";
import type { Tag } from "../../plan/tags";
import type { PlanSnapshot, VersionRow } from "../../plan/versioning";
import type { DocumentErrorCode, PlanReading } from "../../word/port";

export type PanelActivity = "idle" | "reading" | "writing";

/** What the one MessageBar shows: the result of the last operation, or nothing. */
export type Outcome =
  | { readonly kind: "saved" }
  | { readonly kind: "version-recorded"; readonly number: string }
  | { readonly kind: "refused"; readonly refusals: readonly WriteRefusal[] }
  | { readonly kind: "document-error"; readonly code: DocumentErrorCode }
  | { readonly kind: "unexpected-error"; readonly detail: string };

export type PanelState = {
  /** The document as last read; undefined until the first read succeeds. */
  readonly reading: PlanReading | undefined;
  readonly activity: PanelActivity;
  readonly outcome: Outcome | undefined;
  /**
   * The fields whose last write was refused, with why: each control shows its own status until the
   * next write that includes it. Cleared by a write of that field, never by dismissing the message.
   */
  readonly unsaved: ReadonlyMap<Tag, WriteRefusal>;
};

/** How one write ended, for the control that asked (to keep or drop what the user typed). */
export type WriteResult = "written" | "unchanged" | "refused" | "failed";

export type PanelStore = {
  getState(): PanelState;
  subscribe(listener: () => void): () => void;
  /** Reads the document, listens for change hints; returns the stop function. */
  start(): () => void;
  /** Queues a read (joining one that is already waiting). */
  reread(): Promise<void>;
  /**
   * Queues a write. `changesFor` runs when the write's turn comes, against the plan last read, so a
   * queued write never carries stale expectations of the panel's own earlier writes.
   */
  apply(changesFor: (plan: Plan) => readonly FieldChange[]): Promise<WriteResult>;
  /** Queues the recording of a version; the snapshot is taken from the plan last read when its turn comes. */
  recordVersion(row: VersionRow, snapshotFor: (plan: Plan) => PlanSnapshot): Promise<boolean>;
  /** Queues putting Word's selection on the field with `tag`; a failure is shown, never thrown. */
  selectField(tag: Tag): Promise<boolean>;
  /**
   * Queues filling a blank document with a template, whose base64 text `base64` fetches when its
   * turn comes, then reads the document; a refusal (the document is not blank) is shown.
   */
  insertTemplate(base64: () => Promise<string>): Promise<boolean>;
  dismissOutcome(): void;
};

/** Where the store's two timers come from: the page's clock, or one a test moves by hand. */
export type Timers = {
  readonly set: (run: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
};

export type PanelStoreOptions = {
  /** Quiet time after the last change hint before re-reading. */
  readonly rereadDelayMs?: number;
  /** How long "Salvato" stays before the message area clears itself. */
  readonly savedNoticeMs?: number;
  readonly timers?: Timers;
};
