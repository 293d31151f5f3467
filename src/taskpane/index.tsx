/**
 * Entry point of the task pane: waits for Office once (host.ts), then shows the panel over the open
 * document, or the start-up status when the pane cannot work here.
 */
import { StrictMode, Suspense, use, useMemo } from "react";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

import { officeWordHost, wordPlanDocument } from "../word/port";
import { markOfficeTheme, startUp, startupMessage, type Startup } from "./host";
import { officeLocale } from "./host-locale";
import { PanelRoot } from "./mount";
import { officialTemplateBase64 } from "./official-template";

const PRODUCT_TITLE = "Piano Generale di Supporto";

const useShellStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    color: tokens.colorBrandForeground1,
  },
});

/** The panel over the document Word has open: only rendered once start-up found Word. */
function WordPanel() {
  const document = useMemo(() => wordPlanDocument(officeWordHost()), []);
  const locale = useMemo(() => officeLocale(), []);
  useMemo(() => markOfficeTheme(), []);
  return <PanelRoot document={document} locale={locale} templateBase64={officialTemplateBase64} />;
}

function StartupOutcome({ startup }: { readonly startup: Promise<Startup> }) {
  const status = use(startup);
  if (status.kind === "word") return <WordPanel />;
  const message = startupMessage(status);
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.body}
      </MessageBarBody>
    </MessageBar>
  );
}

function Shell({ startup }: { readonly startup: Promise<Startup> }) {
  const styles = useShellStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header>
        <Title3 as="h1" className={styles.title}>
          {PRODUCT_TITLE}
        </Title3>
      </header>
      <main>
        <Suspense fallback={<Spinner size="small" label="Avvio in corso…" />}>
          <StartupOutcome startup={startup} />
        </Suspense>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container === null) throw new Error("taskpane.html has no #root element");
// Started once, outside React, so StrictMode's double render does not wait for Office twice.
const startup = startUp();
createRoot(container).render(
  <StrictMode>
    <Shell startup={startup} />
  </StrictMode>,
);
