import type { PlanSchema } from "../../plan/fields";
import { documentLayout } from "../../plan/layout";
import type { Block } from "../../plan/layout-types";
import { REL } from "../namespaces";
import { PART, relsPathOf } from "../paths";
import { controlIds } from "./control-ids";
import { CONTENT_TYPE, contentTypesPart } from "./parts/content-types";
import { corePropertiesPart } from "./parts/core-properties";
import { documentPart } from "./parts/document";
import { fontTablePart } from "./parts/font-table";
import { footerPart } from "./parts/footer";
import { glossaryDocumentPart } from "./parts/glossary-document";
import { numberingPart } from "./parts/numbering";
import { type Relationship, relationshipsPart } from "./parts/relationships";
import { glossarySettingsPart, settingsPart } from "./parts/settings";
import { stylesPart } from "./parts/styles";
import { taskpanesPart, webExtensionPart } from "./parts/webextension";
import type { AddinReference } from "../addin-reference";
import type { XmlElement } from "./xml/tree";

/** One part of the package, as a tree, with the path it is stored at. */
export type TemplatePart = { readonly path: string; readonly root: XmlElement };

type SourcePart = TemplatePart & {
  readonly contentType: string;
  readonly relationships?: readonly Relationship[];
};

const FOOTER_ID = "rId5";

const DOCUMENT_RELATIONSHIPS: readonly Relationship[] = [
  { id: "rId1", type: REL.styles, target: PART.styles },
  { id: "rId2", type: REL.settings, target: PART.settings },
  { id: "rId3", type: REL.numbering, target: PART.numbering },
  { id: "rId4", type: REL.fontTable, target: PART.fontTable },
  { id: FOOTER_ID, type: REL.footer, target: PART.footer },
  { id: "rId6", type: REL.glossaryDocument, target: PART.glossary },
];

const GLOSSARY_RELATIONSHIPS: readonly Relationship[] = [
  { id: "rId1", type: REL.styles, target: PART.glossaryStyles },
  { id: "rId2", type: REL.settings, target: PART.glossarySettings },
];

const PACKAGE_RELATIONSHIPS: readonly Relationship[] = [
  { id: "rId1", type: REL.officeDocument, target: PART.document },
  { id: "rId2", type: REL.coreProperties, target: PART.coreProps },
  { id: "rId3", type: REL.webExtensionTaskpanes, target: PART.webExtensionTaskpanes },
];

const WEB_EXTENSION_ID = "rId1";

const TASKPANES_RELATIONSHIPS: readonly Relationship[] = [
  { id: WEB_EXTENSION_ID, type: REL.webExtension, target: PART.webExtension },
];

/** The document's title is the cover's title line. */
function documentTitle(layout: readonly Block[]): string {
  const title = layout.find((block) => block.kind === "cover" && block.emphasis === "title");
  if (title?.kind !== "cover") throw new Error("The layout's cover has no title");
  return title.text;
}

/**
 * Every part of the template, content types and relationships included, in the order they are
 * zipped. `addin`: how the task-pane part names the add-in (its deployment's store).
 */
export function templateParts(schema: PlanSchema, addin: AddinReference): readonly TemplatePart[] {
  const layout = documentLayout(schema);
  const sources: readonly SourcePart[] = [
    {
      path: PART.document,
      contentType: CONTENT_TYPE.document,
      root: documentPart(layout, controlIds(layout), FOOTER_ID),
      relationships: DOCUMENT_RELATIONSHIPS,
    },
    { path: PART.styles, contentType: CONTENT_TYPE.styles, root: stylesPart() },
    { path: PART.settings, contentType: CONTENT_TYPE.settings, root: settingsPart() },
    { path: PART.numbering, contentType: CONTENT_TYPE.numbering, root: numberingPart() },
    { path: PART.fontTable, contentType: CONTENT_TYPE.fontTable, root: fontTablePart() },
    { path: PART.footer, contentType: CONTENT_TYPE.footer, root: footerPart() },
    {
      path: PART.glossary,
      contentType: CONTENT_TYPE.glossary,
      root: glossaryDocumentPart(),
      relationships: GLOSSARY_RELATIONSHIPS,
    },
    { path: PART.glossaryStyles, contentType: CONTENT_TYPE.styles, root: stylesPart() },
    { path: PART.glossarySettings, contentType: CONTENT_TYPE.settings, root: glossarySettingsPart() },
    {
      path: PART.coreProps,
      contentType: CONTENT_TYPE.coreProperties,
      root: corePropertiesPart(documentTitle(layout)),
    },
    {
      path: PART.webExtensionTaskpanes,
      contentType: CONTENT_TYPE.webExtensionTaskpanes,
      root: taskpanesPart(WEB_EXTENSION_ID),
      relationships: TASKPANES_RELATIONSHIPS,
    },
    { path: PART.webExtension, contentType: CONTENT_TYPE.webExtension, root: webExtensionPart(addin) },
  ];
  return [
    { path: PART.contentTypes, root: contentTypesPart(sources) },
    { path: PART.packageRels, root: relationshipsPart("", PACKAGE_RELATIONSHIPS) },
    ...sources.flatMap((part): TemplatePart[] => [
      { path: part.path, root: part.root },
      ...(part.relationships
        ? [{ path: relsPathOf(part.path), root: relationshipsPart(part.path, part.relationships) }]
        : []),
    ]),
  ];
}
