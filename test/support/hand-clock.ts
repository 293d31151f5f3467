import type { Timers } from "../../src/taskpane/state";

/** A clock the test moves by hand: the store's timers fire only when `fire` says so. */
export function handClock(): Timers & { readonly pending: () => number; readonly fire: () => void } {
  let next = 0;
  const timers = new Map<number, () => void>();
  return {
    set: (run) => (timers.set(++next, run), next),
    clear: (handle) => void timers.delete(handle as number),
    pending: () => timers.size,
    fire: () => {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((run) => run());
    },
  };
}
