/**
 * Which web-extension parts of a saved .docx hold a setting, and the add-in each names: read
 * from the file itself, because nothing in Office.js says where `saveAsync` wrote.
 */
import { readZipTexts } from "./zip";
import type { Observation } from "./types";

const REFERENCE = /<we:reference\b[^>]*\bid="([^"]*)"[^>]*\bstoreType="([^"]*)"/;

/** `[{ part, id, storeType }]` for every web-extension part holding a property named `name`. */
export async function webExtensionsHolding(docx: Uint8Array, name: string): Promise<Observation> {
  const parts = await readZipTexts(docx, (path) => /^word\/webextensions\/webextension\d*\.xml$/.test(path));
  const found: Observation[] = [];
  for (const [part, xml] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!xml.includes(`name="${name}"`)) continue;
    const match = REFERENCE.exec(xml);
    found.push({ part, id: match?.[1] ?? null, storeType: match?.[2] ?? null });
  }
  return found;
}
