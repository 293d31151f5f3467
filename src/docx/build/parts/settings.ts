import { NS } from "../../namespaces";
import { val } from "../wml/attributes";
import { el, type XmlElement } from "../xml/tree";

/** Without compatibilityMode 15 Word opens the file in compatibility mode. */
const compat = () =>
  el("w:compat", {}, [
    el("w:compatSetting", {
      "w:name": "compatibilityMode",
      "w:uri": "http://schemas.microsoft.com/office/word",
      "w:val": "15",
    }),
  ]);

/** `word/settings.xml`, with Italian number punctuation. */
export function settingsPart(): XmlElement {
  return el("w:settings", { "xmlns:w": NS.w }, [
    el("w:zoom", { "w:percent": "100" }),
    val("w:defaultTabStop", 708),
    val("w:characterSpacingControl", "doNotCompress"),
    compat(),
    val("w:themeFontLang", "it-IT"),
    val("w:decimalSymbol", ","),
    val("w:listSeparator", ";"),
  ]);
}

/** `word/glossary/settings.xml`: what Word writes for a glossary holding placeholders. */
export function glossarySettingsPart(): XmlElement {
  return el("w:settings", { "xmlns:w": NS.w }, [
    val("w:defaultTabStop", 708),
    val("w:characterSpacingControl", "doNotCompress"),
    compat(),
  ]);
}
