/**
 * Entry point of the task pane: waits for Office once (host.ts), then shows the product shell and
 * the start-up status. The panel that reads and fills the plan mounts here in a later step.
 */
import { StrictMode, Suspense, use } from "react";
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

import { startUp, startupMessage, type Startup } from "./host";

const PRODUCT_TITLE = "Piano Generale di Supporto";

const useShellStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    color: tokens.colorBrandForeground1,
  },
});

function StartupStatus({ startup }: { readonly startup: Promise<Startup> }) {
  const message = startupMessage(use(startup));
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
      <main aria-live="polite">
        <Suspense fallback={<Spinner size="small" label="Avvio in corso…" />}>
          <StartupStatus startup={startup} />
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
