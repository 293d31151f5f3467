/**
 * XML namespaces used by the parts this project reads and writes (ECMA-376 transitional).
 * Only base-schema namespaces: Word extensions (w14, w15, …) are avoided so every part validates
 * against the ECMA-376 schemas (test/fixtures/ooxml-schemas).
 */
export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  coreProps: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  dc: "http://purl.org/dc/elements/1.1/",
  dcterms: "http://purl.org/dc/terms/",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  extendedProps: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  xml: "http://www.w3.org/XML/1998/namespace",
  /** Office web-extension part (where Word keeps an add-in's document settings). */
  we: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  wetp: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
} as const;

/**
 * Word's extension namespaces, read (a checkbox is a w14 element, a repeating section w15) and in
 * generated test documents, never written by the builder.
 */
export const NS_EXTENSIONS = {
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
} as const;

/** Relationship types (ECMA-376 Part 1, §15 and Part 2). */
export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProperties:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  numbering: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
  fontTable: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable",
  header: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
  footer: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
  glossaryDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument",
  webExtensionTaskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webExtension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
} as const;
