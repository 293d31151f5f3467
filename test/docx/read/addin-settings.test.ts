import { readAddinSettings } from "../../../src/docx/read";
import { ADDIN_ID, AUTO_SHOW_TASKPANE_ID } from "../../../src/plan/addin";
import { DEFAULT_ADDIN_REFERENCE, EmulatedWord } from "../../../src/emulator";
import { SNAPSHOT_SETTING, parseSnapshot } from "../../../src/plan/versioning";
import { everyShapeDocx } from "../../support/wordml";
import { rewriteZip, zipText } from "../../support/zip";
import { emulatedSettings } from "./emulated-reading";
import { loadTemplate, randomPlan, withVersions } from "./plans";

async function saveSettings(word: EmulatedWord): Promise<void> {
  await new Promise((resolve) => word.Office.context.document.settings.saveAsync(resolve));
}

async function withSettings(
  bytes: Uint8Array,
  settings: Record<string, unknown>,
  addin = DEFAULT_ADDIN_REFERENCE,
): Promise<Uint8Array> {
  const word = await EmulatedWord.open(bytes, { addin });
  for (const [name, value] of Object.entries(settings))
    word.Office.context.document.settings.set(name, value);
  await saveSettings(word);
  return word.save();
}

describe("readAddinSettings reads the settings the emulator reads", () => {
  test("uses the manifest's add-in id, as the emulator does by default", () => {
    expect(DEFAULT_ADDIN_REFERENCE.id).toBe(ADDIN_ID);
  });

  test("the snapshot recorded with a version", async () => {
    const bytes = await withVersions(await randomPlan(11), 2);
    const settings = await readAddinSettings(bytes);
    expect(Object.keys(settings)).toEqual([AUTO_SHOW_TASKPANE_ID, SNAPSHOT_SETTING]);
    expect(settings).toEqual(await emulatedSettings(bytes, [AUTO_SHOW_TASKPANE_ID, SNAPSHOT_SETTING]));
    // recordVersion stores the snapshot as a JSON string (a JSON value inside the JSON of the part).
    const stored = settings[SNAPSHOT_SETTING];
    expect(typeof stored).toBe("string");
    expect(parseSnapshot(JSON.parse(stored as string))?.version).toBe(2);
  });

  test("only the auto-open property for the blank template", async () => {
    expect(await readAddinSettings(await loadTemplate())).toEqual({ [AUTO_SHOW_TASKPANE_ID]: true });
    expect(await emulatedSettings(await loadTemplate(), [SNAPSHOT_SETTING])).toEqual({
      [SNAPSHOT_SETTING]: null,
    });
  });

  test("every JSON value, and a raw string where the value is not JSON", async () => {
    const values = {
      numero: 3,
      lista: ["2017/2018", null],
      oggetto: { a: { b: true } },
      testo: 'virgolette " e <segni> &',
    };
    const bytes = await withSettings(await everyShapeDocx(), values);
    const part = zipText(bytes, "word/webextensions/webextension1.xml")!;
    const edited = rewriteZip(bytes, {
      "word/webextensions/webextension1.xml": part.replace(
        "</we:properties>",
        '<we:property name="grezzo" value="non json"/></we:properties>',
      ),
    });
    const settings = await readAddinSettings(edited);
    expect(settings).toEqual({ ...values, grezzo: "non json" });
    expect(settings).toEqual(await emulatedSettings(edited, Object.keys(settings)));
  });

  test("only the part of the add-in whose id is asked for: another add-in's part is never ours", async () => {
    const other = { ...DEFAULT_ADDIN_REFERENCE, id: "11111111-2222-3333-4444-555555555555" };
    const only = await withSettings(await everyShapeDocx(), { chi: "altro" }, other);
    // The only web-extension part belongs to another add-in: nothing of it is read as ours.
    expect(await readAddinSettings(only)).toEqual({});
    expect(await readAddinSettings(only, other.id)).toEqual({ chi: "altro" });
    expect(await emulatedSettings(only, ["chi"])).toEqual({ chi: null });

    // Add a second part for another add-in: then only a matching id finds one.
    const first = zipText(only, "word/webextensions/webextension1.xml")!;
    const rels = zipText(only, "word/webextensions/_rels/taskpanes.xml.rels")!;
    const two = rewriteZip(only, {
      "word/webextensions/webextension2.xml": first
        .replace(other.id, "99999999-0000-0000-0000-000000000000")
        .replace("altro", "terzo"),
      "word/webextensions/_rels/taskpanes.xml.rels": rels.replace(
        "</Relationships>",
        '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension2.xml"/></Relationships>',
      ),
    });
    expect(await readAddinSettings(two, other.id)).toEqual({ chi: "altro" });
    expect(await readAddinSettings(two, "99999999-0000-0000-0000-000000000000")).toEqual({ chi: "terzo" });
    expect(await readAddinSettings(two)).toEqual({});
    expect(await emulatedSettings(two, ["chi"])).toEqual({ chi: null });
    const word = await EmulatedWord.open(two, { addin: other });
    expect(word.Office.context.document.settings.get("chi")).toBe("altro");
  });
});
