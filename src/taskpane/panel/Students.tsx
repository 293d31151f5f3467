/** Alunni coinvolti: Liceo / Tecnico / Professionale × III / IV / V, whole numbers. */
import { Caption1, Field, Input, Text } from "@fluentui/react-components";
import { Fragment, memo } from "react";

import { CLASSI, type ClasseId, INDIRIZZI, type IndirizzoId } from "../../plan/vocabulary";
import { useStrings } from "../state";
import { useSharedStyles } from "./shared.styles";
import { useStudentsStyles } from "./Students.styles";
import { useCountField } from "./useCountField";

const CountField = memo(function CountField({
  indirizzo,
  classe,
}: {
  readonly indirizzo: IndirizzoId;
  readonly classe: ClasseId;
}) {
  const styles = useStudentsStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const field = useCountField(indirizzo, classe);
  const status = field.error
    ? { state: "error" as const, message: field.error }
    : field.notSaved
      ? { state: "warning" as const, message: strings.notSaved(field.notSaved.refusal?.current) }
      : field.documentNow !== undefined
        ? { state: "warning" as const, message: strings.documentNow(field.documentNow) }
        : { state: "none" as const, message: undefined };
  return (
    <Field
      size="small"
      label={{ children: field.label, className: shared.visuallyHidden }}
      validationState={status.state}
      validationMessage={status.message}
    >
      <Input
        size="small"
        className={styles.input}
        inputMode="numeric"
        value={field.value}
        onChange={field.onChange}
        onFocus={field.onFocus}
        onBlur={field.onBlur}
        onKeyDown={field.onKeyDown}
      />
    </Field>
  );
});

export function Students() {
  const styles = useStudentsStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  return (
    <div className={shared.sectionBody}>
      <Caption1 className={shared.hint}>{strings.studentsHint}</Caption1>
      <div className={styles.grid}>
        {CLASSI.map((classe) => (
          <Caption1 key={classe.id} className={styles.columnHeading} aria-hidden>
            {classe.label}
          </Caption1>
        ))}
        {INDIRIZZI.map((indirizzo) => (
          <Fragment key={indirizzo.id}>
            <Text size={200} weight="semibold" className={styles.rowHeading} aria-hidden>
              {indirizzo.label}
            </Text>
            {CLASSI.map((classe) => (
              <CountField key={classe.id} indirizzo={indirizzo.id} classe={classe.id} />
            ))}
          </Fragment>
        ))}
      </div>
    </div>
  );
}
