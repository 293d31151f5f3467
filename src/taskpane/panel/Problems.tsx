/** The problems of the document last read, in words from src/plan. */
import { Text } from "@fluentui/react-components";

import { describeProblem } from "../../plan/messages";
import { useLocale, usePanelSelector, useStrings } from "../state";
import { useSharedStyles } from "./shared.styles";

export function Problems() {
  const styles = useSharedStyles();
  const strings = useStrings();
  const locale = useLocale();
  const problems = usePanelSelector((state) => state.reading?.plan.problems);

  if (!problems || problems.length === 0) return <Text>{strings.noProblems}</Text>;
  return (
    <ul className={styles.messageList} aria-label={strings.problemsTitle}>
      {problems.map((problem, index) => (
        <li key={index}>
          <Text size={200}>{describeProblem(problem, locale)}</Text>
        </li>
      ))}
    </ul>
  );
}
