/**
 * The problems of the document last read, then the plan checks (warnings the tutor weighs), in
 * words from src/plan. Both are derived from the reading; nothing is kept here.
 */
import { Subtitle2, Text } from "@fluentui/react-components";
import { useMemo } from "react";

import { describeCheck } from "../../plan/check-messages";
import { checkPlan } from "../../plan/checks";
import { describeProblem } from "../../plan/messages";
import { useLocale, usePanelSelector, useStrings } from "../state";
import { useSharedStyles } from "./shared.styles";

export function Problems() {
  const styles = useSharedStyles();
  const strings = useStrings();
  const locale = useLocale();
  const reading = usePanelSelector((state) => state.reading);
  const checks = useMemo(() => (reading ? checkPlan(reading.plan, reading.snapshot) : []), [reading]);
  const problems = reading?.plan.problems ?? [];

  return (
    <>
      {problems.length === 0 ? (
        <Text>{strings.noProblems}</Text>
      ) : (
        <ul className={styles.messageList} aria-label={strings.problemsTitle}>
          {problems.map((problem, index) => (
            <li key={index}>
              <Text size={200}>{describeProblem(problem, locale)}</Text>
            </li>
          ))}
        </ul>
      )}
      {checks.length > 0 && (
        <>
          <Subtitle2 as="h3" block className={styles.groupTitle}>
            {strings.warningsTitle(checks.length)}
          </Subtitle2>
          <ul className={styles.messageList} aria-label={strings.warningsTitle(checks.length)}>
            {checks.map((check, index) => (
              <li key={index}>
                <Text size={200}>{describeCheck(check, locale)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
