/**
 * Word.ContentControl and Word.ContentControlCollection over `w:sdt` elements.
 *
 * The collections behind `document.contentControls`, `body.contentControls` and
 * `contentControl.contentControls` hold rich-text controls only: the typings call them
 * "collection of rich text content control objects", and office-js #2160 ("by design") and #6144
 * show `getByTag` missing plain-text controls. `getContentControls({ types })` (WordApi 1.5)
 * reaches the other types.
 */
import { NS } from "../../docx/namespaces";
import { isNamed, type XmlElement } from "../../docx/xml";
import { NotEmulatedError } from "../errors";
import { insertAtEdge, replaceText, showPlaceholder, deleteControl } from "../ooxml/content-edit";
import { controlLevel, controlSubtype, controlType, sdtContent, type ControlType } from "../ooxml/controls";
import { DEFAULT_PLACEHOLDER_TEXT } from "../ooxml/placeholder";
import {
  placeholderDocPartName,
  readLocks,
  readTag,
  readTitle,
  writeLocks,
  writeTag,
  writeTitle,
} from "../ooxml/sdt-properties";
import { containerText, PARAGRAPH_SEPARATOR, runText } from "../ooxml/text";
import { ancestorW, descendantsW } from "../ooxml/walk";
import type { Handle } from "../runtime/handle";
import { strictRecord } from "../runtime/strict-proxy";
import type { MethodSpec, ScalarSpec, TypeSpec } from "../runtime/spec";
import type { DocumentSession } from "../session";
import { invalidArgument, oneOf, stringArg } from "./args";
import { collectionSpec } from "./collections";
import { assertChangeable, assertContentEditable, assertDeletable } from "./guards";
import { paragraphCollectionSpec } from "./paragraph";
// range.ts imports this file too: the two specs refer to each other only inside functions.
import { rangeOver } from "./range";
import { tableCellSpec, tableCollectionSpec, tableSpec } from "./table";

export const CONTROL_TYPES: readonly ControlType[] = [
  "RichText",
  "PlainText",
  "CheckBox",
  "DropDownList",
  "ComboBox",
  "DatePicker",
  "Picture",
  "BuildingBlockGallery",
  "RepeatingSection",
  "Group",
  "Unknown",
];

function controlText(sdt: XmlElement, session: DocumentSession): string {
  const content = sdtContent(sdt);
  // Tracked deletions show only where the profile says Word shows them (office-js #2314, #1267).
  return content ? containerText(content, session.meter, session.textView) : "";
}

function placeholderText(sdt: XmlElement, session: DocumentSession): string {
  const name = placeholderDocPartName(sdt);
  const blocks = name === null ? null : session.placeholders.docPartBlocks(name);
  if (!blocks || blocks.length === 0) return DEFAULT_PLACEHOLDER_TEXT;
  return blocks
    .map((b) =>
      isNamed(b, NS.w, "p")
        ? runText(b, session.meter, session.textView)
        : containerText(b, session.meter, session.textView),
    )
    .join(PARAGRAPH_SEPARATOR);
}

/** A property whose change goes through `assertChangeable` and marks the document changed. */
function writable(
  read: ScalarSpec["read"],
  apply: (sdt: XmlElement, value: unknown, location: string) => void,
): ScalarSpec {
  return {
    read,
    write: (sdt, value, session, location) => {
      assertChangeable(sdt, session, location);
      apply(sdt, value, location);
      session.documentChanged();
    },
  };
}

function booleanValue(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(location, "a boolean is required");
  return value;
}

function stringValue(value: unknown, location: string): string {
  return stringArg(value, location, "value");
}

const insertLocations = ["Replace", "Start", "End"] as const;

const insertText: MethodSpec = (self, args) => {
  const location = "ContentControl.insertText";
  const text = stringArg(args[0], location, "text");
  const where = args[1];
  if (where === "Before" || where === "After")
    throw new NotEmulatedError(`ContentControl.insertText("${where}")`);
  const at = oneOf(where, insertLocations, location, "insertLocation");
  self.enqueue("insertText", () => {
    const sdt = self.target(location);
    assertContentEditable(sdt, self.session, location);
    const env = self.session.editEnv;
    if (at === "Replace") replaceText(sdt, text, env);
    else insertAtEdge(sdt, text, at, env);
    self.session.documentChanged();
  });
  // Office.js returns the inserted Range; the emulator does not model Range.
  return strictRecord("Range", {});
};

