/**
 * The template's task-pane part: Word opens the pane with the document when a web-extension part
 * names the add-in by its manifest Id and has Office.AutoShowTaskpaneWithDocument = true
 * ([MS-OWEMXML]; "Automatically open a task pane with a document").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ADDIN_DEPLOYMENTS, fileShareReference } from "../../../src/docx/addin-reference";
import { buildTemplate } from "../../../src/docx/build";
import { REL } from "../../../src/docx/namespaces";
import { PART } from "../../../src/docx/paths";
import { readAddinSettings } from "../../../src/docx/read";
import { EmulatedWord } from "../../../src/emulator";
import { ADDIN_ID, ADDIN_VERSION, AUTO_SHOW_TASKPANE_ID } from "../../../src/plan/addin";
import { createSchema } from "../../../src/plan/fields";
import { MAX_TITLE_LENGTH } from "../../../src/plan/titles";
import { proposeVersion } from "../../../src/plan/versioning";
import { openDocument } from "../../support/documents";
import { readParts } from "./docx-reading";

const TEMPLATE = path.resolve(__dirname, "../../../assets/piano-generale-di-supporto.docx");

describe("the template's task-pane part", () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = await readParts(await buildTemplate(createSchema()));
  });

  test("names this add-in by its manifest Id and version, deployed centrally", () => {
    const part = parts.get(PART.webExtension) ?? "";
    expect(part).toContain(
      `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="EXCatalog" storeType="EXCatalog"/>`,
    );
  });

  test("carries Office.AutoShowTaskpaneWithDocument = true", () => {
    expect(parts.get(PART.webExtension)).toContain(
      `<we:property name="${AUTO_SHOW_TASKPANE_ID}" value="true"/>`,
    );
  });

  test("is reached from the package through the task-pane part, with its content types", () => {
    expect(parts.get(PART.packageRels)).toContain(
      `Type="${REL.webExtensionTaskpanes}" Target="word/webextensions/taskpanes.xml"`,
    );
    expect(parts.get(PART.webExtensionTaskpanesRels)).toContain(
      `Type="${REL.webExtension}" Target="webextension1.xml"`,
    );
    expect(parts.get(PART.webExtensionTaskpanes)).toContain('visibility="1"');
    const types = parts.get(PART.contentTypes) ?? "";
    expect(types).toContain(
      'PartName="/word/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"',
    );
    expect(types).toContain(
      'PartName="/word/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"',
    );
  });

  test("gives the add-in its auto-open setting and nothing else, read as Word's settings", async () => {
    expect(await readAddinSettings(new Uint8Array(readFileSync(TEMPLATE)))).toEqual({
      [AUTO_SHOW_TASKPANE_ID]: true,
    });
  });

  test("names the store of a sideloaded or a file-share deployment when built for one", async () => {
    const sideloaded = await readParts(await buildTemplate(createSchema(), ADDIN_DEPLOYMENTS.sideloaded));
    expect(sideloaded.get(PART.webExtension)).toContain('store="developer" storeType="Registry"');
    const share = await readParts(
      await buildTemplate(createSchema(), fileShareReference("\\\\server\\addins")),
    );
    expect(share.get(PART.webExtension)).toContain('store="\\\\server\\addins" storeType="FileSystem"');
  });

  test("keeps the auto-open property when the add-in saves settings of its own", async () => {
    const word = await EmulatedWord.open(new Uint8Array(readFileSync(TEMPLATE)));
    const settings = word.Office.context.document.settings;
    settings.set("pgs.snapshot", "{}");
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect(await readAddinSettings(await word.save())).toEqual({
      [AUTO_SHOW_TASKPANE_ID]: true,
      "pgs.snapshot": "{}",
    });
  });
});

describe("the document layer and the task-pane parts", () => {
  test("recording a version keeps the auto-open property and leaves another add-in's part byte for byte", async () => {
    const other = await EmulatedWord.open(new Uint8Array(readFileSync(TEMPLATE)), {
      addin: { ...ADDIN_DEPLOYMENTS.sideloaded, id: "11111111-2222-3333-4444-555555555555" },
    });
    other.Office.context.document.settings.set("altro", "suo");
    await new Promise((resolve) => other.Office.context.document.settings.saveAsync(resolve));
    const withForeign = await other.save();
    const foreignPath = "word/webextensions/webextension2.xml";
    const before = await readParts(withForeign);
    expect(before.get(foreignPath)).toContain('name="altro"');

    const { word, document } = await openDocument(withForeign);
    const reading = await document.readPlan();
    const { row, snapshot } = proposeVersion(reading.plan, reading.versions, reading.snapshot, "01/09/2017");
    await document.recordVersion(row, snapshot);
    const after = await readParts(await word.save());
    expect(after.get(foreignPath)).toBe(before.get(foreignPath));
    expect(after.get(PART.webExtension)).toContain(
      `<we:property name="${AUTO_SHOW_TASKPANE_ID}" value="true"/>`,
    );
    expect(after.get(PART.webExtension)).toContain('name="pgs.snapshot"');
  });
});

describe("the committed template's control titles, as Word reads them", () => {
  test("every control title has at most 64 characters and no two are equal", async () => {
    const word = await EmulatedWord.open(new Uint8Array(readFileSync(TEMPLATE)));
    const titles = await word.Word.run(async (context) => {
      const controls = context.document.contentControls.load("items/title");
      await context.sync();
      return controls.items.map((control) => control.title);
    });
    expect(titles).toHaveLength(1077);
    expect(titles.filter((t) => t.length > MAX_TITLE_LENGTH)).toEqual([]);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
