/**
 * The request context of one `Word.run`: the queue of operations and `sync()`, which applies
 * them in order, counts one round trip, and only then makes loaded values readable. A failing
 * operation rejects the sync; operations before it stay applied, the rest are dropped, and no
 * loaded value of that batch becomes visible.
 */
import { ERROR_CODES, MESSAGES, OfficeExtensionError } from "../errors";
import { isSetSupported } from "../host-profile";
import type { DocumentSession } from "../session";
import type { Handle } from "./handle";
import { strictProxy } from "./strict-proxy";

export type Operation = {
  /** "Type.member", reported as the error location. */
  readonly location: string;
  /** WordApi version the operation needs. */
  readonly since: string;
  /**
   * Applies the operation; may return what to publish once the whole batch succeeded. Asynchronous
   * only where the host's work is (unzipping an inserted file); the batch still runs in order.
   */
  readonly run: () => (() => void) | void | Promise<void>;
};

export class RequestContextImpl {
  readonly proxy: object;
  private queue: Operation[] = [];
  private readonly handles = new WeakMap<object, Handle>();

  constructor(
    readonly session: DocumentSession,
    createDocument: (ctx: RequestContextImpl) => Handle,
  ) {
    const document = createDocument(this);
    this.proxy = strictProxy("RequestContext", (name) => {
      switch (name) {
        case "document":
          return { value: document.proxy };
        case "sync":
          return { value: () => this.sync() };
        case "load":
          return {
            value: (object: unknown, option?: unknown) => {
              this.handleOf(object).load(option);
              return object;
            },
          };
      }
      return undefined;
    });
  }

  register(handle: Handle): void {
    this.handles.set(handle.proxy, handle);
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  /**
   * Objects of a finished `Word.run` may still queue work: office.js re-sends their original path
   * and Word evaluates it again, so the emulator's objects stay usable too.
   */
  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  requireVersion(version: string, location: string): void {
    if (!isSetSupported(this.session.profile, "WordApi", version)) {
      throw new OfficeExtensionError(ERROR_CODES.apiNotFound, MESSAGES.apiNotFound, location);
    }
  }

  async sync(): Promise<void> {
    this.session.meter.startSync();
    const ops = this.queue;
    this.queue = [];
    // A round trip is asynchronous even when there is nothing to send.
    await Promise.resolve();
    const commits: Array<() => void> = [];
    for (const op of ops) {
      this.requireVersion(op.since, op.location);
      if (this.session.quirks.failingOperations.includes(op.location)) {
        throw new OfficeExtensionError(ERROR_CODES.generalException, MESSAGES.generalException, op.location);
      }
      const result = op.run();
      // Awaited only when asynchronous, so other batches cannot interleave with a synchronous one.
      const commit = result instanceof Promise ? await result : result;
      if (commit) commits.push(commit);
    }
    for (const commit of commits) commit();
  }

  /** The handle behind a proxy of this context. */
  handleOf(object: unknown): Handle {
    const handle = typeof object === "object" && object !== null ? this.handles.get(object) : undefined;
    if (!handle) throw new TypeError("context.load(): not an object of this request context");
    return handle;
  }
}
