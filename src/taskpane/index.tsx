/**
 * Entry point of the task pane: waits for Office once (host.ts), then shows the panel over the open
 * document, or the start-up status when the pane cannot work here.
 */
import { StrictMode, Suspense, use } from "react";
import { createRoot } from "react-dom/client";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

import { deferred } from "./deferred";
import {
  PANEL_NOT_LOADED,
  RETRY,
  STARTING,
  type StartupMessage,
  startUp,
  startupMessage,
  type Startup,
} from "./host";

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

function Starting() {
  return <Spinner size="small" label={STARTING} />;
}

function ShellMessage({
  message,
  onRetry,
}: {
  readonly message: StartupMessage;
  readonly onRetry?: () => void;
}) {
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.body}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{RETRY}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/**
 * The panel over the document Word has open. Its code (the panel, its state, the Word layer) is
 * fetched from the start, while office.js loads and Office starts, which takes longer: the first
 * screen does not wait for it, and Office is seldom ready before it has arrived.
 */
const WordPanel = deferred(
  async () => (await import(/* webpackChunkName: "panel" */ "./word-panel")).WordPanel,
  {
    Loading: Starting,
    Failed: ({ onRetry }) => <ShellMessage message={PANEL_NOT_LOADED} onRetry={onRetry} />,
  },
  true,
);

function StartupOutcome({ startup }: { readonly startup: Promise<Startup> }) {
  const status = use(startup);
  if (status.kind === "word") return <WordPanel />;
  return <ShellMessage message={startupMessage(status)} />;
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
        <Suspense fallback={<Starting />}>
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
