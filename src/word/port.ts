import type { FieldChange } from "../plan/changes";
import type { Plan } from "../plan/read";
import type { ApplyResult } from "../plan/refusals";
import type { PlanSnapshot, VersionRow } from "../plan/versioning";
import { applyChanges } from "./apply-changes";
import type { WordHost } from "./host";
import type { PlanReading } from "../plan/plan-reading";
import { insertTemplate } from "./insert-template";
import { readAtSelection } from "./read-at-selection";
import { readPlan } from "./read-plan";
import { recordVersion } from "./record-version";
import { selectField } from "./select-field";
import type { Tag } from "../plan/tags";
import type { ControlsAtSelection } from "../plan/selection-read";

/**
 * What a change hint says may have changed: what Word's selection touched (its only event on every
 * client), or anything (a hint from elsewhere, such as the playground's ribbon recording a version).
 */
export type HintScope = "selection" | "anywhere";

/**
 * The one interface through which the panel, the ribbon commands, the CLI and the tests reach a
 * document. Every call is one Word.run with a known number of syncs: readPlan 2 (the controls,
 * then the tables it needs; more only when Word would not give a table, table-values.ts); applyChanges 2
 * (0 when there is nothing to write, 1 when every change is refused after the read, 3 when the host
 * refuses the write and the layer re-reads what landed); recordVersion 2. applyChanges loads only
 * the controls of the tags it changes, and returns what they hold after the write (`readBack`), so
 * a click costs what it changes; planAfterWrite (src/plan/read-back.ts) turns that into the plan.
 * readAtSelection 1; selectField 1; insertTemplate 2 (1 when the document is refused because it is not blank).
 */
export type PlanDocument = {
  readPlan(): Promise<PlanReading>;
  /** The controls at Word's selection and those carrying a `watched` tag, in one sync (planAtSelection). */
  readAtSelection(watched: readonly string[]): Promise<ControlsAtSelection>;
  applyChanges(plan: Plan, changes: readonly FieldChange[]): Promise<ApplyResult>;
  recordVersion(row: VersionRow, snapshot: PlanSnapshot): Promise<readonly VersionRow[]>;
  /** Puts Word's selection on the field; DocumentError "field-not-found" when it is not there. */
  selectField(tag: Tag): Promise<void>;
  /** Fills a blank document with a template (.docx as base64); DocumentError "document-not-blank" otherwise. */
  insertTemplate(base64: string): Promise<void>;
  /** Subscribes to hints that the document may have changed (the selection moved); returns the unsubscribe. */
  onDocumentMayHaveChanged(listener: (scope: HintScope) => void): () => void;
};

export function wordPlanDocument(host: WordHost): PlanDocument {
  return {
    readPlan: () => readPlan(host),
    readAtSelection: (watched) => readAtSelection(host, watched),
    applyChanges: (plan, changes) => applyChanges(host, plan, changes),
    recordVersion: (row, snapshot) => recordVersion(host, row, snapshot),
    selectField: (tag) => selectField(host, tag),
    insertTemplate: (base64) => insertTemplate(host, base64),
    onDocumentMayHaveChanged: (listener) => host.watchSelection(() => listener("selection")),
  };
}

export type { PlanReading, ReadStrategy } from "../plan/plan-reading";
export type { WordHost } from "./host";
export { officeWordHost, wordHostOf } from "./host";
export { DocumentError, type DocumentErrorCode } from "./errors";
export { base64Of } from "./base64";
export { localeOf, officeLocale } from "./office-locale";
