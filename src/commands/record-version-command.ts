import type { Locale } from "../plan/messages";
import { checkDraft, proposeDraft } from "../plan/version-draft";
import { type VersionRow, snapshotOf } from "../plan/versioning";
import { DocumentError, type PlanDocument, type PlanReading } from "../word/port";
import { commandStrings } from "./strings";
import type { VersionDialog } from "./version-dialog-protocol";

export type RecordVersionDeps = {
  readonly document: PlanDocument;
  readonly dialog: VersionDialog;
  readonly today: () => Date;
  readonly locale: Locale;
};

export type RecordVersionOutcome =
  /** `warning`: the row is in the document but its snapshot is not (Word did not save the settings). */
  | { readonly kind: "recorded"; readonly row: VersionRow; readonly warning?: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly message: string };

function reasonOf(error: unknown, locale: Locale): string {
  const strings = commandStrings(locale);
  if (error instanceof DocumentError) return strings.documentError[error.code];
  return strings.unexpected(error instanceof Error ? error.message : String(error));
}

/**
 * «Registra versione» from the ribbon: read the plan, propose the row as the pane does (today's
 * date, the next number, what changed since the last version), let the person edit it, record it.
 * Click one is the ribbon button, click two the dialog's «Registra». When recording fails, the
 * dialog opens again with the reason and a fresh proposal keeping what was typed, until the row is
 * recorded or the person cancels. The snapshot is of the plan as read for the proposal, so the
 * summary and the snapshot describe the same plan; edits made while the dialog was open show up
 * in the next version's summary.
 */
export async function recordVersionFromRibbon(deps: RecordVersionDeps): Promise<RecordVersionOutcome> {
  const { document, dialog, today, locale } = deps;
  const strings = commandStrings(locale);
  const read = async (): Promise<PlanReading | RecordVersionOutcome> => {
    try {
      return await document.readPlan();
    } catch (error) {
      const message = strings.notRecorded(reasonOf(error, locale));
      await dialog.show({ kind: "message", text: message });
      return { kind: "failed", message };
    }
  };
  let reading = await read();
  if ("kind" in reading) return reading;
  let draft = proposeDraft(reading, today());
  let error: string | undefined;
  for (;;) {
    const answer = await dialog.show({ kind: "draft", draft, ...(error === undefined ? {} : { error }) });
    if (answer.kind === "cancel") return { kind: "cancelled" };
    const checked = checkDraft(answer.draft);
    if (!checked.ok) {
      // The page checks with the same rule; this guards the one path that bypasses it (a forged message).
      draft = answer.draft;
      error = Object.values(checked.errors)
        .map((code) => strings.draftError[code])
        .join(" ");
      continue;
    }
    try {
      await document.recordVersion(checked.row, snapshotOf(reading.plan, Number(checked.row.number)));
      return { kind: "recorded", row: checked.row };
    } catch (failure) {
      if (failure instanceof DocumentError && failure.code === "settings-not-saved") {
        // The row landed: trying again would record it twice. Say so and stop.
        const warning = strings.documentError[failure.code];
        await dialog.show({ kind: "message", text: warning });
        return { kind: "recorded", row: checked.row, warning };
      }
      error = strings.notRecorded(reasonOf(failure, locale));
      reading = await read();
      if ("kind" in reading) return reading;
      draft = proposeDraft(reading, today(), { date: checked.row.date, summary: checked.row.summary });
    }
  }
}
