/**
 * Microsoft's own office.js Word client, loaded unmodified from the installed @microsoft/office-js
 * package into a Node `vm` context, in front of the emulator's RichApi host. Its `Word.run`,
 * proxies, `load()` and `sync()` are Microsoft's; every request leaves it through
 * `OfficeExtension.SessionBase._overrideSession` as JSON text for the host. Only hooks set at run
 * time; the file itself is read and run as it ships.
 *
 * A newer copy of the same host file (the CDN's) can take its place: put it in the folder named by
 * PGS_OFFICE_JS_DIR as `<host file name without .js>.<its SHA-256>.js`; a copy whose content does
 * not match its name is refused.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { EmulatedWord, HostProfile, RichApiHost, RichApiOptions } from "../../src/emulator";
import type { WordNamespace } from "../../src/word/host";

const PACKAGE_DIR = path.resolve(__dirname, "../../node_modules/@microsoft/office-js");

/** The host file office.js's loader would pick for each profile (desktop: Word on Windows). */
export const HOST_FILES: Readonly<Record<HostProfile, string>> = {
  desktop: "word-win32-16.01.js",
  web: "word-web-16.00.js",
  "web-stress": "word-web-16.00.js",
};

export type OfficeJsFile = { readonly path: string; readonly sha256: string; readonly version: string };

/** The members of office.js's `Word` a test reaches beyond `run`. */
export type OfficeJsWord = WordNamespace & {
  readonly InsertLocation: Readonly<Record<string, string>>;
};

type Executor = {
  executeAsync(customData: unknown, flags: number, message: { readonly Body: unknown }): Promise<unknown>;
};
type SessionBaseClass = (new () => object) & { _overrideSession?: object };
type Realm = {
  readonly Word: OfficeJsWord;
  readonly OfficeExtension: { readonly SessionBase: SessionBaseClass };
  readonly JSON: JSON;
};

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function installedVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export function officeJsAvailable(): boolean {
  return existsSync(path.join(PACKAGE_DIR, "dist", HOST_FILES.desktop));
}

/** The host file to load for `name`: a pinned newer copy if one is given, else the package's. */
export function hostFile(name: string): OfficeJsFile {
  const dir = process.env["PGS_OFFICE_JS_DIR"];
  const stem = name.replace(/\.js$/, "");
  if (dir) {
    const copy = readdirSync(dir).find(
      (f) => f.startsWith(`${stem}.`) && /^[0-9a-f]{64}\.js$/.test(f.slice(stem.length + 1)),
    );
    if (copy) {
      const full = path.join(dir, copy);
      const hash = sha256(readFileSync(full));
      if (!copy.includes(hash)) throw new Error(`${full}: its SHA-256 is ${hash}, not the one in its name`);
      return { path: full, sha256: hash, version: `pinned copy ${copy}` };
    }
  }
  const full = path.join(PACKAGE_DIR, "dist", name);
  return {
    path: full,
    sha256: sha256(readFileSync(full)),
    version: `@microsoft/office-js ${installedVersion()}`,
  };
}

const realms = new Map<string, Realm>();

function realmOf(file: OfficeJsFile): Realm {
  let realm = realms.get(file.path);
  if (!realm) {
    const location = {
      href: "https://localhost/taskpane.html",
      search: "",
      hash: "",
      protocol: "https:",
      host: "localhost",
      hostname: "localhost",
      pathname: "/taskpane.html",
    };
    const sandbox: Record<string, unknown> = {
      navigator: { userAgent: "Node.js (jest)" },
      location,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      console,
    };
    sandbox["window"] = sandbox;
    sandbox["self"] = sandbox;
    const context = vm.createContext(sandbox);
    vm.runInContext(readFileSync(file.path, "utf8"), context, { filename: file.path });
    // The response is parsed by the realm's own JSON, as a host's text would be inside Word.
    realm = {
      ...(context as unknown as Omit<Realm, "JSON">),
      JSON: vm.runInContext("JSON", context) as JSON,
    };
    realms.set(file.path, realm);
  }
  return realm;
}

/** Runs started and not yet inside their batch: the override is read when office.js creates the context. */
let starting: Promise<void> = Promise.resolve();

export type OfficeJsClient = {
  readonly Word: OfficeJsWord;
  readonly host: RichApiHost;
  readonly file: OfficeJsFile;
};

/**
 * Microsoft's `Word` over `word`'s document. Each `Word.run` gets its own connection to the host,
 * as office.js creates one executor per request context.
 */
export function officeJsClient(word: EmulatedWord, options: RichApiOptions = {}): OfficeJsClient {
  const file = hostFile(HOST_FILES[word.profile]);
  const realm = realmOf(file);
  const host = word.richApiHost(options);
  class EmulatorSession extends realm.OfficeExtension.SessionBase {
    _createRequestExecutorOrNull(): Executor {
      const send = host.connect();
      return {
        executeAsync: async (_customData, _flags, message) => {
          const responseText = await send(JSON.stringify(message.Body));
          return {
            HttpStatusCode: 200,
            ErrorCode: "",
            ErrorMessage: "",
            Headers: {},
            Body: realm.JSON.parse(responseText),
          };
        },
      };
    }
  }
  const session = new EmulatorSession();
  const run = <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    let result!: Promise<T>;
    const started = starting.then(
      () =>
        new Promise<void>((inBatch) => {
          realm.OfficeExtension.SessionBase._overrideSession = session;
          result = realm.Word.run((context) => {
            inBatch();
            return batch(context);
          });
          // A run that fails before its batch starts must not hold up the others.
          result.then(
            () => inBatch(),
            () => inBatch(),
          );
        }),
    );
    starting = started;
    return started.then(() => result);
  };
  return { Word: { ...realm.Word, run }, host, file };
}
