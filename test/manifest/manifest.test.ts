import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

import { COMMANDS, registerCommands } from "../../src/commands/register";
import { REQUIRED_SETS } from "../../src/taskpane/host";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_BASE = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

type WebpackConfigModule = {
  readonly PAGES: readonly { readonly name: string; readonly devOnly?: boolean }[];
  readonly rewriteManifest: (xml: string, baseUrl: string) => string;
};
// webpack.config.js is CommonJS without type declarations: load it as webpack-cli does.
const webpackConfig = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;

const doc = new DOMParser({
  onError: (level, message) => {
    throw new Error(`manifest.xml is not well-formed XML (${level}): ${message}`);
  },
}).parseFromString(MANIFEST, "text/xml");
const root = doc.documentElement;
if (root === null) throw new Error("manifest.xml has no root element");

function all(parent: Element, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name));
}

function one(parent: Element, ns: string, name: string): Element {
  const found = all(parent, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as Element;
}

/** Direct children by namespace and local name. */
function child(parent: Element, name: string, ns: string = NS.app): Element {
  const found = Array.from(parent.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name,
  );
  if (found.length !== 1)
    throw new Error(`expected one <${name}> under <${parent.localName}>, found ${found.length}`);
  return found[0] as Element;
}

const xsiType = (e: Element) => e.getAttributeNS(NS.xsi, "type");
const versionOverrides = child(root, "VersionOverrides", NS.ov);

/** Resources by id, per kind, as the VersionOverrides <Resources> define them. */
function resources(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, Element> {
  const section = one(versionOverrides, NS.bt, kind);
  const tag = kind === "Images" ? "Image" : kind === "Urls" ? "Url" : "String";
  return new Map(all(section, NS.bt, tag).map((e) => [e.getAttribute("id") ?? "", e]));
}

const images = resources("Images");
const urls = resources("Urls");
const shortStrings = resources("ShortStrings");
const longStrings = resources("LongStrings");

/** Every element with a resid attribute, and what kind of resource it must point at. */
function residUses(): {
  readonly element: string;
  readonly resid: string;
  readonly kind: Map<string, Element>;
}[] {
  const elements = Array.from(versionOverrides.getElementsByTagName("*")).filter((e) =>
    e.hasAttribute("resid"),
  );
  return elements.map((e) => {
    const name = e.localName ?? "";
    const kind =
      name === "Image"
        ? images
        : ["FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(name)
          ? urls
          : name === "Description"
            ? longStrings
            : shortStrings;
    return { element: name, resid: e.getAttribute("resid") ?? "", kind };
  });
}

function valueOf(resource: Map<string, Element>, id: string): string {
  const value = resource.get(id)?.getAttribute("DefaultValue");
  if (value === null || value === undefined) throw new Error(`resource ${id} is not defined`);
  return value;
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { readonly width: number; readonly height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG file`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
  return path.join(ROOT, "assets", url.slice(`${DEV_BASE}assets/`.length));
}

describe("manifest.xml declares a Word task-pane add-in", () => {
  test("is a TaskPaneApp of the 1.1 schema with its elements in the schema's order", () => {
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    // The sequence of OfficeApp (TaskPaneApp) in the 1.1 schema; optional elements may be absent.
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ];
    const present = Array.from(root.childNodes)
      .filter((n): n is Element => n.nodeType === 1)
      .map((e) => e.localName ?? "");
    expect(present).toEqual(order.filter((name) => present.includes(name)));
  });

  test("has a GUID id, a four-part version and a provider", () => {
    expect(child(root, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    expect(child(root, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, "ProviderName").textContent?.trim()).not.toBe("");
  });

  test("speaks Italian by default with an English override for its name and description", () => {
    expect(child(root, "DefaultLocale").textContent).toBe("it-IT");
    expect(child(root, "DisplayName").getAttribute("DefaultValue")).toBe("Piano Generale di Supporto");
    for (const name of ["DisplayName", "Description"]) {
      const overrides = all(child(root, name), NS.app, "Override").map((o) => o.getAttribute("Locale"));
      expect(overrides).toEqual(["en-US"]);
    }
  });

  test("runs in Word documents, needs WordApi 1.3 like host.ts, and may read and write the document", () => {
    expect(all(child(root, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual([
      "Document",
    ]);
    const sets = one(child(root, "Requirements"), NS.app, "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.3");
    const declared = all(sets, NS.app, "Set").map((s) => ({
      name: s.getAttribute("Name"),
      minVersion: s.getAttribute("MinVersion"),
    }));
    expect(declared).toEqual(REQUIRED_SETS.map((s) => ({ name: s.name, minVersion: s.minVersion })));
    expect(child(root, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("opens taskpane.html from the development server and trusts that domain", () => {
    const source = one(child(root, "DefaultSettings"), NS.app, "SourceLocation").getAttribute("DefaultValue");
    expect(source).toBe(`${DEV_BASE}taskpane.html`);
    expect(all(child(root, "AppDomains"), NS.app, "AppDomain").map((d) => d.textContent)).toContain(
      "https://localhost:3000",
    );
  });

  test("uses a 32 px icon and a 64 px high-resolution icon, both in assets/", () => {
    const icon = assetFile(child(root, "IconUrl").getAttribute("DefaultValue") ?? "");
    const highRes = assetFile(child(root, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "");
    expect(pngSize(icon)).toEqual({ width: 32, height: 32 });
    expect(pngSize(highRes)).toEqual({ width: 64, height: 64 });
  });
});

describe("the ribbon", () => {
  test("is declared with VersionOverrides 1.0 for Word documents", () => {
    expect(versionOverrides.namespaceURI).toBe(NS.ov);
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
    expect(all(one(versionOverrides, NS.ov, "Hosts"), NS.ov, "Host").map(xsiType)).toEqual(["Document"]);
  });

  /** The buttons of the add-in's one group on the Home tab, by id. */
  function homeButtons(): Map<string, Element> {
    const surface = one(versionOverrides, NS.ov, "ExtensionPoint");
    expect(xsiType(surface)).toBe("PrimaryCommandSurface");
    const tab = one(surface, NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = one(tab, NS.ov, "Group");
    const controls = all(group, NS.ov, "Control");
    expect(controls.map(xsiType)).toEqual(controls.map(() => "Button"));
    return new Map(controls.map((control) => [control.getAttribute("id") ?? "", control]));
  }

  /** A control's children in order, as the schema's sequence for a Button requires. */
  const childNames = (control: Element) =>
    Array.from(control.childNodes)
      .filter((n): n is Element => n.nodeType === 1)
      .map((e) => e.localName);

  const labelOf = (control: Element) =>
    valueOf(shortStrings, child(control, "Label", NS.ov).getAttribute("resid") ?? "");

  test("has a group on the Home tab with a 'Piano di supporto' button that shows the task pane", () => {
    const button = homeButtons().get("PGS.TaskpaneButton");
    if (!button) throw new Error("no PGS.TaskpaneButton");
    expect(labelOf(button)).toBe("Piano di supporto");
    const action = one(button, NS.ov, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    const source = one(action, NS.ov, "SourceLocation").getAttribute("resid") ?? "";
    expect(valueOf(urls, source)).toBe(`${DEV_BASE}taskpane.html`);
  });

  test("has a 'Registra versione' button in the same group that runs the function the function file registers", () => {
    const buttons = homeButtons();
    expect([...buttons.keys()]).toEqual(["PGS.TaskpaneButton", "PGS.RecordVersionButton"]);
    const button = buttons.get("PGS.RecordVersionButton")!;
    expect(childNames(button)).toEqual(["Label", "Supertip", "Icon", "Action"]);
    expect(labelOf(button)).toBe("Registra versione");
    const action = child(button, "Action", NS.ov);
    expect(xsiType(action)).toBe("ExecuteFunction");
    expect(childNames(action)).toEqual(["FunctionName"]);
    const name = child(action, "FunctionName", NS.ov).textContent ?? "";
    const registered: string[] = [];
    registerCommands({ associate: (functionName) => registered.push(functionName) });
    expect(registered).toContain(name);
    expect(Object.keys(COMMANDS)).toEqual(registered);
  });

  test("names commands.html as its function file", () => {
    const functionFile = one(versionOverrides, NS.ov, "FunctionFile").getAttribute("resid") ?? "";
    expect(valueOf(urls, functionFile)).toBe(`${DEV_BASE}commands.html`);
  });

  test("every resource id referenced is defined, with the right kind, and every one defined is used", () => {
    const uses = residUses();
    expect(uses.length).toBeGreaterThan(10);
    for (const use of uses) {
      expect({ element: use.element, resid: use.resid, defined: use.kind.has(use.resid) }).toEqual({
        element: use.element,
        resid: use.resid,
        defined: true,
      });
    }
    const used = new Set(uses.map((u) => u.resid));
    const defined = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
    // The schema caps resource ids at 32 characters.
    expect(defined.filter((id) => id.length > 32)).toEqual([]);
  });

  test("every string has an English override and fits the schema's length", () => {
    for (const [strings, max] of [
      [shortStrings, 125],
      [longStrings, 250],
    ] as const) {
      for (const [id, element] of strings) {
        const overrides = all(element, NS.bt, "Override");
        expect({ id, locales: overrides.map((o) => o.getAttribute("Locale")) }).toEqual({
          id,
          locales: ["en-US"],
        });
        for (const value of [
          element.getAttribute("DefaultValue") ?? "",
          ...overrides.map((o) => o.getAttribute("Value") ?? ""),
        ]) {
          expect(value.length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  test("every ribbon icon is a PNG in assets/ of the size the manifest says", () => {
    const sizes = new Map<string, Set<string>>();
    for (const use of all(versionOverrides, NS.bt, "Image").filter((e) => e.hasAttribute("resid"))) {
      const id = use.getAttribute("resid") ?? "";
      sizes.set(id, (sizes.get(id) ?? new Set()).add(use.getAttribute("size") ?? ""));
    }
    expect([...new Set([...sizes.values()].flatMap((s) => [...s]))].sort()).toEqual(["16", "32", "80"]);
    for (const [id, declared] of sizes) {
      const file = assetFile(valueOf(images, id));
      expect(existsSync(file)).toBe(true);
      for (const size of declared)
        expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});

describe("the production rewrite of the manifest", () => {
  const devUrls = MANIFEST.match(/https:\/\/localhost:3000[^"<\s]*/g) ?? [];
  const base = "https://pgs.example.org/piano/";
  const rewritten = webpackConfig.rewriteManifest(MANIFEST, base);

  test("leaves no localhost URL behind", () => {
    expect(devUrls.length).toBeGreaterThan(5);
    expect(rewritten).not.toMatch(/localhost/);
  });

  test("moves every URL under the base and keeps its path", () => {
    const moved = rewritten.match(/https:\/\/pgs\.example\.org[^"<\s]*/g) ?? [];
    expect(moved).toEqual(
      devUrls.map((url) =>
        url === "https://localhost:3000" ? "https://pgs.example.org" : base + url.slice(DEV_BASE.length),
      ),
    );
  });

  test("changes nothing else", () => {
    const back = rewritten
      .replaceAll(base, DEV_BASE)
      .replaceAll("https://pgs.example.org", "https://localhost:3000");
    expect(back).toBe(MANIFEST);
  });

  test("every development URL names a file the build emits", () => {
    const pages = webpackConfig.PAGES.filter((p) => p.devOnly !== true).map((p) => `${p.name}.html`);
    for (const url of devUrls.filter((u) => u.startsWith(DEV_BASE))) {
      const file = url.slice(DEV_BASE.length);
      if (file.startsWith("assets/")) expect(existsSync(path.join(ROOT, file))).toBe(true);
      else expect(pages).toContain(file);
    }
  });
});
