/**
 * The template, served by the dev server beside the page: webpack turns `new URL(…, import.meta.url)`
 * into an emitted asset (asset/resource) without any loader rule, and only for pages that import
 * this module, so the production build never carries it.
 */
export const TEMPLATE_NAME = "piano-generale-di-supporto.docx";

export function templateUrl(): URL {
  return new URL("../../assets/piano-generale-di-supporto.docx", import.meta.url);
}

export async function fetchTemplate(): Promise<Uint8Array> {
  const response = await fetch(templateUrl());
  if (!response.ok) throw new Error(`il modello non si scarica (${response.status} ${response.statusText})`);
  return new Uint8Array(await response.arrayBuffer());
}
