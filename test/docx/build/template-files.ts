import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

import { findFile } from "../../support/programs";

export const REPO_ROOT = resolve(__dirname, "../../..");
export const TEMPLATE_ASSET = join(REPO_ROOT, "assets/piano-generale-di-supporto.docx");
/** The ECMA-376 schemas, copied unmodified with their licence note (test/fixtures/ooxml-schemas/README.md). */
export const SCHEMAS = join(REPO_ROOT, "test/fixtures/ooxml-schemas");
/** The official template's text (test/fixtures/seed/README.md says where it comes from). */
export const SEED = join(REPO_ROOT, "test/fixtures/seed/piano-generale-di-supporto.txt");
/** The fixture files as requirements: missing, their tests skip locally and fail under CI. */
export const SCHEMAS_FIXTURE = findFile(
  "test/fixtures/ooxml-schemas/wml-driver.xsd",
  "copied with the ECMA-376 schemas, see test/fixtures/ooxml-schemas/README.md",
);
export const SEED_FIXTURE = findFile(
  "test/fixtures/seed/piano-generale-di-supporto.txt",
  "the official template's text, see test/fixtures/seed/README.md",
);

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
