import { existsSync, readFileSync } from "node:fs";
import { buildTemplate } from "../../../src/docx/build";
import { createSchema } from "../../../src/plan/fields";
import { readParts } from "./docx-reading";
import { TEMPLATE_ASSET } from "./template-files";

const HINT =
  "assets/piano-generale-di-supporto.docx is stale: run `npm run build:template` and commit the result";

describe("the committed template", () => {
  it("exists", () => {
    expect({ exists: existsSync(TEMPLATE_ASSET), hint: HINT }).toEqual({ exists: true, hint: HINT });
  });

  it("is what the builder makes today, part by part and byte for byte", async () => {
    const committed = new Uint8Array(readFileSync(TEMPLATE_ASSET));
    const fresh = await buildTemplate(createSchema());
    const [before, after] = await Promise.all([readParts(committed), readParts(fresh)]);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (path) => before.get(path) !== after.get(path),
    );
    expect({ changed, hint: HINT }).toEqual({ changed: [], hint: HINT });
    expect({ sameBytes: Buffer.from(committed).equals(Buffer.from(fresh)), hint: HINT }).toEqual({
      sameBytes: true,
      hint: HINT,
    });
  });
});
