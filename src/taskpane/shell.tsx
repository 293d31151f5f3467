/**
 * The pane's React shell, in a chunk of its own that index.ts fetches while Office starts, drawn
 * once start-up has settled: the product's title over the panel when start-up found Word, or the
 * start-up status when the pane cannot work here.
 */
import { StrictMode } from "react";
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
  PRODUCT_TITLE,
  RETRY,
  STARTING,
  type StartupMessage,
  startupMessage,
  type Startup,
} from "./host";

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
 * prefetched from the start, while office.js loads and Office starts, which takes longer; it is run
 * only once start-up has found Word, so that nothing else competes with the first screen for the
 * page's one thread, and outside Word it is never run at all.
 */
const WordPanel = deferred(
  async () => (await import(/* webpackChunkName: "panel", webpackPrefetch: true */ "./word-panel")).WordPanel,
  {
    Loading: Starting,
    Failed: ({ onRetry }) => <ShellMessage message={PANEL_NOT_LOADED} onRetry={onRetry} />,
  },
);

function Shell({ status }: { readonly status: Startup }) {
  const styles = useShellStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header>
        <Title3 as="h1" className={styles.title}>
          {PRODUCT_TITLE}
        </Title3>
      </header>
      <main>
        {status.kind === "word" ? <WordPanel /> : <ShellMessage message={startupMessage(status)} />}
      </main>
    </FluentProvider>
  );
}

/**
 * Draws the shell into `container`, over the first screen index.ts drew there. It is given the
 * settled start-up, not a promise to suspend on: React holds back the content of a Suspense
 * boundary for up to 300 ms after its fallback was shown, which would be the pane's whole margin.
 */
export function renderShell(container: HTMLElement, status: Startup): void {
  createRoot(container).render(
    <StrictMode>
      <Shell status={status} />
    </StrictMode>,
  );
}
