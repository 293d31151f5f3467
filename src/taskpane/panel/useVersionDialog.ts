import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

import { formatItalianDate, parseItalianDate } from "../../plan/values";
import { proposeVersion, snapshotOf } from "../../plan/versioning";
import { usePanelActions, useStrings, useToday } from "../state";

export type VersionDraft = { readonly date: string; readonly number: string; readonly summary: string };
type Errors = Partial<Record<keyof VersionDraft, string>>;

const todayInItalian = (today: Date) =>
  formatItalianDate({ day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() });

/**
 * The "Registra nuova versione" dialog: a proposal from the plan last read (proposeVersion), editable,
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
    const { row } = proposeVersion(reading.plan, reading.versions, reading.snapshot, todayInItalian(today()));
    setDraft({ ...row, ...kept });
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
    const row = { date: draft.date.trim(), number: draft.number.trim(), summary: draft.summary.trim() };
    const found: Errors = {
      ...(parseItalianDate(row.date) ? {} : { date: strings.invalidDate }),
      ...(/^\d+$/.test(row.number) && Number(row.number) > 0 ? {} : { number: strings.invalidVersionNumber }),
      ...(row.summary === "" ? { summary: strings.emptySummary } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
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
