import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "../../..");
export const TEMPLATE_ASSET = join(REPO_ROOT, "assets/piano-generale-di-supporto.docx");
/** The OOXML schemas live beside the project, not in it (../shared/ooxml-schemas/README.md). */
export const SCHEMAS = resolve(REPO_ROOT, "../shared/ooxml-schemas");
export const SEED = resolve(REPO_ROOT, "../shared/seeds/000_222766acbdec99e3.txt");

/** A fresh private directory under the system's temp folder. */
export function scratchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `pgs-${name}-`));
}

/** Writes each part under `dir`, keeping package paths. */
export function writeParts(dir: string, parts: ReadonlyMap<string, string>): void {
  for (const [path, content] of parts) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
