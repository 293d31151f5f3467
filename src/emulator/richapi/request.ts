/**
 * One RichApi request carried out on the emulator: its object paths are evaluated against the
 * emulator's objects, its actions queued in order, and the whole request applied in one emulator
 * sync, so the document changes exactly as one `context.sync()` of the emulator's own client
 * would change it. Results are built from what that sync loaded.
 */
import { ERROR_CODES, MESSAGES, NotEmulatedError, OfficeExtensionError } from "../errors";
import type { RequestContextImpl } from "../runtime/context";
import type { Handle } from "../runtime/handle";
import { documentHandle } from "../api/document";
import {
  ACTION,
  PATH,
  camel,
  pascal,
  type Action,
  type ActionResult,
  type ArgumentInfo,
  type QueryInfo,
  type RequestBody,
  type ResponseBody,
} from "./protocol";
import { responseError } from "./response-error";

/** What an object path evaluates to: an emulator object, a null object, or a value the emulator does not model. */
type Target =
  | { readonly kind: "handle"; readonly handle: Handle }
  | { readonly kind: "null" }
  | { readonly kind: "opaque"; readonly typeName: string };

/** How items of a loaded collection are addressed in later requests (see RichApiOptions). */
export type IdentityScheme = "reference" | "index";

/** What a request shares with the others of its office.js request context. */
export type Connection = {
  readonly ctx: RequestContextImpl;
  readonly identity: IdentityScheme;
  refer(handle: Handle): string;
  referenced(id: string): Handle | undefined;
  release(id: string): void;
};

const REMOVE_REFERENCE = "_RemoveReference";
const KEEP_REFERENCE = "_KeepReference";

export async function carryOut(connection: Connection, body: RequestBody): Promise<ResponseBody> {
  return new RequestRun(connection, body).execute();
}

