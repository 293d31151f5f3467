import { useMemo } from "react";

import { textOf } from "../../plan/changes";
import { isPlausibleCodiceMeccanografico } from "../../plan/codice-meccanografico";
import type { FieldDef } from "../../plan/fields";
import { formatTag } from "../../plan/tags";
import { CAMPI, type CampoId } from "../../plan/texts";
import { usePanelActions, usePanelSelector } from "../state";

const campo = (id: CampoId) => {
  const def = CAMPI.find((entry) => entry.id === id);
  if (!def) throw new Error(`No campo ${id}`);
  return { label: def.label, tag: formatTag({ kind: "campo", campo: id }) };
};
const ISTITUTO = campo("istituto");
const CODICE = campo("codice-meccanografico");

const isFreeText = (def: FieldDef) => def.value === "text";

export type HeaderField = { readonly label: string; readonly value: string; readonly warning: boolean };

/** What the header shows: read-only identity fields, host notices (read strategy, Track Changes), activity and free-text counts. */
export function useHeader() {
  const { reread } = usePanelActions();
  const istituto = usePanelSelector((state) =>
    state.reading ? textOf(state.reading.plan, ISTITUTO.tag) : "",
  );
  const codice = usePanelSelector((state) => (state.reading ? textOf(state.reading.plan, CODICE.tag) : ""));
  const webLimited = usePanelSelector((state) => state.reading?.strategy === "controls-and-cells");
  const tracking = usePanelSelector((state) => state.reading?.changeTracking === "on");
  const activity = usePanelSelector((state) => state.activity);
  // Free texts (descrizioni, criticità, note) are written in Word: the panel only counts them.
  const totalTexts = usePanelSelector(
    (state) => state.reading?.plan.schema.fields.filter(isFreeText).length ?? 0,
  );
  const filledTexts = usePanelSelector((state) => {
    const plan = state.reading?.plan;
    return plan
      ? plan.schema.fields.filter((def) => isFreeText(def) && textOf(plan, def.tag) !== "").length
      : 0;
  });

  const fields = useMemo<readonly HeaderField[]>(
    () => [
      { label: ISTITUTO.label, value: istituto, warning: false },
      {
        label: CODICE.label,
        value: codice,
        warning: codice !== "" && !isPlausibleCodiceMeccanografico(codice),
      },
    ],
    [istituto, codice],
  );

  return {
    fields,
    webLimited,
    tracking,
    activity,
    freeTexts: totalTexts === 0 ? null : { filled: filledTexts, total: totalTexts },
    onReread: () => void reread(),
  };
}
