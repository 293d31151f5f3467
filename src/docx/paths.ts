/** Every package path this project touches, in one place. */
export const PART = {
  contentTypes: "[Content_Types].xml",
  packageRels: "_rels/.rels",
  document: "word/document.xml",
  documentRels: "word/_rels/document.xml.rels",
  styles: "word/styles.xml",
  settings: "word/settings.xml",
  numbering: "word/numbering.xml",
  fontTable: "word/fontTable.xml",
  header: "word/header1.xml",
  footer: "word/footer1.xml",
  glossary: "word/glossary/document.xml",
  glossaryRels: "word/glossary/_rels/document.xml.rels",
  glossaryStyles: "word/glossary/styles.xml",
  glossarySettings: "word/glossary/settings.xml",
  coreProps: "docProps/core.xml",
  appProps: "docProps/app.xml",
  webExtensionTaskpanes: "word/webextensions/taskpanes.xml",
  webExtensionTaskpanesRels: "word/webextensions/_rels/taskpanes.xml.rels",
  webExtension: "word/webextensions/webextension1.xml",
} as const;

export type PartPath = (typeof PART)[keyof typeof PART];

/** The .rels part that belongs to a part: `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  const dir = slash < 0 ? "" : partPath.slice(0, slash + 1);
  return `${dir}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship's target as a package path: relative to its source part, or absolute with "/". */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) : "";
  const segments: string[] = [];
  for (const segment of `${dir}${target}`.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}