class RequestRun {
  private readonly targets = new Map<number, Target>();
  private readonly results: Array<() => ActionResult | undefined> = [];
  private readonly traces: Array<{ readonly index: number; readonly id: number }> = [];
  /** Index of each action that queued emulator work, in order. */
  private readonly queuedBy: number[] = [];
  private completed = 0;
  private document: Handle | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly body: RequestBody,
  ) {}

  private get ctx(): RequestContextImpl {
    return this.connection.ctx;
  }

  async execute(): Promise<ResponseBody> {
    const actions = this.body.Actions;
    for (let index = 0; index < actions.length; index++) {
      const before = this.ctx.pendingOperations;
      try {
        this.perform(actions[index]!, index);
      } catch (error) {
        // Word checks a call when it executes it: what the request queued before it lands first.
        const earlier = await this.flush();
        return this.failure(earlier ?? { error, index });
      }
      if (this.ctx.pendingOperations > before) {
        this.queuedBy.push(index);
        this.ctx.enqueue({ location: "RichApi.action", since: "1.1", run: () => void this.completed++ });
      }
    }
    const failed = await this.flush();
    if (failed) return this.failure(failed);
    return {
      Results: this.results.map((build) => build()).filter((r): r is ActionResult => r !== undefined),
      TraceIds: this.traces.map((t) => t.id),
    };
  }

  /** Applies what is queued; on failure, which action's work failed. */
  private async flush(): Promise<{ readonly error: unknown; readonly index: number } | undefined> {
    if (!this.ctx.hasPendingOperations) return undefined;
    try {
      await this.ctx.sync();
      return undefined;
    } catch (error) {
      return { error, index: this.queuedBy[this.completed] ?? this.body.Actions.length - 1 };
    }
  }

  /**
   * A failed request sends no results back, as a failed batch of the emulator's own client makes
   * no loaded value readable (the emulator assumes Word does the same; a recording would tell).
   */
  private failure({ error, index }: { readonly error: unknown; readonly index: number }): ResponseBody {
    return {
      Results: [],
      TraceIds: this.traces.filter((t) => t.index < index).map((t) => t.id),
      Error: responseError(error, index),
    };
  }

  private perform(action: Action, index: number): void {
    switch (action.ActionType) {
      case ACTION.instantiate:
        return this.instantiate(action);
      case ACTION.query:
      case ACTION.queryAsJson:
        return this.query(action);
      case ACTION.method:
        return this.method(action);
      case ACTION.setProperty:
        return this.setProperty(
          this.handleAt(action.ObjectPathId),
          action.Name,
          this.args(action.ArgumentInfo)[0],
        );
      case ACTION.update: {
        const handle = this.handleAt(action.ObjectPathId);
        for (const [name, value] of Object.entries(action.ObjectState ?? {}))
          this.setProperty(handle, name, value);
        return;
      }
      case ACTION.trace:
        this.traces.push({ index, id: action.Id });
        return;
      case ACTION.recursiveQuery:
        throw new NotEmulatedError("RequestContext.loadRecursive");
      case ACTION.ensureUnchanged:
        throw new NotEmulatedError("ClientObject.ensureUnchanged");
      default:
        throw new NotEmulatedError(`RichApi action type ${action.ActionType}`);
    }
  }

  private instantiate(action: Action): void {
    const target = this.target(action.ObjectPathId);
    const id = action.Id;
    if (target.kind === "null") {
      this.results.push(() => ({ ActionId: id, Value: null }));
      return;
    }
    const type = this.body.ObjectPaths[String(action.ObjectPathId)]?.ObjectPathType;
    const evaluated = type !== PATH.globalObject && type !== PATH.referenceId;
    if (evaluated && target.kind === "handle" && !target.handle.isCollection) {
      // Word evaluates a path when it instantiates it: a missing item fails here.
      const handle = target.handle;
      this.ctx.enqueue({
        location: "RichApi.instantiate",
        since: "1.1",
        run: () => void handle.targetOrNull(),
      });
    }
    if (!this.body.AutoKeepReference) return;
    this.results.push(() => {
      if (target.kind !== "handle")
        return { ActionId: id, Value: { _ReferenceId: `opaque:${target.typeName}` } };
      const handle = target.handle;
      if (!handle.isCollection && handle.targetOrNull() === null) return { ActionId: id, Value: null };
      return { ActionId: id, Value: { _ReferenceId: this.connection.refer(handle) } };
    });
  }

  private query(action: Action): void {
    const handle = this.handleAt(action.ObjectPathId);
    const info: QueryInfo = Array.isArray(action.QueryInfo)
      ? { Select: action.QueryInfo as readonly string[] }
      : ((action.QueryInfo ?? {}) as QueryInfo);
    const paths = queryPaths(handle, info);
    handle.load(paths);
    const id = action.Id;
    this.results.push(() => ({ ActionId: id, Value: this.valueOf(handle, paths, info) }));
  }

  private method(action: Action): void {
    const args = this.args(action.ArgumentInfo);
    if (action.Name === REMOVE_REFERENCE) {
      for (const ref of args) if (typeof ref === "string") this.connection.release(ref);
      return;
    }
    if (action.Name === KEEP_REFERENCE) {
      const target = this.target(action.ObjectPathId);
      if (target.kind === "handle") this.connection.refer(target.handle);
      return;
    }
    const handle = this.handleAt(action.ObjectPathId);
    // Methods sent as actions return scalars; the emulator's return none the client reads.
    handle.call(camel(action.Name), args);
  }

  private setProperty(handle: Handle, name: string, value: unknown): void {
    const property = camel(name);
    if (!Reflect.set(handle.proxy, property, value)) {
      // office.js never sends this (its read-only properties have no setter); the code is the emulator's guess.
      throw new OfficeExtensionError(
        ERROR_CODES.invalidArgument,
        MESSAGES.invalidArgument(`${property} is read-only`),
        `${handle.spec.name}.${property}`,
      );
    }
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const values = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((pathId, i) => {
      if (pathId) values[i] = this.handleAt(pathId).proxy;
    });
    return values;
  }

  private handleAt(pathId: number): Handle {
    const target = this.target(pathId);
    if (target.kind === "handle") return target.handle;
    if (target.kind === "opaque") throw new NotEmulatedError(target.typeName);
    throw new OfficeExtensionError(
      ERROR_CODES.invalidObjectPath,
      MESSAGES.invalidObjectPath,
      "RichApi.nullObject",
    );
  }

  /** A path's object, evaluated once per request: Word evaluates a path again in every request. */
  private target(pathId: number): Target {
    const known = this.targets.get(pathId);
    if (known) return known;
    const path = this.body.ObjectPaths[String(pathId)];
    if (!path)
      throw new OfficeExtensionError(
        ERROR_CODES.invalidObjectPath,
        MESSAGES.invalidObjectPath,
        `path ${pathId}`,
      );
    const parent = () => this.handleAt(path.ParentObjectPathId ?? 0);
    const name = camel(path.Name);
    let target: Target;
    switch (path.ObjectPathType) {
      case PATH.globalObject:
        this.document ??= documentHandle(this.ctx);
        target = { kind: "handle", handle: this.document };
        break;
      case PATH.property:
        target = { kind: "handle", handle: parent().navigate(name) };
        break;
      case PATH.method:
        target = this.methodTarget(parent(), name, this.args(path.ArgumentInfo));
        break;
      case PATH.indexer:
        target = this.methodTarget(parent(), "getById", this.args(path.ArgumentInfo));
        break;
      case PATH.referenceId: {
        const handle = this.connection.referenced(path.Name);
        if (!handle) {
          throw new OfficeExtensionError(
            ERROR_CODES.invalidObjectPath,
            MESSAGES.invalidObjectPath,
            path.Name,
          );
        }
        target = { kind: "handle", handle };
        break;
      }
      case PATH.nullObject:
        target = { kind: "null" };
        break;
      default:
        throw new NotEmulatedError(`RichApi object path type ${path.ObjectPathType} (${path.Name})`);
    }
    this.targets.set(pathId, target);
    return target;
  }

  private methodTarget(parent: Handle, name: string, args: readonly unknown[]): Target {
    if (name === "getItemAt" && typeof args[0] === "number")
      return { kind: "handle", handle: parent.itemAt(args[0]) };
    const result = parent.call(name, args);
    const handle = typeof result === "object" && result !== null ? this.handleOf(result) : undefined;
    if (handle) return { kind: "handle", handle };
    return { kind: "opaque", typeName: `${parent.spec.name}.${name}` };
  }

  private handleOf(proxy: object): Handle | undefined {
    try {
      return this.ctx.handleOf(proxy);
    } catch {
      return undefined;
    }
  }

  private valueOf(handle: Handle, paths: readonly string[], info: QueryInfo): unknown {
    if (!handle.isCollection) return this.objectValue(handle, paths);
    const items = handle.loadedItems ?? [];
    const skip = info.Skip ?? 0;
    const shown = items.slice(skip, info.Top === undefined ? undefined : skip + info.Top);
    return {
      _Items: shown.map((item) => {
        const value = this.objectValue(item, paths) as Record<string, unknown>;
        return this.connection.identity === "reference"
          ? { ...value, _ReferenceId: this.connection.refer(item) }
          : value;
      }),
    };
  }

  private objectValue(handle: Handle, paths: readonly string[]): unknown {
    if (handle.isCollection) return this.valueOf(handle, paths, {});
    if (handle.loadedIsNull) return null;
    const value: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const path of paths.length ? paths : Object.keys(handle.spec.scalars)) {
      const [head = "", ...rest] = path.split("/");
      if (rest.length === 0 && head in handle.spec.scalars) {
        const loaded = handle.loadedValue(head);
        if (loaded) value[pascal(head)] = loaded.value;
      } else if (head in handle.spec.navigation) {
        nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      }
    }
    for (const [name, sub] of nested) value[pascal(name)] = this.objectValue(handle.navigate(name), sub);
    return value;
  }
}

/**
 * The paths a query loads, in the emulator's terms. office.js strips a collection's "items/" only
 * sometimes, sends "*" for everything, and "$none" for nothing.
 */
function queryPaths(handle: Handle, info: QueryInfo): string[] {
  const strip = (path: string) => (handle.isCollection && path.startsWith("items/") ? path.slice(6) : path);
  const select = (info.Select ?? []).map(strip).filter((p) => p !== "items");
  const expand = (info.Expand ?? []).map(strip).filter((p) => p !== "items");
  const spec = handle.isCollection ? handle.spec.item?.() : handle.spec;
  const everything = select.length === 0 || select.includes("*");
  const scalars = everything ? Object.keys(spec?.scalars ?? {}) : select;
  return [...scalars, ...expand];
}
