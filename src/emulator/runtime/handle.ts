/**
 * The emulator's side of an Office.js proxy object: where it points in the document (resolved at
 * sync, once for single objects, afresh for collections), what has been loaded into it, and the
 * strict proxy handed to add-in code.
 */
import type { XmlElement } from "../../docx/xml";
import { ERROR_CODES, MESSAGES, NotEmulatedError, OfficeExtensionError } from "../errors";
import type { DocumentSession } from "../session";
import type { RequestContextImpl } from "./context";
import { compileLoad, requestedPaths, type LoadPlan } from "./load-plan";
import { maxVersion, type TypeSpec } from "./spec";
import { strictProxy, strictRecord } from "./strict-proxy";

export type Locator =
  | {
      readonly kind: "object";
      /** Whether a missing target is a null object (…OrNullObject) rather than ItemNotFound. */
      readonly nullable: boolean;
      /** Where ItemNotFound is reported, e.g. "ContentControlCollection.getFirst". */
      readonly where: string;
      readonly resolve: () => XmlElement | null;
    }
  | { readonly kind: "collection"; readonly resolve: () => XmlElement[] };

type Commit = () => void;

export class Handle {
  readonly proxy: object;
  /** Values readable on the proxy: loaded at a successful sync, or written through a setter. */
  private readonly values = new Map<string, unknown>();
  /** Known once a load of this object has been synced. */
  private isNull: boolean | undefined;
  private items: Handle[] | undefined;
  private bound: XmlElement | null | undefined;
  private readonly children = new Map<string, Handle>();

  constructor(
    readonly ctx: RequestContextImpl,
    readonly spec: TypeSpec,
    private readonly locator: Locator,
    /** Lowest WordApi version in which this object can be reached. */
    readonly since: string,
  ) {
    this.proxy = strictProxy(
      spec.name,
      (name) => this.member(name),
      (name, value) => this.assign(name, value),
    );
    ctx.register(this);
  }

  get session(): DocumentSession {
    return this.ctx.session;
  }

  /** A handle reached from this one; `since` is the member's WordApi version. */
  derive(spec: TypeSpec, locator: Locator, since = "1.1"): Handle {
    return new Handle(this.ctx, spec, locator, maxVersion(this.since, since));
  }

  /** At sync: the element, or null for a null object. Bound on first use, as Office.js binds a path. */
  targetOrNull(): XmlElement | null {
    if (this.locator.kind !== "object") throw new Error(`${this.spec.name} is a collection`);
    if (this.bound === undefined) {
      const found = this.locator.resolve();
      if (found === null && !this.locator.nullable) {
        throw new OfficeExtensionError(ERROR_CODES.itemNotFound, MESSAGES.itemNotFound, this.locator.where);
      }
      this.bound = found;
    }
    return this.bound;
  }

  /** At sync: the element an operation acts on; acting on a null object is ItemNotFound. */
  target(location: string): XmlElement {
    const t = this.targetOrNull();
    if (!t) throw new OfficeExtensionError(ERROR_CODES.itemNotFound, MESSAGES.itemNotFound, location);
    return t;
  }

  /** At sync: the collection's current members. */
  members(): XmlElement[] {
    if (this.locator.kind !== "collection") throw new Error(`${this.spec.name} is not a collection`);
    return this.locator.resolve();
  }

  /** Queues an operation named `Type.member`, available from WordApi `since`. */
  enqueue(member: string, run: () => void | Promise<void>, since = "1.1"): void {
    this.ctx.enqueue({ location: `${this.spec.name}.${member}`, since: maxVersion(this.since, since), run });
  }

  /**
   * Queues a load. A property the emulator does not know fails at sync, not here: office.js sends
   * the names it is given without checking them, so Word's answer comes back from the host.
   */
  load(option: unknown): void {
    const paths = requestedPaths(option);
    let plan: LoadPlan | NotEmulatedError;
    try {
      plan = compileLoad(this.spec, paths);
    } catch (error) {
      if (!(error instanceof NotEmulatedError)) throw error;
      plan = error;
    }
    const compiled = plan;
    this.ctx.enqueue({
      location: `${this.spec.name}.load`,
      since: this.since,
      run: () => {
        if (compiled instanceof NotEmulatedError) throw compiled;
        const commits: Commit[] = [];
        this.execute(compiled, commits);
        return () => commits.forEach((c) => c());
      },
    });
  }

  /** The navigation property `name` (a RichApi host walks object paths through these). */
  navigate(name: string): Handle {
    if (!(name in this.spec.navigation)) throw new NotEmulatedError(`${this.spec.name}.${name}`);
    return this.child(name);
  }

  /** Calls the method `name` as add-in code would; what it returns is the method's own result. */
  call(name: string, args: readonly unknown[]): unknown {
    const method = this.spec.methods[name];
    if (!method) throw new NotEmulatedError(`${this.spec.name}.${name}`);
    return method(this, args);
  }

  get isCollection(): boolean {
    return this.locator.kind === "collection";
  }

  /** After a synced load: the collection's items, the null-object flag and the loaded values. */
  get loadedItems(): readonly Handle[] | undefined {
    return this.items;
  }

  get loadedIsNull(): boolean | undefined {
    return this.isNull;
  }

