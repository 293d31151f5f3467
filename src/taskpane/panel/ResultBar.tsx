/**
 * The one place where the summary of results and errors appears, kept in view at the bottom of the
 * pane (each refused field also says so beside its own control): saved, versions recorded, writes the document
 * refused (each in words from src/plan), errors of the document layer and unexpected ones.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

import { type Locale, refusalWords } from "../../plan/messages";
import type { WriteRefusal } from "../../plan/refusals";
import { type Outcome, useLocale, usePanelActions, usePanelSelector, useStrings } from "../state";
import type { Strings } from "../strings";
import { useResultBarStyles } from "./ResultBar.styles";
import { useSharedStyles } from "./shared.styles";

type Shown = { readonly intent: MessageBarIntent; readonly title?: string; readonly body: ReactNode };

function shownOf(outcome: Outcome, strings: Strings, locale: Locale, listClass: string): Shown {
  switch (outcome.kind) {
    case "saved":
      return { intent: "success", body: strings.saved };
    case "version-recorded":
      return { intent: "success", body: strings.versionRecorded(outcome.number) };
    case "refused":
      return refusalShown(outcome.refusals, strings, locale, listClass);
    case "document-error":
      return { intent: "error", title: strings.errorTitle, body: strings.documentError[outcome.code] };
    case "unexpected-error":
      return { intent: "error", title: strings.errorTitle, body: strings.unexpectedError(outcome.detail) };
  }
}

/**
 * What was not written, said once (in the title, or at the head of each item), then why, then what
 * to do; the changes withheld with them are counted, not listed (a copied year withholds hundreds).
 */
function refusalShown(
  refusals: readonly WriteRefusal[],
  strings: Strings,
  locale: Locale,
  listClass: string,
): Shown {
  const causes = refusals.filter((refusal) => refusal.reason !== "withheld");
  const withheld = refusals.length - causes.length;
  const sentences = (refusal: WriteRefusal) => {
    const { why, todo } = refusalWords(refusal, locale);
    return `${why} ${todo}`;
  };
  const [only] = causes;
  if (only && causes.length === 1 && withheld === 0)
    return { intent: "warning", title: strings.fieldNotWritten(only.label), body: sentences(only) };
  return {
    intent: "warning",
    title: withheld > 0 ? strings.choiceNotWritten : strings.refusedTitle(causes.length),
    body: (
      <>
        <ul className={listClass}>
          {causes.map((refusal) => (
            <li key={refusal.tag}>
              {strings.fieldNotWritten(refusal.label)}. {sentences(refusal)}
            </li>
          ))}
        </ul>
        {withheld > 0 && <p>{strings.withheldChanges(withheld)}</p>}
      </>
    ),
  };
}

export function ResultBar() {
  const styles = useSharedStyles();
  const barStyles = useResultBarStyles();
  const strings = useStrings();
  const locale = useLocale();
  const { dismissOutcome } = usePanelActions();
  const outcome = usePanelSelector((state) => state.outcome);
  const shown = outcome && shownOf(outcome, strings, locale, styles.messageList);

  return (
    <div aria-live="polite" className={barStyles.region} data-testid="result-bar">
      {shown && (
        <MessageBar intent={shown.intent} layout="multiline">
          <MessageBarBody>
            {shown.title && <MessageBarTitle>{shown.title}</MessageBarTitle>}
            {shown.body}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={dismissOutcome}>
              {strings.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
