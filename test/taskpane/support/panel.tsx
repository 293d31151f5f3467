import { act, screen, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";

import { mountPanel } from "../../../src/taskpane/mount";
import { STRINGS } from "../../../src/taskpane/strings";
import type { PlanDocument } from "../../../src/word/port";
import { type OpenDocument, type WordBehaviour, openDocument, templateBytes } from "../../support/documents";

export type MountedPanel = OpenDocument & {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly unmount: () => void;
};

/** A fixed "today" for the dates the panel proposes. */
export const TODAY = new Date(2018, 2, 15);

/** The real template in the emulated Word, the real document layer, and the panel over it, once it has read the plan. */
export async function mountOver(
  behaviour: WordBehaviour = "desktop",
  prepare?: (opened: OpenDocument) => Promise<void>,
  wrap: (document: PlanDocument) => PlanDocument = (document) => document,
): Promise<MountedPanel> {
  const opened = await openDocument(templateBytes(), behaviour);
  await prepare?.(opened);
  const container = document.createElement("div");
  document.body.append(container);
  let unmount: () => void = () => undefined;
  act(() => {
    unmount = mountPanel(container, wrap(opened.document), { today: () => TODAY });
  });
  await screen.findByRole("button", { name: "Livelli di servizio" }, { timeout: 10_000 });
  await waitForIdle();
  await sectionsLoaded();
  return {
    ...opened,
    // The pointer-events check walks computed styles too; Fluent never disables pointer events here.
    user: userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never }),
    unmount: () => {
      act(() => unmount());
      container.remove();
    },
  };
}

/** Until the panel has no document operation in flight. */
export async function waitForIdle(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(/^(Lettura|Scrittura) (del|nel) documento…$/)).toBeNull(), {
    timeout: 10_000,
  });
}

/**
 * Opens a section of the panel (they are collapsible; the big grids mount only when open) and waits
 * until its code has loaded: every section is fetched on demand (panel/sections.tsx).
 */
export async function openSection(user: MountedPanel["user"], name: string): Promise<void> {
  await user.click(screen.getByRole("button", { name: new RegExp(`^${name}`) }));
  await sectionsLoaded();
}

/** Until no open section is waiting for its code (every section is a chunk: panel/sections.tsx). */
async function sectionsLoaded(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(STRINGS.it.loadingSection)).toBeNull(), { timeout: 10_000 });
}
