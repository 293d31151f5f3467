/**
 * "The dirigente types a paragraph in ten bursts": the pane's own store over the desktop emulator,
 * each burst typed in Word at the selection (which fires DocumentSelectionChanged), then the store's
 * quiet time let run out and its read awaited. Only the store's reads are metered, not the typing.
 * The promise: at most 3 controls per burst, where a whole read loads every control.
 */
import { formatTag } from "../src/plan/tags";
import { createPanelStore, type PanelStore } from "../src/taskpane/state";
import { typeIntoControl } from "../src/wiring/dirigente";
import { openPlan } from "../test/support/generate";
import { handClock } from "../test/support/hand-clock";
import type { SyncLoad } from "../src/emulator/meter";

export const BURSTS = 10;
const WORDS =
  "Il consiglio di classe individua le strutture ospitanti e concorda il calendario delle attività".split(
    " ",
  );

function idleAfter(store: PanelStore, started: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!started() || store.getState().activity !== "idle") return false;
      unsubscribe();
      resolve();
      return true;
    };
    const unsubscribe = store.subscribe(() => void check());
    check();
  });
}

/** The syncs of the store's reads over the ten bursts, and what each loaded. */
export async function measureTypingBursts(
  template: Uint8Array,
): Promise<{ readonly syncs: number; readonly perSync: readonly SyncLoad[] }> {
  const { word, document } = await openPlan(template);
  const clock = handClock();
  const store = createPanelStore(document, { timers: clock });
  const stop = store.start();
  await idleAfter(store, () => store.getState().reading !== undefined);
  const tag = formatTag({ kind: "testo", testo: "criticita" });
  const perSync: SyncLoad[] = [];
  let syncs = 0;
  let typed = "";
  for (let burst = 0; burst < BURSTS; burst++) {
    typed += `${WORDS.slice(burst, burst + 3).join(" ")} `;
    await typeIntoControl(word, tag, typed);
    word.resetStats();
    clock.fire();
    await idleAfter(store, () => word.stats.syncs > 0);
    syncs += word.stats.syncs;
    perSync.push(...word.stats.loads);
  }
  stop();
  if (store.getState().reading?.plan.texts.get(tag) !== typed)
    throw new Error("the store did not see the paragraph the dirigente typed");
  return { syncs, perSync };
}
