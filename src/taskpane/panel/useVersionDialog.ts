import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

import { type DraftError, type VersionDraft, checkDraft, proposeDraft } from "../../plan/version-draft";
import { snapshotOf } from "../../plan/versioning";
import { usePanelActions, useStrings, useToday } from "../state";

type Errors = Partial<Record<keyof VersionDraft, string>>;

/**
 * The "Registra nuova versione" dialog: the proposal from the plan last read (proposeDraft, as the
 * ribbon's dialog makes it), editable, checked by the same rule (checkDraft),
 * then recorded through the store's queue. If recording fails the dialog closes (the error shows in
 * the message area) and keeps the date and summary typed, to offer them again with a fresh number.
 * However it closes (Escape, Annulla, Registra), focus goes back to the button that opened it.
 */
export function useVersionDialog(openerRef: RefObject<HTMLButtonElement | null>) {
  const strings = useStrings();
  const today = useToday();
  const { getState, recordVersion } = usePanelActions();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<VersionDraft>({ date: "", number: "", summary: "" });
  const [kept, setKept] = useState<Omit<VersionDraft, "number"> | undefined>(undefined);
  const [errors, setErrors] = useState<Errors>({});
  const [recording, setRecording] = useState(false);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    // After the dialog's own focus handling has run, which leaves focus on <body> here.
    const timer = setTimeout(() => openerRef.current?.focus());
    return () => clearTimeout(timer);
  }, [open, openerRef]);

  const openDialog = useCallback(() => {
    const reading = getState().reading;
    if (!reading) return;
    setDraft(proposeDraft(reading, today(), kept));
    setErrors({});
    setOpen(true);
  }, [getState, kept, today]);

  const edit = useCallback(
    (field: keyof VersionDraft) => (value: string) => {
      setDraft((current) => ({ ...current, [field]: value }));
      setErrors((current) => ({ ...current, [field]: undefined }));
    },
    [],
  );

  const confirm = useCallback(async () => {
    const checked = checkDraft(draft);
    if (!checked.ok) {
      const found: Errors = {};
      for (const [field, error] of Object.entries(checked.errors) as [keyof VersionDraft, DraftError][]) {
        found[field] = strings.draftError[error];
      }
      setErrors(found);
      return;
    }
    setErrors({});
    const { row } = checked;
    setRecording(true);
    // The snapshot is of the plan as read when the recording's turn comes, numbered as the row is.
    const recorded = await recordVersion(row, (plan) => snapshotOf(plan, Number(row.number)));
    setRecording(false);
    setKept(recorded ? undefined : { date: row.date, summary: row.summary });
    setOpen(false);
  }, [draft, recordVersion, strings]);

  return {
    open,
    draft,
    errors,
    recording,
    openDialog,
    close: () => setOpen(false),
    editDate: edit("date"),
    editNumber: edit("number"),
    editSummary: edit("summary"),
    confirm: () => void confirm(),
  };
}
