/**
 * Reading and writing the `w:sdtPr` children the Word API exposes (tag, title, locks,
 * placeholder state). New children go where the schema's sequence wants them (wml.xsd CT_SdtPr),
 * because Word rejects a file whose `w:sdtPr` children are out of order.
 */
import { NS } from "../../docx/namespaces";
import {
  childElements,
  createElement,
  firstChildNamed,
  getAttr,
  setAttr,
  type XmlElement,
} from "../../docx/xml";
import { sdtPr } from "./controls";

/** wml.xsd CT_SdtPr sequence, before the closing choice of type elements. */
const SDT_PR_ORDER = [
  "rPr",
  "alias",
  "tag",
  "id",
  "lock",
  "placeholder",
  "temporary",
  "showingPlcHdr",
  "dataBinding",
  "label",
  "tabIndex",
] as const;
type SdtPrChild = (typeof SDT_PR_ORDER)[number];

function ensureSdtPr(sdt: XmlElement): XmlElement {
  const existing = sdtPr(sdt);
  if (existing) return existing;
  const doc = sdt.ownerDocument;
  if (!doc) throw new Error("w:sdt outside a document");
  const pr = createElement(doc, NS.w, "sdtPr", "w");
  sdt.insertBefore(pr, sdt.firstChild);
  return pr;
}

function child(sdt: XmlElement, name: SdtPrChild): XmlElement | null {
  const pr = sdtPr(sdt);
  return pr ? firstChildNamed(pr, NS.w, name) : null;
}

function ensureChild(sdt: XmlElement, name: SdtPrChild): XmlElement {
  const pr = ensureSdtPr(sdt);
  const found = firstChildNamed(pr, NS.w, name);
  if (found) return found;
  const doc = pr.ownerDocument;
  if (!doc) throw new Error("w:sdtPr outside a document");
  const el = createElement(doc, NS.w, name, "w");
  const rank = SDT_PR_ORDER.indexOf(name);
  // Before the first sibling the sequence puts later; type and extension elements count as later.
  const next = childElements(pr).find((e) => {
    const r = e.namespaceURI === NS.w ? SDT_PR_ORDER.indexOf(e.localName as SdtPrChild) : -1;
    return r === -1 || r > rank;
  });
  pr.insertBefore(el, next ?? null);
  return el;
}

function removeChild(sdt: XmlElement, name: SdtPrChild): void {
  const el = child(sdt, name);
  el?.parentNode?.removeChild(el);
}

function valOf(sdt: XmlElement, name: SdtPrChild): string | null {
  const el = child(sdt, name);
  return el ? getAttr(el, NS.w, "val") : null;
}

function setVal(sdt: XmlElement, name: SdtPrChild, value: string): void {
  setAttr(ensureChild(sdt, name), NS.w, "val", value, "w");
}

export function readTag(sdt: XmlElement): string {
  return valOf(sdt, "tag") ?? "";
}

export function writeTag(sdt: XmlElement, tag: string): void {
  setVal(sdt, "tag", tag);
}

/** Word's "title" is `w:alias`. */
export function readTitle(sdt: XmlElement): string {
  return valOf(sdt, "alias") ?? "";
}

export function writeTitle(sdt: XmlElement, title: string): void {
  setVal(sdt, "alias", title);
}

export function readRawId(sdt: XmlElement): number | null {
  const v = valOf(sdt, "id");
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) ? n : null;
}

/** ST_Lock: cannotDelete ↔ sdtLocked, cannotEdit ↔ contentLocked, both ↔ sdtContentLocked. */
export type Locks = { readonly cannotDelete: boolean; readonly cannotEdit: boolean };

export function readLocks(sdt: XmlElement): Locks {
  const v = valOf(sdt, "lock");
  return {
    cannotDelete: v === "sdtLocked" || v === "sdtContentLocked",
    cannotEdit: v === "contentLocked" || v === "sdtContentLocked",
  };
}

export function writeLocks(sdt: XmlElement, locks: Locks): void {
  const { cannotDelete, cannotEdit } = locks;
  if (!cannotDelete && !cannotEdit) {
    removeChild(sdt, "lock");
    return;
  }
  setVal(
    sdt,
    "lock",
    cannotDelete && cannotEdit ? "sdtContentLocked" : cannotDelete ? "sdtLocked" : "contentLocked",
  );
}

/** An ST_OnOff element counts as on when present without w:val, or with a true value. */
export function isShowingPlaceholder(sdt: XmlElement): boolean {
  const el = child(sdt, "showingPlcHdr");
  if (!el) return false;
  const v = getAttr(el, NS.w, "val");
  return v === null || v === "1" || v === "true" || v === "on";
}

export function setShowingPlaceholder(sdt: XmlElement, showing: boolean): void {
  if (showing) ensureChild(sdt, "showingPlcHdr");
  else removeChild(sdt, "showingPlcHdr");
}

/** Name of the glossary docPart holding the control's placeholder (`w:placeholder/w:docPart`). */
export function placeholderDocPartName(sdt: XmlElement): string | null {
  const ph = child(sdt, "placeholder");
  const part = ph ? firstChildNamed(ph, NS.w, "docPart") : null;
  return part ? getAttr(part, NS.w, "val") : null;
}
