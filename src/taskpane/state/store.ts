/**
 * The panel's one state module: the last reading of the document plus the UI status and the one
 * outcome message. Nothing else in the panel holds a plan value: the document is the
 * only place the plan lives, so the pane shows nothing it did not just read there.
 *
 * Every document operation goes through one queue, so two never run at once. The store reads the
 * whole document on start, after a change hint from the document (debounced), on «Rileggi», when
 * the pane regains focus, and after a write that was refused, failed or overlapped a hint. A write
 * that went through updates only the fields it wrote, from what the write itself read back.
 * Plain TypeScript: React reaches it only through ./hooks.
 */
import type { FieldChange } from "../../plan/changes";
import type { Plan } from "../../plan/read";
import { planAfterWrite } from "../../plan/read-back";
import type { WriteRefusal } from "../../plan/refusals";
import type { Tag } from "../../plan/tags";
import type { PlanSnapshot, VersionRow } from "../../plan/versioning";
import { DocumentError, type DocumentErrorCode, type PlanDocument, type PlanReading } from "../../word/port";

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

const PAGE_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type PanelStoreOptions = {
  /** Quiet time after the last change hint before re-reading. */
  readonly rereadDelayMs?: number;
  /** How long "Salvato" stays before the message area clears itself. */
  readonly savedNoticeMs?: number;
  readonly timers?: Timers;
};

export const REREAD_DELAY_MS = 300;
export const SAVED_NOTICE_MS = 2500;

function outcomeOfError(error: unknown): Outcome {
  if (error instanceof DocumentError) return { kind: "document-error", code: error.code };
  return { kind: "unexpected-error", detail: error instanceof Error ? error.message : String(error) };
}

export function createPanelStore(document: PlanDocument, options: PanelStoreOptions = {}): PanelStore {
  const rereadDelay = options.rereadDelayMs ?? REREAD_DELAY_MS;
  const savedNotice = options.savedNoticeMs ?? SAVED_NOTICE_MS;
  const timers = options.timers ?? PAGE_TIMERS;

  let state: PanelState = { reading: undefined, activity: "idle", outcome: undefined, unsaved: new Map() };
  const listeners = new Set<() => void>();
  /** How many `start()`s are not stopped yet (React's StrictMode starts, stops and starts again). */
  let running = 0;

  const set = (patch: Partial<PanelState>) => {
    state = { ...state, ...patch };
    listeners.forEach((listener) => listener());
  };

  // --- the queue: one document operation at a time -------------------------------------------
  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };

  let writing = false;
  /** A change hint came while a write was in flight: that write is then followed by a full read. */
  let hintedWhileWriting = false;
  let waitingRead: Promise<void> | undefined;
  let hintTimer: unknown;
  let savedTimer: unknown;

  const showOutcome = (outcome: Outcome | undefined) => {
    timers.clear(savedTimer);
    set({ outcome });
    if (outcome?.kind === "saved") {
      savedTimer = timers.set(() => {
        if (state.outcome === outcome) set({ outcome: undefined });
      }, savedNotice);
    }
  };

  /** One read, inside a queued task. Errors are shown, never thrown. */
  const readNow = async (): Promise<void> => {
    set({ activity: "reading" });
    try {
      const reading = await document.readPlan();
      set({ reading, activity: "idle" });
    } catch (error) {
      set({ activity: "idle" });
      showOutcome(outcomeOfError(error));
    }
  };

  const reread = (): Promise<void> => {
    if (waitingRead) return waitingRead;
    const queued = enqueue(async () => {
      waitingRead = undefined;
      await readNow();
    });
    waitingRead = queued;
    return queued;
  };

  const onHint = () => {
    if (running === 0) return;
    // The write in flight is then followed by a full read, which will see whatever changed.
    if (writing) {
      hintedWhileWriting = true;
      return;
    }
    timers.clear(hintTimer);
    hintTimer = timers.set(() => void reread(), rereadDelay);
  };

  /**
   * Runs a write task in the queue and marks it in flight. A task that knows the document's state
   * afterwards from what the write itself read back returns that plan, and the panel takes it
   * without reading the whole document again; otherwise (a refusal, an error, a version, a hint
   * that came meanwhile) one full read follows.
   */
  const write = <T>(
    task: (plan: Plan, reading: PlanReading) => Promise<{ readonly value: T; readonly plan?: Plan }>,
    fallback: T,
  ): Promise<T> =>
    enqueue(async () => {
      const reading = state.reading;
      if (!reading) return fallback;
      writing = true;
      hintedWhileWriting = false;
      timers.clear(hintTimer);
      set({ activity: "writing" });
      let after: Plan | undefined;
      try {
        const result = await task(reading.plan, reading);
        after = result.plan;
        return result.value;
      } catch (error) {
        showOutcome(outcomeOfError(error));
        return fallback;
      } finally {
        writing = false;
        if (after && !hintedWhileWriting) set({ reading: { ...reading, plan: after }, activity: "idle" });
        else await readNow();
      }
    });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      running += 1;
      const unsubscribe = document.onDocumentMayHaveChanged(onHint);
      void reread();
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        running -= 1;
        unsubscribe();
        if (running === 0) {
          timers.clear(hintTimer);
          timers.clear(savedTimer);
        }
      };
    },
    reread,
    apply: (changesFor) =>
      write<WriteResult>(async (plan) => {
        const changes = changesFor(plan);
        if (changes.length === 0) return { value: "unchanged", plan };
        const result = await document.applyChanges(plan, changes);
        const unsaved = new Map(state.unsaved);
        for (const change of changes) unsaved.delete(change.tag);
        for (const refusal of result.refused) unsaved.set(refusal.tag, refusal);
        set({ unsaved });
        if (result.refused.length > 0) {
          showOutcome({ kind: "refused", refusals: result.refused });
          return { value: "refused" };
        }
        showOutcome({ kind: "saved" });
        return { value: "written", plan: planAfterWrite(plan, result.readBack) };
      }, "failed"),
    recordVersion: (row, snapshotFor) =>
      write(async (plan) => {
        await document.recordVersion(row, snapshotFor(plan));
        showOutcome({ kind: "version-recorded", number: row.number });
        return { value: true };
      }, false),
    selectField: (tag) =>
      enqueue(async () => {
        try {
          await document.selectField(tag);
          return true;
        } catch (error) {
          showOutcome(outcomeOfError(error));
          return false;
        }
      }),
    insertTemplate: (base64) =>
      write(async () => {
        await document.insertTemplate(await base64());
        showOutcome({ kind: "saved" });
        return { value: true };
      }, false),
    dismissOutcome: () => showOutcome(undefined),
  };
}
