import JSZip from "jszip";
import type { PlanSchema } from "../../plan/fields";
import { ADDIN_REFERENCE, type AddinReference } from "../addin-reference";
import { FIXED_DATE } from "./parts/core-properties";
import { templateParts } from "./template-parts";
import { serializeXml } from "./xml/serialize";

/**
 * The template as a .docx. Deterministic: fixed entry dates, fixed part order, no folder entries,
 * so building twice gives the same bytes. Uses no Node API: it runs in the browser too. `addin`:
 * the deployment its task-pane part names; Centralized Deployment unless said.
 */
export async function buildTemplate(
  schema: PlanSchema,
  addin: AddinReference = ADDIN_REFERENCE,
): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(FIXED_DATE);
  for (const part of templateParts(schema, addin)) {
    zip.file(part.path, serializeXml(part.root), { date, createFolders: false });
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
