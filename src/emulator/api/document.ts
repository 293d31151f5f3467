/** Word.Document and Word.Body. */
import type { RequestContextImpl } from "../runtime/context";
import { Handle } from "../runtime/handle";
import type { TypeSpec } from "../runtime/spec";
import { containerText } from "../ooxml/text";
import { descendantsW } from "../ooxml/walk";
import { contentControlCollectionSpec, getContentControlsMethod, richControlsUnder } from "./content-control";
import { insertFileFromBase64 } from "./insert-file";
import { paragraphCollectionSpec } from "./paragraph";
import { tableCollectionSpec } from "./table";
import { CHANGE_TRACKING_MODES, readChangeTrackingMode, writeChangeTrackingMode } from "../track-changes";
import { oneOf } from "./args";
import { rangeOver } from "./range";

const bodyOf = (self: Handle) => self.session.body;

export const bodySpec: TypeSpec = {
  name: "Body",
  scalars: {
    text: { read: (body, s) => containerText(body, s.meter, s.textView), readOnly: true },
  },
  navigation: {
    contentControls: {
      spec: () => contentControlCollectionSpec,
      create: (self) => richControlsUnder(self, () => bodyOf(self)),
    },
    paragraphs: {
      spec: () => paragraphCollectionSpec,
      create: (self) =>
        self.derive(paragraphCollectionSpec, {
          kind: "collection",
          resolve: () => descendantsW(bodyOf(self), "p", self.session.meter),
        }),
    },
    tables: {
      spec: () => tableCollectionSpec,
      create: (self) =>
        self.derive(
          tableCollectionSpec,
          { kind: "collection", resolve: () => descendantsW(bodyOf(self), "tbl", self.session.meter) },
          "1.3",
        ),
    },
  },
  methods: {
    getContentControls: getContentControlsMethod("Body", bodyOf),
    insertFileFromBase64,
  },
};

export const documentSpec: TypeSpec = {
  name: "Document",
  scalars: {
    changeTrackingMode: {
      read: (_body, s) => readChangeTrackingMode(s.pkg),
      write: (_body, value, s, location) =>
        writeChangeTrackingMode(s.pkg, oneOf(value, CHANGE_TRACKING_MODES, location, "changeTrackingMode")),
      since: "1.4",
    },
  },
  navigation: {
    body: {
      spec: () => bodySpec,
      create: (self) =>
        self.derive(bodySpec, {
          kind: "object",
          nullable: false,
          where: "Document.body",
          resolve: () => bodyOf(self),
        }),
    },
    contentControls: {
      spec: () => contentControlCollectionSpec,
      create: (self) => richControlsUnder(self, () => bodyOf(self)),
    },
  },
  methods: {
    getContentControls: getContentControlsMethod("Document", bodyOf),
    getSelection: (self) => rangeOver(self, "Document.getSelection", () => self.session.selection()).proxy,
  },
};

/** The `context.document` of a request context: the root every object path starts from. */
export function documentHandle(ctx: RequestContextImpl): Handle {
  return new Handle(
    ctx,
    documentSpec,
    { kind: "object", nullable: false, where: "RequestContext.document", resolve: () => ctx.session.body },
    "1.1",
  );
}
