/**
 * Wraps an emulated API object so that any member the emulator does not implement throws
 * "not emulated: Type.member" instead of quietly reading as undefined.
 */
import { NotEmulatedError } from "../errors";

/**
 * Names the JavaScript runtime and test tools probe on any object (thenable check, jest's
 * matchers and pretty-printer). Answering undefined to these is what a real Office.js object does.
 */
const RUNTIME_PROBES = new Set([
  "then",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "_isMockFunction",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

export type Lookup = (name: string) => { readonly value: unknown } | undefined;
/** What an assignment did: applied it, refused it (a read-only member), or did not know the member. */
export type Assign = (name: string, value: unknown) => "assigned" | "read-only" | "unknown";

export function strictProxy(typeName: string, lookup: Lookup, assign?: Assign): object {
  const shell = { [Symbol.toStringTag]: typeName };
  return new Proxy(shell, {
    get(target, prop) {
      if (typeof prop === "symbol") return Reflect.get(target, prop);
      if (prop === "constructor") return Object;
      const found = lookup(prop);
      if (found) return found.value;
      if (RUNTIME_PROBES.has(prop)) return undefined;
      throw new NotEmulatedError(`${typeName}.${prop}`);
    },
    set(_target, prop, value) {
      if (typeof prop === "symbol") return false;
      const outcome = assign ? assign(prop, value) : "read-only";
      if (outcome === "assigned") return true;
      // Office.js's read-only properties are getters: strict code gets a TypeError, sloppy code
      // nothing, which is what a set trap answering false gives.
      if (outcome === "read-only") return false;
      throw new NotEmulatedError(`${typeName}.${prop}`);
    },
  });
}

/** A strict proxy over a fixed record of members. */
export function strictRecord(typeName: string, members: Readonly<Record<string, unknown>>): object {
  const has = (name: string) => Object.prototype.hasOwnProperty.call(members, name);
  return strictProxy(
    typeName,
    (name) => (has(name) ? { value: members[name] } : undefined),
    (name) => (has(name) ? "read-only" : "unknown"),
  );
}
