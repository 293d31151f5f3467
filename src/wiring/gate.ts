/**
 * A gate between the pane and its document, for tests that must choose the moment at which a
 * change hint reaches the pane, a read the pane started brings its result back, or a write the pane
 * sent reaches Word. Open, it changes nothing. Held, each such event waits in line until the test
 * releases it: a race between the tutor and the dirigente is then played in the order the test
 * wrote, not in the order the machine's timing happened to give.
 */
import type { PlanDocument } from "../word/port";

export type GatedEvent = "hint" | "read" | "write";

export type Gate = {
  /** From now on, events of this kind wait until released. */
  hold(kind: GatedEvent): void;
  /** Releases every waiting event of this kind and lets the next ones through. */
  open(kind: GatedEvent): void;
  /** Lets the oldest waiting event of this kind through; false when none waits. */
  release(kind: GatedEvent): boolean;
  /** How many events of this kind wait. */
  waiting(kind: GatedEvent): number;
  /** How many events of this kind went through, since the gate was made. */
  passed(kind: GatedEvent): number;
  /** Resolves when an event of this kind waits (at once if one already does). */
  next(kind: GatedEvent): Promise<void>;
  wrap(document: PlanDocument): PlanDocument;
};

const KINDS: readonly GatedEvent[] = ["hint", "read", "write"];

export function createGate(): Gate {
  const held = new Set<GatedEvent>();
  const lines = new Map<GatedEvent, (() => void)[]>(KINDS.map((kind) => [kind, []]));
  const counts = new Map<GatedEvent, number>(KINDS.map((kind) => [kind, 0]));
  const watchers = new Map<GatedEvent, (() => void)[]>(KINDS.map((kind) => [kind, []]));
  const line = (kind: GatedEvent) => lines.get(kind) ?? [];

  /** Runs `go` now when the gate is open for `kind`, or when the test releases it. */
  const pass = (kind: GatedEvent, go: () => void) => {
    const through = () => {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      go();
    };
    if (!held.has(kind)) return through();
    line(kind).push(through);
    for (const watcher of watchers.get(kind)?.splice(0) ?? []) watcher();
  };
  const passing = (kind: GatedEvent) => new Promise<void>((resolve) => pass(kind, resolve));
  /** A read is made at once, on the document as it is now; only its result waits. */
  const heldResult = async <T>(read: Promise<T>): Promise<T> => {
    const result = await read.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await passing("read");
    if (!result.ok) throw result.error;
    return result.value;
  };

  const gate: Gate = {
    hold: (kind) => void held.add(kind),
    open(kind) {
      held.delete(kind);
      for (const go of line(kind).splice(0)) go();
    },
    release(kind) {
      const go = line(kind).shift();
      go?.();
      return go !== undefined;
    },
    waiting: (kind) => line(kind).length,
    passed: (kind) => counts.get(kind) ?? 0,
    next: (kind) =>
      line(kind).length > 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => watchers.get(kind)?.push(resolve)),
    wrap: (document) => ({
      ...document,
      readPlan: () => heldResult(document.readPlan()),
      readAtSelection: (watched) => heldResult(document.readAtSelection(watched)),
      applyChanges: async (plan, changes) => {
        await passing("write");
        return document.applyChanges(plan, changes);
      },
      onDocumentMayHaveChanged: (listener) =>
        document.onDocumentMayHaveChanged((scope) => pass("hint", () => listener(scope))),
    }),
  };
  return gate;
}
