import type { PlanSchema } from "../../plan/fields";
import { ADDIN_REFERENCE, type AddinReference } from "../addin-reference";
import { templateParts } from "./template-parts";
import { serializeXml } from "./xml/serialize";
import { writeZip } from "../zip-write";

/**
 * The template as a .docx. Deterministic: writeZip's fixed entry time, fixed part order, no folder entries,
 * so building twice gives the same bytes. Uses no Node API: it runs in the browser too. `addin`:
 * the deployment its task-pane part names; Centralized Deployment unless said.
 */
export async function buildTemplate(
  schema: PlanSchema,
  addin: AddinReference = ADDIN_REFERENCE,
): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts = templateParts(schema, addin).map(
    (part) => [part.path, encoder.encode(serializeXml(part.root))] as const,
  );
  return writeZip(parts, 9);
}
