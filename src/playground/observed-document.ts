/**
 * The panel's PlanDocument with a listener on every operation, so the page can redraw the document
 * after the panel writes and keep the sync count current. Calls go through unchanged: same results,
 * same errors, same syncs.
 */
import type { PlanDocument } from "../word/port";

export type DocumentObserver = {
  /** After an operation that may have changed the document (even a failed one: part of it may have landed). */
  readonly changed: () => void;
  /** After any operation, reads included. */
  readonly settled: () => void;
};

export function observedPlanDocument(inner: PlanDocument, observer: DocumentObserver): PlanDocument {
  const after = <T>(operation: Promise<T>, wrote: boolean): Promise<T> =>
    operation.finally(() => {
      if (wrote) observer.changed();
      observer.settled();
    });
  return {
    readPlan: () => after(inner.readPlan(), false),
    readAtSelection: (watched) => after(inner.readAtSelection(watched), false),
    applyChanges: (plan, changes) => after(inner.applyChanges(plan, changes), true),
    recordVersion: (row, snapshot) => after(inner.recordVersion(row, snapshot), true),
    selectField: (tag) => after(inner.selectField(tag), false),
    insertTemplate: (base64) => after(inner.insertTemplate(base64), true),
    onDocumentMayHaveChanged: (listener) => inner.onDocumentMayHaveChanged(listener),
  };
}
