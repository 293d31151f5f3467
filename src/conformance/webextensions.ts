/**
 * Which web-extension parts of a saved .docx hold a setting, and the add-in each names: read
 * from the file itself, because nothing in Office.js says where `saveAsync` wrote.
 */
import { inflateEntry, readZipDirectory } from "../docx/zip";
import type { Observation } from "./types";

const REFERENCE = /<we:reference\b[^>]*\bid="([^"]*)"[^>]*\bstoreType="([^"]*)"/;

/** `[{ part, id, storeType }]` for every web-extension part holding a property named `name`. */
export async function webExtensionsHolding(docx: Uint8Array, name: string): Promise<Observation> {
  const budget = { used: 0 };
  const decoder = new TextDecoder();
  const parts = readZipDirectory(docx)
    .entries.filter((entry) => /^word\/webextensions\/webextension\d*\.xml$/.test(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  const found: Observation[] = [];
  for (const entry of parts) {
    const part = entry.name;
    const xml = decoder.decode(inflateEntry(docx, entry, budget));
    if (!xml.includes(`name="${name}"`)) continue;
    const match = REFERENCE.exec(xml);
    found.push({ part, id: match?.[1] ?? null, storeType: match?.[2] ?? null });
  }
  return found;
}
