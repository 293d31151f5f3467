import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplate } from "../../../src/docx/build";
import { createSchema } from "../../../src/plan/fields";
import { readParts } from "./docx-reading";
import { describeWithPrograms, findProgram } from "../../support/programs";
import { REPO_ROOT, SCHEMAS, SCHEMAS_FIXTURE, scratchDir, writeParts } from "./template-files";

function xmllint(schema: string, file: string): { readonly ok: boolean; readonly output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.slice(0, 2000) };
}

/**
 * opc-coreProperties.xsd imports the Dublin Core schemas from dublincore.org, which an offline
 * machine cannot fetch: these stand-ins declare the DC elements the template writes, so the
 * check covers the core-properties structure and the W3CDTF dates, not DC's own rules.
 */
function coreSchemaWithLocalDublinCore(dir: string): string {
  const dc = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://purl.org/dc/elements/1.1/" elementFormDefault="qualified">
${["title", "creator", "subject", "description", "identifier", "language"].map((name) => `<xs:element name="${name}" type="xs:string"/>`).join("\n")}
</xs:schema>`;
  const dcterms = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://purl.org/dc/terms/" elementFormDefault="qualified">
<xs:simpleType name="W3CDTF"><xs:restriction base="xs:dateTime"/></xs:simpleType>
<xs:element name="created"/><xs:element name="modified"/>
</xs:schema>`;
  writeFileSync(join(dir, "dc.xsd"), dc);
  writeFileSync(join(dir, "dcterms.xsd"), dcterms);
  const core = readFileSync(join(SCHEMAS, "opc-xsd/opc-coreProperties.xsd"), "utf8")
    .replace("http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd", "dc.xsd")
    .replace("http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd", "dcterms.xsd")
    .replace(
      '<xs:import id="xml" namespace="http://www.w3.org/XML/1998/namespace"/>',
      `<xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="${join(SCHEMAS, "xml.xsd")}"/>`,
    );
  writeFileSync(join(dir, "core.xsd"), core);
  return join(dir, "core.xsd");
}

const TITLE = `every part validates against the OOXML schemas in ${SCHEMAS}`;

function validations(): void {
  let dir: string;
  let paths: string[];
  beforeAll(async () => {
    const parts = await readParts(await buildTemplate(createSchema()));
    dir = scratchDir("xsd");
    writeParts(dir, parts);
    paths = [...parts.keys()];
  });

  it("validates every WordprocessingML part, glossary included, with wml-driver.xsd", () => {
    // The web-extension parts are Microsoft's ([MS-OWEXML]), outside ECMA-376: no schema here covers them.
    const wordParts = paths.filter(
      (path) => path.startsWith("word/") && path.endsWith(".xml") && !path.startsWith("word/webextensions/"),
    );
    expect(wordParts.length).toBeGreaterThanOrEqual(9);
    const failures = wordParts
      .map((path) => ({ path, ...xmllint(join(SCHEMAS, "wml-driver.xsd"), join(dir, path)) }))
      .filter((result) => !result.ok);
    expect(failures).toEqual([]);
  });

  it("validates [Content_Types].xml and every .rels part against the OPC schemas", () => {
    const failures = [
      { path: "[Content_Types].xml", schema: "opc-xsd/opc-contentTypes.xsd" },
      ...paths
        .filter((path) => path.endsWith(".rels"))
        .map((path) => ({ path, schema: "opc-xsd/opc-relationships.xsd" })),
    ]
      .map(({ path, schema }) => ({ path, ...xmllint(join(SCHEMAS, schema), join(dir, path)) }))
      .filter((result) => !result.ok);
    expect(failures).toEqual([]);
  });

  it("validates docProps/core.xml against opc-coreProperties.xsd, with local Dublin Core stand-ins", () => {
    const result = xmllint(
      coreSchemaWithLocalDublinCore(scratchDir("core-xsd")),
      join(dir, "docProps/core.xml"),
    );
    expect(result).toEqual({ ok: true, output: expect.any(String) });
  });
}

// Absent schemas, like an absent xmllint, skip the checks locally and fail them under CI.
describeWithPrograms([findProgram("xmllint"), SCHEMAS_FIXTURE], TITLE, validations);
