/** The shipped template, read from assets/: the benchmark and the tests use what users get, not a fresh build. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

export const TEMPLATE_PATH = resolve(__dirname, "../../assets/piano-generale-di-supporto.docx");

export async function loadTemplate(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(TEMPLATE_PATH));
}
