/**
 * Alunni coinvolti: Liceo / Tecnico / Professionale × III / IV / V, whole numbers. A box's message
 * («dodici» is not a number, «Non salvato…») is not drawn under the narrow box, where it would wrap
 * and push the rows below down: it goes, named by its box, in the room kept for messages under the
 * grid, and the box points to it (aria-describedby).
 */
import { Caption1, Field, Input, Text, mergeClasses } from "@fluentui/react-components";
import { Fragment, memo, useCallback, useEffect, useId, useState } from "react";

import { CLASSI, type ClasseId, INDIRIZZI, type IndirizzoId } from "../../plan/vocabulary";
import { useStrings } from "../state";
import { useSharedStyles } from "./shared.styles";
import { useStudentsStyles } from "./Students.styles";
import { useCountField } from "./useCountField";

type Message = { readonly id: string; readonly state: "error" | "warning"; readonly text: string };
type Report = (box: string, message: Message | undefined) => void;

const boxKey = (indirizzo: IndirizzoId, classe: ClasseId) => `${indirizzo} ${classe}`;

const CountField = memo(function CountField({
  indirizzo,
  classe,
  report,
}: {
  readonly indirizzo: IndirizzoId;
  readonly classe: ClasseId;
  readonly report: Report;
}) {
  const styles = useStudentsStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const field = useCountField(indirizzo, classe);
  const id = useId();
  const status = field.error
    ? { state: "error" as const, message: field.error }
    : field.notSaved
      ? { state: "warning" as const, message: strings.notSaved(field.notSaved.refusal?.current) }
      : field.documentNow !== undefined
        ? { state: "warning" as const, message: strings.documentNow(field.documentNow) }
        : { state: "none" as const, message: undefined };
  const key = boxKey(indirizzo, classe);
  const message: Message | undefined =
    status.state === "none" || status.message === undefined
      ? undefined
      : { id, state: status.state, text: status.message };
  useEffect(() => {
    report(key, message);
    return () => report(key, undefined);
    // The message's words, not the object made anew at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, key, report, message?.state, message?.text]);
  return (
    <Field
      size="small"
      label={{ children: field.label, className: shared.visuallyHidden }}
      validationState={status.state}
    >
      <Input
        size="small"
        className={styles.input}
        inputMode="numeric"
        aria-describedby={status.message === undefined ? undefined : id}
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
  const [messages, setMessages] = useState<ReadonlyMap<string, Message>>(new Map());
  const report = useCallback<Report>((box, message) => {
    setMessages((current) => {
      const shown = current.get(box);
      if (shown?.text === message?.text && shown?.state === message?.state) return current;
      const next = new Map(current);
      if (message) next.set(box, message);
      else next.delete(box);
      return next;
    });
  }, []);
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
              <CountField key={classe.id} indirizzo={indirizzo.id} classe={classe.id} report={report} />
            ))}
          </Fragment>
        ))}
      </div>
      <div className={styles.messages} aria-live="polite">
        {INDIRIZZI.flatMap((indirizzo) =>
          CLASSI.map((classe) => {
            const message = messages.get(boxKey(indirizzo.id, classe.id));
            return (
              message && (
                <Caption1
                  key={message.id}
                  id={message.id}
                  block
                  className={mergeClasses(styles.message, message.state === "error" && styles.error)}
                >
                  {strings.boxMessage(`${indirizzo.label} ${classe.label}`, message.text)}
                </Caption1>
              )
            );
          }),
        )}
      </div>
    </div>
  );
}
