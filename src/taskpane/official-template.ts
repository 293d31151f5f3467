/**
 * The official template's bytes for the pane: the .docx in assets/, which test/docx/build/asset.test.ts
 * keeps identical to what the builder makes, so there is one source. webpack turns
 * `new URL(…, import.meta.url)` into an emitted file beside the pages (asset/resource, no loader
 * rule), fetched only when a person asks to insert the template for the official years. Other
 * years are built by template-for-years.ts, which alone loads the builder.
 */
import { base64Of } from "../word/port";

export const OFFICIAL_TEMPLATE_NAME = "piano-generale-di-supporto.docx";

export async function fetchOfficialTemplate(): Promise<Uint8Array> {
  const response = await fetch(new URL("../../assets/piano-generale-di-supporto.docx", import.meta.url));
  if (!response.ok) throw new Error(`il modello non si scarica (${response.status} ${response.statusText})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** What the pane's «Inserisci il modello ufficiale» passes to the store's insertTemplate. */
export async function officialTemplateBase64(): Promise<string> {
  return base64Of(await fetchOfficialTemplate());
}
