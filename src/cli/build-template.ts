/** `npm run build:template`: writes the official template (default school years) to assets/. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { buildTemplate } from "../docx/build";
import { createSchema } from "../plan/fields";

const TEMPLATE_PATH = resolve(__dirname, "../../assets/piano-generale-di-supporto.docx");

async function main(): Promise<void> {
  const bytes = await buildTemplate(createSchema());
  await mkdir(dirname(TEMPLATE_PATH), { recursive: true });
  await writeFile(TEMPLATE_PATH, bytes);
  console.log(`Wrote ${TEMPLATE_PATH} (${bytes.length} bytes)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
