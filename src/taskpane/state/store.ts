/**
 * The panel's one state module: the last reading of the document plus the UI status and the one
 * outcome message. Nothing else in the panel holds a plan value: the document is the
 * only place the plan lives, so the pane shows nothing it did not just read there.
 *
 * Every document operation goes through one queue, so two never run at once. The store reads the
 * whole document on start, on «Rileggi», when the pane regains focus, after a write that was
 * refused, failed or overlapped a hint, and after a hint that something anywhere may have changed.
 * A hint that Word's selection moved (debounced) reads only the controls at the selection and
 * where the selection was at the last read, and updates those fields; it falls back to a whole
 * read when that small read cannot place what it found (plan/selection-read.ts) or the host reads
 * the fields from table cells. A write that went through updates only the fields it wrote, from
 * what the write itself read back. Whatever a small read missed, a write still checks each field
 * against the last reading and refuses what changed.
 * Plain TypeScript: React reaches it only through ./hooks.
 */
import type { Plan } from "../../plan/read";
import { planAfterWrite } from "../../plan/read-back";
import { planAtSelection } from "../../plan/selection-read";
import { DocumentError, type HintScope, type PlanDocument, type PlanReading } from "../../word/port";
import type { Outcome, PanelState, PanelStore, PanelStoreOptions, Timers, WriteResult } from "./types";

const PAGE_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
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
  /** What the hints since the last read may have changed; "anywhere" wins over "selection". */
  let hinted: HintScope | undefined;
  /** Where Word's selection was at the last read: the tags a small read looks at again. */
  let watched: readonly string[] | undefined;
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
      watched = reading.selected;
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

  /** One read after hints, inside a queued task: small when the hints allow it, whole otherwise. */
  const readAtSelection = async (): Promise<void> => {
    const reading = state.reading;
    const around = watched;
    if (!reading || reading.strategy !== "controls" || around === undefined) return readNow();
    set({ activity: "reading" });
    try {
      const update = planAtSelection(reading.plan, await document.readAtSelection(around));
      if (!update) return await readNow();
      watched = update.watch;
      set({
        reading: update.plan === reading.plan ? reading : { ...reading, plan: update.plan },
        activity: "idle",
      });
    } catch {
      await readNow();
    }
  };

  const onHintsSettled = () => {
    const scope = hinted ?? "anywhere";
    hinted = undefined;
    // A whole read already waiting in the queue will see whatever changed.
    if (scope === "anywhere" || waitingRead) return void reread();
    void enqueue(readAtSelection);
  };

  const onHint = (scope: HintScope) => {
    if (running === 0) return;
    // The write in flight is then followed by a full read, which will see whatever changed.
    if (writing) {
      hintedWhileWriting = true;
      return;
    }
    hinted = hinted === "anywhere" ? "anywhere" : scope;
    timers.clear(hintTimer);
    hintTimer = timers.set(onHintsSettled, rereadDelay);
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
      hinted = undefined;
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