  loadedValue(name: string): { readonly value: unknown } | undefined {
    return this.values.has(name) ? { value: this.values.get(name) } : undefined;
  }

  /** The item at `index` of this collection, located when a sync first acts on it. */
  itemAt(index: number): Handle {
    const itemSpec = this.spec.item?.();
    if (!itemSpec) throw new NotEmulatedError(`${this.spec.name}.getItemAt`);
    const where = `${this.spec.name}.getItemAt`;
    return this.derive(itemSpec, {
      kind: "object",
      nullable: false,
      where,
      resolve: () => this.members()[index] ?? null,
    });
  }

  private child(name: string): Handle {
    let h = this.children.get(name);
    if (!h) {
      const nav = this.spec.navigation[name];
      if (!nav) throw new Error(`${this.spec.name}.${name} is not a navigation property`);
      h = nav.create(this);
      this.children.set(name, h);
    }
    return h;
  }

  private execute(plan: LoadPlan, commits: Commit[]): void {
    if (this.spec.item && plan.items) {
      const itemSpec = this.spec.item();
      const itemPlan = plan.items;
      const items = this.members().map((el) =>
        this.derive(itemSpec, {
          kind: "object",
          nullable: false,
          where: `${this.spec.name}.items`,
          resolve: () => el,
        }),
      );
      for (const item of items) item.execute(itemPlan, commits);
      commits.push(() => {
        this.items = items;
      });
      return;
    }
    const target = this.targetOrNull();
    if (target === null) {
      commits.push(() => {
        this.isNull = true;
      });
      return;
    }
    const read = plan.scalars.map((name) => {
      const scalar = this.spec.scalars[name];
      if (!scalar) throw new Error(`${this.spec.name}.${name} is not a scalar`);
      this.ctx.requireVersion(maxVersion(this.since, scalar.since ?? "1.1"), `${this.spec.name}.${name}`);
      return [name, scalar.read(target, this.session)] as const;
    });
    commits.push(() => {
      this.isNull = false;
      for (const [name, value] of read) this.values.set(name, value);
      // Counted when the values become readable: a failed batch sends nothing back.
      this.session.meter.load(
        this.spec.name,
        read.map(([, value]) => value),
      );
    });
    for (const [name, sub] of plan.navigation) this.child(name).execute(sub, commits);
  }

  private notLoaded(name: string): never {
    const location = `${this.spec.name}.${name}`;
    throw new OfficeExtensionError(ERROR_CODES.propertyNotLoaded, MESSAGES.propertyNotLoaded(name), location);
  }

  private member(name: string): { readonly value: unknown } | undefined {
    const spec = this.spec;
    switch (name) {
      case "context":
        return { value: this.ctx.proxy };
      case "load":
        return {
          value: (option?: unknown) => {
            this.load(option);
            return this.proxy;
          },
        };
      case "track":
      case "untrack":
        return { value: () => this.proxy };
      case "toJSON":
        return { value: () => this.toJSON() };
      case "isNullObject":
        return { value: this.isNull ?? this.notLoaded(name) };
      case "items":
        if (spec.item) return { value: (this.items ?? this.notLoaded(name)).map((h) => h.proxy) };
        return undefined;
    }
    if (name in spec.scalars) {
      if (!this.values.has(name)) this.notLoaded(name);
      return { value: this.values.get(name) };
    }
    if (name in spec.navigation) return { value: this.child(name).proxy };
    const method = spec.methods[name];
    if (method) return { value: (...args: unknown[]) => this.callQueued(name, args) };
    return undefined;
  }

  /**
   * A method call from add-in code. office.js queues a call without checking its arguments, and
   * Word refuses a bad one when it executes it, after the batch's earlier commands have landed
   * (Microsoft's OfficeExtension.Error example: the failing insertParagraph comes after two that
   * were inserted). So a bad argument fails the sync here too; what the call returns then is a
   * stand-in the emulator does not model (the batch fails before anything could use it).
   */
  private callQueued(name: string, args: readonly unknown[]): unknown {
    try {
      return this.call(name, args);
    } catch (error) {
      if (!(error instanceof OfficeExtensionError) || error.code !== ERROR_CODES.invalidArgument) throw error;
      this.enqueue(name, () => {
        throw error;
      });
      return strictRecord(`${this.spec.name}.${name}()`, {});
    }
  }

  private assign(name: string, value: unknown): "assigned" | "read-only" | "unknown" {
    const spec = this.spec;
    const scalar = spec.scalars[name];
    if (!scalar) {
      const known =
        name in spec.navigation ||
        name in spec.methods ||
        ["context", "isNullObject", "items"].includes(name);
      return known ? "read-only" : "unknown";
    }
    if (scalar.readOnly) return "read-only";
    if (!scalar.write) throw new NotEmulatedError(`setting ${this.spec.name}.${name}`);
    const write = scalar.write;
    const location = `${this.spec.name}.${name}`;
    // Office.js keeps the written value on the proxy, so reading it back needs no load.
    this.values.set(name, value);
    this.enqueue(name, () => write(this.target(location), value, this.session, location), scalar.since);
    return "assigned";
  }

  private toJSON(): Record<string, unknown> {
    if (this.spec.item) return { items: (this.items ?? []).map((h) => h.toJSON()) };
    return Object.fromEntries(this.values);
  }
}
