/**
 * How Word's object model reads WordprocessingML, written once for every reader: the emulator's
 * DOM walk (src/emulator/ooxml) and the CLI's streaming scan (src/docx/read/document-scan.ts).
 * What each element contributes to a text is the visitor in src/docx/word-text.ts.
 *
 * Separators (assumptions, each a constant so a correction is one line):
 * - between paragraphs: "\r". Word's paragraph mark is character 13 in its object model
 *   (learn.microsoft.com, "Understanding Paragraph Marks", VBA Range.Text); Office.js on desktop
 *   is a layer over the same model. Nobody here has seen what Word on the web returns: readers
 *   should split on /\r\n?|\n/ so either answer works.
 * - a line break (`w:br`, `w:cr`) is "\v", as office-js #2792 shows `\u000b` in paragraph text.
 */
import { NS, NS_EXTENSIONS } from "./namespaces";

export const PARAGRAPH_SEPARATOR = "\r";
export const LINE_BREAK = "\v";
export const TAB = "\t";

const { w14: W14, w15: W15 } = NS_EXTENSIONS;

/** `Word.ContentControlType` values a control can report. */
export type ControlType =
  | "RichText"
  | "PlainText"
  | "CheckBox"
  | "DropDownList"
  | "ComboBox"
  | "DatePicker"
  | "Picture"
  | "BuildingBlockGallery"
  | "RepeatingSection"
  | "Group"
  | "Unknown";

/**
 * sdtPr type elements → Word type (ECMA-376 Part 1 §17.5.2). No type element (or w:richText)
 * means rich text.
 */
const TYPE_ELEMENTS: ReadonlyArray<readonly [string, string, ControlType]> = [
  [NS.w, "text", "PlainText"],
  [W14, "checkbox", "CheckBox"],
  [NS.w, "dropDownList", "DropDownList"],
  [NS.w, "comboBox", "ComboBox"],
  [NS.w, "date", "DatePicker"],
  [NS.w, "picture", "Picture"],
  [NS.w, "docPartObj", "BuildingBlockGallery"],
  [NS.w, "docPartList", "BuildingBlockGallery"],
  [W15, "repeatingSection", "RepeatingSection"],
  [NS.w, "group", "Group"],
  [NS.w, "equation", "Unknown"],
  [NS.w, "citation", "Unknown"],
  [NS.w, "bibliography", "Unknown"],
];

/** The control type an sdtPr child names, or undefined when it names none. */
export function controlTypeElement(ns: string, local: string): ControlType | undefined {
  return TYPE_ELEMENTS.find(([n, l]) => n === ns && l === local)?.[2];
}
