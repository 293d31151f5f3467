/**
 * The panel: header, the sections of the plan as collapsible parts (the big grids mount only when
 * opened), and the one message area, kept in view at the bottom.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  Spinner,
  Text,
  mergeClasses,
} from "@fluentui/react-components";

import { usePanelSelector, useStrings } from "../state";
import { FLUENT_THEMES, usePaneTheme } from "../theme";
import { Header } from "./Header";
import { usePanelStyles } from "./Panel.styles";
import { ResultBar } from "./ResultBar";
import { BlankDocumentOffer } from "./BlankDocumentOffer";
import { Planning, Problems, ServiceLevels, Students, Texts, Versions } from "./sections";

/** One section open at a time: the pane is narrow, and the big grids then never share the page. */
const OPEN_AT_START = "livelli";

export function Panel() {
  const styles = usePanelStyles();
  const strings = useStrings();
  const hasReading = usePanelSelector((state) => state.reading !== undefined);
  const problemCount = usePanelSelector((state) => state.reading?.plan.problems.length ?? 0);
  const busy = usePanelSelector((state) => state.activity !== "idle");
  const theme = usePaneTheme();
  const textsTitle = strings.texts.textsTitle;

  return (
    // Its portals (dropdown lists, the version dialog) take this provider's theme too.
    <FluentProvider theme={FLUENT_THEMES[theme]} data-theme={theme}>
      <div className={styles.theme}>
        <div className={styles.root} aria-label={strings.panelLabel} role="region">
          <Header />
          <BlankDocumentOffer />
          {hasReading ? (
            <Accordion collapsible defaultOpenItems={OPEN_AT_START}>
              <AccordionItem value="livelli">
                <AccordionHeader as="h2">{strings.levelsTitle}</AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <ServiceLevels />
                </AccordionPanel>
              </AccordionItem>
              <AccordionItem value="pianificazione">
                <AccordionHeader as="h2">{strings.planningTitle}</AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <Planning />
                </AccordionPanel>
              </AccordionItem>
              <AccordionItem value="alunni">
                <AccordionHeader as="h2">{strings.studentsTitle}</AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <Students />
                </AccordionPanel>
              </AccordionItem>
              <AccordionItem value="testi">
                <AccordionHeader as="h2">{textsTitle}</AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <Texts />
                </AccordionPanel>
              </AccordionItem>
              <AccordionItem value="versioni">
                <AccordionHeader as="h2">{strings.versionsTitle}</AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <Versions />
                </AccordionPanel>
              </AccordionItem>
              <AccordionItem value="problemi">
                <AccordionHeader as="h2">
                  <span className={styles.headerContent}>
                    {strings.problemsTitle}
                    <span className={mergeClasses(styles.count, problemCount > 0 && styles.countDanger)}>
                      {problemCount}
                    </span>
                  </span>
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <Problems />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          ) : busy ? (
            <Spinner size="small" label={strings.reading} />
          ) : (
            <Text>{strings.notReadYet}</Text>
          )}
          <ResultBar />
        </div>
      </div>
    </FluentProvider>
  );
}
