import type { Tag } from "./tags";

/**
 * Why the document layer did not write a field. Nothing a person typed is overwritten: a field whose
 * text changed since the panel read it, or that cannot be told apart from a copy, is left alone.
 */
export type WriteRefusalReason =
  /** The field's text is no longer what the panel read: someone typed in it. */
  | "changed"
  /** The field holds text that is not a value of its kind ("sì" in a mark): a person must decide. */
  | "unreadable"
  /** The field's control is gone. */
  | "missing"
  /** Several controls carry the field's tag. */
  | "duplicate"
  /** The host does not list the field's control (read from its table cell): it cannot be written here. */
  | "unreachable"
  /** The host refused the write at sync. */
  | "host-refused"
  /**
   * Nothing wrong with this field, but another change of the same gesture was refused: a gesture
   * (a level choice, a span of months, a copy) lands whole or not at all.
   */
  | "withheld";

export type WriteRefusal = {
  readonly tag: Tag;
  readonly label: string;
  readonly reason: WriteRefusalReason;
  /** The field's text now, when known. */
  readonly current?: string;
};

export type ApplyResult = {
  readonly written: readonly Tag[];
  readonly refused: readonly WriteRefusal[];
  /**
   * The text each written field holds after the write, as Word returned it in the write's own
   * batch: the panel can update those fields from it instead of reading the whole plan again.
   */
  readonly readBack: ReadonlyMap<Tag, string>;
};