const clear: MethodSpec = (self) => {
  const location = "ContentControl.clear";
  self.enqueue("clear", () => {
    const sdt = self.target(location);
    assertContentEditable(sdt, self.session, location);
    showPlaceholder(sdt, self.session.editEnv);
    self.session.documentChanged();
  });
  return undefined;
};

const deleteMethod: MethodSpec = (self, args) => {
  const location = "ContentControl.delete";
  const keepContent = booleanValue(args[0], location);
  self.enqueue("delete", () => {
    const sdt = self.target(location);
    assertDeletable(sdt, self.session, location);
    deleteControl(sdt, keepContent, self.session.editEnv);
    self.session.documentChanged();
  });
  return undefined;
};

const select: MethodSpec = (self) => {
  self.enqueue("select", () => self.session.select(self.target("ContentControl.select")));
  return undefined;
};

function typesOption(options: unknown, location: string): readonly ControlType[] {
  if (options === undefined) return CONTROL_TYPES;
  const types =
    typeof options === "object" && options !== null ? (options as { types?: unknown }).types : undefined;
  if (types === undefined) return CONTROL_TYPES;
  if (!Array.isArray(types) || !types.every((t) => (CONTROL_TYPES as readonly unknown[]).includes(t))) {
    throw invalidArgument(location, `types must be a subset of ${CONTROL_TYPES.join(", ")}`);
  }
  return types as ControlType[];
}

/** Controls under the element `root()` resolves to; `since` is the member's WordApi version. */
export function controlsUnder(
  parent: Handle,
  root: () => XmlElement,
  types: readonly ControlType[],
  since = "1.1",
): Handle {
  return parent.derive(
    contentControlCollectionSpec,
    {
      kind: "collection",
      resolve: () => parent.session.listedControls(root()).filter((sdt) => types.includes(controlType(sdt))),
    },
    since,
  );
}

/** The rich-text-only collection the `contentControls` properties return. */
export function richControlsUnder(parent: Handle, root: () => XmlElement): Handle {
  return controlsUnder(parent, root, ["RichText"]);
}

/** `getContentControls(options)` (WordApi 1.5), as a method spec for any container type. */
export function getContentControlsMethod(typeName: string, root: (self: Handle) => XmlElement): MethodSpec {
  return (self, args) =>
    controlsUnder(self, () => root(self), typesOption(args[0], `${typeName}.getContentControls`), "1.5")
      .proxy;
}

function ancestorOf(self: Handle, localName: string, member: string, spec: TypeSpec): Handle {
  const where = `ContentControl.${member}`;
  return self.derive(
    spec,
    {
      kind: "object",
      nullable: true,
      where,
      resolve: () => ancestorW(self.target(where), localName, self.session.meter),
    },
    "1.3",
  );
}

