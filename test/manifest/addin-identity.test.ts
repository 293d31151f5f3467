/**
 * The manifests and the code name the add-ins alike: settings and the template's task-pane part
 * are keyed by the manifest's Id, so the constants in src/plan/addin.ts must be the manifests' own.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { ADDIN_ID, ADDIN_VERSION, AUTO_SHOW_TASKPANE_ID, CONFORMANCE_ADDIN_ID } from "../../src/plan/addin";

const ROOT = path.resolve(__dirname, "../..");
const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function manifest(file: string): Element {
  const root = new DOMParser().parseFromString(
    readFileSync(path.join(ROOT, file), "utf8"),
    "text/xml",
  ).documentElement;
  if (!root) throw new Error(`${file} has no root`);
  return root;
}

const text = (root: Element, ns: string, name: string): string[] =>
  Array.from(root.getElementsByTagNameNS(ns, name)).map((e) => e.textContent ?? "");

describe("manifest.xml and the code name the same add-in", () => {
  const root = manifest("manifest.xml");

  test("its <Id> is ADDIN_ID and its <Version> is ADDIN_VERSION", () => {
    expect(text(root, APP, "Id")).toEqual([ADDIN_ID]);
    expect(text(root, APP, "Version")).toEqual([ADDIN_VERSION]);
  });

  test("the first ShowTaskpane action opens the pane with a tagged document (Office.AutoShowTaskpaneWithDocument)", () => {
    const actions = Array.from(root.getElementsByTagNameNS(OV, "Action")).filter(
      (a) => a.getAttributeNS(XSI, "type") === "ShowTaskpane",
    );
    const first = actions[0];
    expect(first).toBeDefined();
    expect(text(first as Element, OV, "TaskpaneId")).toEqual([AUTO_SHOW_TASKPANE_ID]);
    // [MS-OWEMXML]: when several actions use the id, the first is used; keep it unique.
    const autoShow = actions.filter((a) => text(a, OV, "TaskpaneId")[0] === AUTO_SHOW_TASKPANE_ID);
    expect(autoShow).toHaveLength(1);
  });
});

describe("manifest.conformance.xml is an add-in of its own", () => {
  const root = manifest("manifest.conformance.xml");

  test("its <Id> is CONFORMANCE_ADDIN_ID, not the pane's", () => {
    expect(text(root, APP, "Id")).toEqual([CONFORMANCE_ADDIN_ID]);
    expect(CONFORMANCE_ADDIN_ID).not.toBe(ADDIN_ID);
  });

  test("opens conformance.html and asks for WordApi 1.3, like the pane", () => {
    const source = root.getElementsByTagNameNS(APP, "SourceLocation")[0];
    expect(source?.getAttribute("DefaultValue")).toBe("https://localhost:3000/conformance.html");
    const set = Array.from(root.getElementsByTagNameNS(APP, "Set")).map((s) => [
      s.getAttribute("Name"),
      s.getAttribute("MinVersion"),
    ]);
    expect(set).toEqual([["WordApi", "1.3"]]);
  });
});
