/**
 * Where the panel is put on a page: `mountPanel` for any container (the task pane, the playground),
 * `PanelRoot` for a React tree that already has a FluentProvider (index.tsx).
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

import type { PlanDocument } from "../word/port";
import { Panel } from "./panel/Panel";
import { PanelProvider, createPanelStore, type PanelEnvironment } from "./state";
import type { OfficeThemeSource } from "./office-theme";
import type { Locale } from "./strings";
import { OfficeThemeProvider } from "./theme";

export type PanelOptions = {
  /** The language of the panel's own words; the plan's labels are Italian either way. Default "it". */
  readonly locale?: Locale;
  /** Today, for the date of a new version (tests and the playground pass a fixed day). */
  readonly today?: () => Date;
  /** Where the offer to insert the official template gets its bytes (see PanelEnvironment). */
  readonly templateBase64?: () => Promise<string>;
  /** Office's theme, which the panel wears; without it the panel is light. */
  readonly officeTheme?: OfficeThemeSource;
};

const useRootStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The panel over `document`: owns its store, reads on mount and stops listening on unmount. */
export function PanelRoot({
  document,
  locale = "it",
  today,
  templateBase64,
  officeTheme,
}: { readonly document: PlanDocument } & PanelOptions) {
  const [store] = useState(() => createPanelStore(document));
  useEffect(() => store.start(), [store]);
  // Someone may have edited the document while the pane had no focus: read it all again on return.
  useEffect(() => {
    const onFocus = () => void store.reread();
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [store]);
  const [environment] = useState<PanelEnvironment>(() => ({
    store,
    locale,
    today: today ?? (() => new Date()),
    ...(templateBase64 ? { templateBase64 } : {}),
  }));
  return (
    <OfficeThemeProvider value={officeTheme}>
      <PanelProvider environment={environment}>
        <Panel />
      </PanelProvider>
    </OfficeThemeProvider>
  );
}

/** Renders the panel into `container`; returns the function that unmounts it. */
export function mountPanel(
  container: HTMLElement,
  document: PlanDocument,
  options: PanelOptions = {},
): () => void {
  const root = createRoot(container);
  root.render(<MountedPanel document={document} {...options} />);
  return () => root.unmount();
}

function MountedPanel(props: { readonly document: PlanDocument } & PanelOptions) {
  const styles = useRootStyles();
  return (
    <StrictMode>
      <FluentProvider
        theme={webLightTheme}
        className={styles.root}
        lang={props.locale === "en" ? "en" : "it"}
      >
        <PanelRoot {...props} />
      </FluentProvider>
    </StrictMode>
  );
}
