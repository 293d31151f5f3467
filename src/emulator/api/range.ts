/**
 * Word.Range, as far as the add-in reads Word's selection: `Document.getSelection()` (WordApi 1.1),
 * the controls in a range (`contentControls`, 1.1) and the control holding it
 * (`parentContentControlOrNullObject`, 1.3); `ContentControl.getRange()`, `expandTo` and `select`
 * (1.1) so that tests and the conformance kit can put the selection anywhere. A range is held as
 * the element that contains it (the session's selection model): its controls are the controls
 * inside that element, the element itself excepted.
 */
import { NS } from "../../docx/namespaces";
import { isNamed, type XmlElement, type XmlNode } from "../../docx/xml";
import { isInTable } from "../ooxml/controls";
import { containerText } from "../ooxml/text";
import { ancestorW } from "../ooxml/walk";
import type { Handle } from "../runtime/handle";
import type { TypeSpec } from "../runtime/spec";
import { invalidArgument } from "./args";
import { contentControlCollectionSpec, contentControlSpec, richControlsUnder } from "./content-control";

/** The element itself when it is a control, else the nearest control around it. */
function controlHolding(el: XmlElement, self: Handle): XmlElement | null {
  const sdt = isNamed(el, NS.w, "sdt") ? el : ancestorW(el, "sdt", self.session.meter);
  // A host that does not list the controls in tables (office-js #2040) is assumed not to name one
  // as the parent of a selection either.
  return sdt && self.session.quirks.hidesControlsInTables && isInTable(sdt) ? null : sdt;
}

function ancestorsOf(el: XmlElement): XmlNode[] {
  const chain: XmlNode[] = [];
  for (let node: XmlNode | null = el; node; node = node.parentNode) chain.push(node);
  return chain;
}

/** The nearest element holding both: how the emulator's model spans two ranges. */
function commonContainer(a: XmlElement, b: XmlElement, fallback: XmlElement): XmlElement {
  const around = new Set(ancestorsOf(a));
  const shared = ancestorsOf(b).find((node) => around.has(node));
  return shared && shared.nodeType === shared.ELEMENT_NODE ? (shared as XmlElement) : fallback;
}

/** A Range handle over the element `resolve` gives at sync. */
export function rangeOver(parent: Handle, where: string, resolve: () => XmlElement): Handle {
  return parent.derive(rangeSpec, { kind: "object", nullable: false, where, resolve });
}

/** The Range a proxy passed as an argument stands for; anything else is InvalidArgument. */
function rangeArgument(self: Handle, value: unknown, where: string): Handle {
  let other: Handle | undefined;
  try {
    other = self.ctx.handleOf(value);
  } catch {
    other = undefined;
  }
  if (other?.spec !== rangeSpec) throw invalidArgument(where, "range must be a Word.Range");
  return other;
}

export const rangeSpec: TypeSpec = {
  name: "Range",
  scalars: {
    text: { read: (el, s) => containerText(el, s.meter, s.textView), readOnly: true },
  },
  navigation: {
    contentControls: {
      spec: () => contentControlCollectionSpec,
      create: (self) => richControlsUnder(self, () => self.target("Range.contentControls")),
    },
    parentContentControlOrNullObject: {
      spec: () => contentControlSpec,
      create: (self) =>
        self.derive(
          contentControlSpec,
          {
            kind: "object",
            nullable: true,
            where: "Range.parentContentControlOrNullObject",
            resolve: () => controlHolding(self.target("Range.parentContentControlOrNullObject"), self),
          },
          "1.3",
        ),
    },
  },
  methods: {
    select: (self) => {
      self.enqueue("select", () => self.session.select(self.target("Range.select")));
      return undefined;
    },
    expandTo: (self, args) => {
      const other = rangeArgument(self, args[0], "Range.expandTo");
      return rangeOver(self, "Range.expandTo", () =>
        commonContainer(self.target("Range.expandTo"), other.target("Range.expandTo"), self.session.body),
      ).proxy;
    },
  },
};
