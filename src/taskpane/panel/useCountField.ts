import { useMemo } from "react";

import { countOf, setCount } from "../../plan/changes";
import type { Plan } from "../../plan/read";
import { formatTag } from "../../plan/tags";
import type { ClasseId, IndirizzoId } from "../../plan/vocabulary";
import { usePanelSelector, useStrings } from "../state";
import { type TypedFieldSpec, useTypedField } from "./useTypedField";

/**
 * One "alunni coinvolti" count, typed in the pane and written on blur or Enter through the shared
 * typed-field mechanism. Invalid text shows a validation message and writes nothing.
 */
export function useCountField(indirizzo: IndirizzoId, classe: ClasseId) {
  const strings = useStrings();
  const tag = formatTag({ kind: "alunni", indirizzo, classe });
  const label = usePanelSelector((state) => state.reading?.plan.schema.byTag.get(tag)?.label ?? tag);
  const spec = useMemo<TypedFieldSpec>(
    () => ({
      tag,
      shown: (plan: Plan) => {
        const count = countOf(plan, indirizzo, classe);
        return count === null ? "" : String(count);
      },
      changesFor: (plan: Plan, text: string) => {
        const checked = setCount(plan, indirizzo, classe, text);
        return checked.ok ? checked : { ok: false, message: strings.notAWholeNumber(text.trim()) };
      },
    }),
    [classe, indirizzo, strings, tag],
  );
  return { label, ...useTypedField(spec) };
}