export const contentControlSpec: TypeSpec = {
  name: "ContentControl",
  scalars: {
    id: { read: (sdt, s) => s.controlId(sdt), readOnly: true },
    tag: writable(readTag, (sdt, v, loc) => writeTag(sdt, stringValue(v, loc))),
    title: writable(readTitle, (sdt, v, loc) => writeTitle(sdt, stringValue(v, loc))),
    text: { read: controlText, readOnly: true },
    type: { read: controlType, readOnly: true },
    subtype: { read: controlSubtype, since: "1.3", readOnly: true },
    cannotDelete: writable(
      (sdt) => readLocks(sdt).cannotDelete,
      (sdt, v, loc) => writeLocks(sdt, { ...readLocks(sdt), cannotDelete: booleanValue(v, loc) }),
    ),
    cannotEdit: writable(
      (sdt) => readLocks(sdt).cannotEdit,
      (sdt, v, loc) => writeLocks(sdt, { ...readLocks(sdt), cannotEdit: booleanValue(v, loc) }),
    ),
    placeholderText: { read: placeholderText },
  },
  navigation: {
    contentControls: {
      spec: () => contentControlCollectionSpec,
      create: (self) => richControlsUnder(self, () => self.target("ContentControl.contentControls")),
    },
    paragraphs: {
      spec: () => paragraphCollectionSpec,
      create: (self) =>
        self.derive(paragraphCollectionSpec, {
          kind: "collection",
          resolve: () => {
            const sdt = self.target("ContentControl.paragraphs");
            if (controlLevel(sdt) === "inline") {
              const p = ancestorW(sdt, "p", self.session.meter);
              return p ? [p] : [];
            }
            return descendantsW(sdt, "p", self.session.meter);
          },
        }),
    },
    tables: {
      spec: () => tableCollectionSpec,
      create: (self) =>
        self.derive(
          tableCollectionSpec,
          {
            kind: "collection",
            resolve: () => descendantsW(self.target("ContentControl.tables"), "tbl", self.session.meter),
          },
          "1.3",
        ),
    },
    parentTableCellOrNullObject: {
      spec: () => tableCellSpec,
      create: (self) => ancestorOf(self, "tc", "parentTableCellOrNullObject", tableCellSpec),
    },
    parentTableOrNullObject: {
      spec: () => tableSpec,
      create: (self) => ancestorOf(self, "tbl", "parentTableOrNullObject", tableSpec),
    },
    parentContentControlOrNullObject: {
      spec: () => contentControlSpec,
      create: (self) => ancestorOf(self, "sdt", "parentContentControlOrNullObject", contentControlSpec),
    },
  },
  methods: {
    insertText,
    clear,
    delete: deleteMethod,
    select,
    getRange: (self, args) => {
      // Only the whole control: the emulator's ranges are elements (range.ts).
      // office.js sends null for an omitted location.
      if (args[0] !== undefined && args[0] !== null && args[0] !== "Whole")
        throw new NotEmulatedError(`ContentControl.getRange("${String(args[0])}")`);
      return rangeOver(self, "ContentControl.getRange", () => self.target("ContentControl.getRange")).proxy;
    },
    getContentControls: getContentControlsMethod("ContentControl", (self) =>
      self.target("ContentControl.getContentControls"),
    ),
  },
};

function filtered(self: Handle, keep: (sdt: XmlElement) => boolean, since = "1.1"): Handle {
  return self.derive(
    contentControlCollectionSpec,
    { kind: "collection", resolve: () => self.members().filter(keep) },
    since,
  );
}

function byId(self: Handle, args: readonly unknown[], nullable: boolean): Handle {
  const where = `ContentControlCollection.${nullable ? "getByIdOrNullObject" : "getById"}`;
  const id = args[0];
  if (typeof id !== "number") throw invalidArgument(where, "id must be a number");
  return self.derive(
    contentControlSpec,
    {
      kind: "object",
      nullable,
      where,
      resolve: () => self.members().find((sdt) => self.session.controlId(sdt) === id) ?? null,
    },
    nullable ? "1.3" : "1.1",
  );
}

export const contentControlCollectionSpec: TypeSpec = collectionSpec(
  "ContentControlCollection",
  () => contentControlSpec,
  {
    getByTag: (self, args) => {
      const tag = stringArg(args[0], "ContentControlCollection.getByTag", "tag");
      return filtered(self, (sdt) => readTag(sdt) === tag).proxy;
    },
    getByTitle: (self, args) => {
      const title = stringArg(args[0], "ContentControlCollection.getByTitle", "title");
      return filtered(self, (sdt) => readTitle(sdt) === title).proxy;
    },
    getByTypes: (self, args) => {
      const types = typesOption({ types: args[0] }, "ContentControlCollection.getByTypes");
      return filtered(self, (sdt) => types.includes(controlType(sdt)), "1.3").proxy;
    },
    getById: (self, args) => byId(self, args, false).proxy,
    getByIdOrNullObject: (self, args) => byId(self, args, true).proxy,
  },
);
