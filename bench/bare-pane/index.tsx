/**
 * The yardstick of the bundle-size and cold-load benchmark: the smallest pane with the same stack,
 * React 19, Fluent UI's FluentProvider and one Button, built with the same webpack configuration.
 */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (container === null) throw new Error("the page has no #root element");
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Piano di supporto</Button>
    </FluentProvider>
  </StrictMode>,
);
