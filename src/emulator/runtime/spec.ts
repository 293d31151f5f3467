/**
 * The shape of an emulated Word API type, as data: its scalar properties, navigation properties
 * and methods, each with the WordApi version that introduced it. The strict proxy exposes exactly
 * these members; anything else throws "not emulated".
 */
import type { XmlElement } from "../../docx/xml";
import type { DocumentSession } from "../session";
import type { Handle } from "./handle";

export type ScalarSpec = {
  readonly read: (target: XmlElement, session: DocumentSession) => unknown;
  /** Applies a queued property write at sync. */
  readonly write?: (target: XmlElement, value: unknown, session: DocumentSession, location: string) => void;
  /** Read-only in Office.js too (assigning throws TypeError); otherwise a missing `write` is "not emulated". */
  readonly readOnly?: true;
  /** WordApi version that introduced the property; "1.1" when absent. */
  readonly since?: string;
};

export type NavigationSpec = {
  readonly spec: () => TypeSpec;
  readonly create: (self: Handle) => Handle;
};

export type MethodSpec = (self: Handle, args: readonly unknown[]) => unknown;

export type TypeSpec = {
  readonly name: string;
  readonly scalars: Readonly<Record<string, ScalarSpec>>;
  readonly navigation: Readonly<Record<string, NavigationSpec>>;
  readonly methods: Readonly<Record<string, MethodSpec>>;
  /** Present on collections: the type of their items. A function, because specs refer to each other. */
  readonly item?: () => TypeSpec;
};

export function maxVersion(a: string, b: string): string {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d > 0 ? a : b;
  }
  return a;
}
