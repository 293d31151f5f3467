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

import type { ComponentType } from "react";

import { usePanelSelector, useStrings } from "../state";
import type { Strings } from "../strings";
import { usePaneTheme } from "../theme";
import { Header } from "./Header";
import { usePanelStyles } from "./Panel.styles";
import { ResultBar } from "./ResultBar";
import { BlankDocumentOffer } from "./BlankDocumentOffer";
import { Planning, Problems, ServiceLevels, Students, Texts, Versions } from "./sections";
import { useFocusKeptInView } from "./useFocusKeptInView";

type Section = {
  readonly value: string;
  readonly title: (strings: Strings) => string;
  readonly Body: ComponentType;
  /** Its heading shows the number of problems in the document. */
  readonly counted?: true;
};

/** The sections in the pane's order. */
const SECTIONS: readonly Section[] = [
  { value: "livelli", title: (strings) => strings.levelsTitle, Body: ServiceLevels },
  { value: "pianificazione", title: (strings) => strings.planningTitle, Body: Planning },
  { value: "alunni", title: (strings) => strings.studentsTitle, Body: Students },
  { value: "testi", title: (strings) => strings.texts.textsTitle, Body: Texts },
  { value: "versioni", title: (strings) => strings.versionsTitle, Body: Versions },
  { value: "problemi", title: (strings) => strings.problemsTitle, Body: Problems, counted: true },
];

/** One section open at a time: the pane is narrow, and the big grids then never share the page. */
const OPEN_AT_START = "livelli";

export function Panel() {
  const styles = usePanelStyles();
  const strings = useStrings();
  const hasReading = usePanelSelector((state) => state.reading !== undefined);
  const problemCount = usePanelSelector((state) => state.reading?.plan.problems.length ?? 0);
  const busy = usePanelSelector((state) => state.activity !== "idle");
  const theme = usePaneTheme();
  const root = useFocusKeptInView<HTMLDivElement>();

  return (
    // Its portals (dropdown lists, the version dialog) take this provider's theme too.
    <FluentProvider theme={theme.theme} data-theme={theme.kind}>
      <div className={styles.theme}>
        <div ref={root} className={styles.root} aria-label={strings.panelLabel} role="region">
          <Header />
          <BlankDocumentOffer />
          {hasReading ? (
            <Accordion collapsible defaultOpenItems={OPEN_AT_START}>
              {SECTIONS.map(({ value, title, Body, counted }) => (
                <AccordionItem key={value} value={value}>
                  <AccordionHeader as="h2">
                    {counted ? (
                      <span className={styles.headerContent}>
                        {title(strings)}
                        <span className={mergeClasses(styles.count, problemCount > 0 && styles.countDanger)}>
                          {problemCount}
                        </span>
                      </span>
                    ) : (
                      title(strings)
                    )}
                  </AccordionHeader>
                  <AccordionPanel className={styles.panel}>
                    <Body />
                  </AccordionPanel>
                </AccordionItem>
              ))}
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
