/**
 * What `load(...)` asks for, checked against the type's spec when `load` is called and carried
 * out at sync. Accepts the forms Office.js accepts: "a,b/c", ["a", "b/c"], { select, expand },
 * a property bag ({ text: true, font: { size: true } }), "$none", and nothing (all scalars).
 */
import { NotEmulatedError } from "../errors";
import type { TypeSpec } from "./spec";

export type LoadPlan = {
  readonly scalars: readonly string[];
  readonly navigation: ReadonlyMap<string, LoadPlan>;
  /** For collections: what to load on each item. */
  readonly items?: LoadPlan;
};

function splitList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string")
    return value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (Array.isArray(value)) return value.flatMap(splitList);
  throw new TypeError(`load(): unsupported select ${JSON.stringify(value)}`);
}

function bagPaths(bag: Readonly<Record<string, unknown>>, prefix: string): string[] {
  return Object.entries(bag).flatMap(([key, v]) => {
    if (v === true) return [`${prefix}${key}`];
    if (v && typeof v === "object") return bagPaths(v as Record<string, unknown>, `${prefix}${key}/`);
    return [];
  });
}

/** The requested paths; an empty list means "all scalar properties". */
export function requestedPaths(option: unknown): string[] {
  if (option && typeof option === "object" && !Array.isArray(option)) {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) return [...splitList(o["select"]), ...splitList(o["expand"])];
    return bagPaths(o, "");
  }
  return splitList(option);
}

export function compileLoad(spec: TypeSpec, paths: readonly string[]): LoadPlan {
  if (spec.item) {
    const itemSpec = spec.item();
    const itemPaths = paths.flatMap((p) => (p === "items" ? [] : [p.startsWith("items/") ? p.slice(6) : p]));
    // "items" alone, or nothing at all, loads every scalar of each item.
    return { scalars: [], navigation: new Map(), items: compileLoad(itemSpec, itemPaths) };
  }
  if (paths.length === 0) return { scalars: Object.keys(spec.scalars), navigation: new Map() };
  const scalars: string[] = [];
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    if (path === "$none") continue;
    const [head = "", ...rest] = path.split("/");
    if (rest.length === 0 && head in spec.scalars) scalars.push(head);
    else if (head in spec.navigation)
      nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
    else throw new NotEmulatedError(`${spec.name}.${head}`);
  }
  const navigation = new Map<string, LoadPlan>();
  for (const [name, sub] of nested) {
    const child = spec.navigation[name];
    if (child) navigation.set(name, compileLoad(child.spec(), sub));
  }
  return { scalars, navigation };
}
