import { NS } from "../../namespaces";
import { el, text, type XmlElement } from "../xml/tree";

/** Fixed, so that building twice gives the same bytes. */
export const FIXED_DATE = "2017-09-01T00:00:00Z";

/** `docProps/core.xml`. */
export function corePropertiesPart(title: string): XmlElement {
  const date = (name: string) => el(name, { "xsi:type": "dcterms:W3CDTF" }, [text(FIXED_DATE)]);
  return el(
    "cp:coreProperties",
    { "xmlns:cp": NS.coreProps, "xmlns:dc": NS.dc, "xmlns:dcterms": NS.dcterms, "xmlns:xsi": NS.xsi },
    [
      el("dc:title", {}, [text(title)]),
      el("dc:language", {}, [text("it-IT")]),
      date("dcterms:created"),
      date("dcterms:modified"),
    ],
  );
}
