/**
 * The RichApi request and response bodies that Microsoft's office.js client exchanges with Word on
 * every `context.sync()`, as the client builds and parses them (its ActionFactory and
 * ObjectPathFactory): JSON with PascalCase names. The numbers are the client's own.
 */

export const ACTION = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

export const PATH = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

export type ArgumentInfo = {
  readonly Arguments?: readonly unknown[];
  /** Per argument: the id of the object path passed in its place, 0 or absent for a plain value. */
  readonly ReferencedObjectPathIds?: readonly number[];
};

export type QueryInfo = {
  readonly Select?: readonly string[];
  readonly Expand?: readonly string[];
  readonly Top?: number;
  readonly Skip?: number;
};

export type Action = {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  /** Query and QueryAsJson: what to load. office.js sends `["text"]` style arrays too. */
  readonly QueryInfo?: QueryInfo | readonly string[];
  /** EnsureUnchanged and Update: property values, PascalCase. */
  readonly ObjectState?: Readonly<Record<string, unknown>>;
  /** Object paths whose last use is this action. */
  readonly L?: readonly number[];
};

export type ObjectPath = {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
  /** "Do not keep a reference": sent for a path re-sent after its reference was released. */
  readonly D?: boolean;
};

export type RequestBody = {
  readonly AutoKeepReference?: boolean;
  readonly Actions: readonly Action[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPath>>;
};

export type ActionResult = { readonly ActionId: number; readonly Value: unknown };

export type ResponseError = {
  readonly Code: string;
  readonly Message: string;
  readonly Location: string;
  /** Index in `Actions` of the failing action; the client prints that statement in debugInfo. */
  readonly ActionIndex: number;
  readonly HttpStatusCode: number;
};

export type ResponseBody = {
  readonly Results: readonly ActionResult[];
  readonly TraceIds?: readonly number[];
  readonly Error?: ResponseError;
};

/** office.js's names for the values a host returns: the property name with its first letter capitalised. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The add-in's name for a PascalCase member name of the protocol. */
export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
