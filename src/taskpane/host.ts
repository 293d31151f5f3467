/**
 * The one place that finds out where the pane is running: inside Word, inside another Office
 * application, in a browser tab with office.js, or on a page without office.js at all (the
 * playground, tests). It waits for Office once, checks the requirement sets once, and reports a
 * status; choosing the document port from that status is the caller's job.
 */
import type * as OfficeHelpers from "@microsoft/office-js-helpers";

import { type OfficeThemeSource, officeThemeSource } from "./office-theme";

/** @microsoft/office-js-helpers, as its module: fetched on demand, see `loadOfficeHelpers`. */
export type OfficeHelpersModule = typeof OfficeHelpers;

/**
 * office-js-helpers in a chunk of its own (55 KB minified, a third of it lodash and rxjs), fetched
 * while office.js starts: the first screen never waits for it, and start-up needs it only once
 * Office.onReady has settled.
 */
export function loadOfficeHelpers(): Promise<OfficeHelpersModule> {
  return import(/* webpackChunkName: "office-helpers" */ "@microsoft/office-js-helpers");
}

/**
 * office-js-helpers' spelling of the hosts and platforms (its HostType and PlatformType values),
 * written out so that comparing with them does not put the library on the first screen;
 * test/taskpane/host.test.ts checks them against the library.
 */
export const HELPERS_HOSTS = {
  WEB: "WEB",
  ACCESS: "ACCESS",
  EXCEL: "EXCEL",
  ONENOTE: "ONENOTE",
  OUTLOOK: "OUTLOOK",
  POWERPOINT: "POWERPOINT",
  PROJECT: "PROJECT",
  WORD: "WORD",
} as const;

export const HELPERS_PLATFORMS = {
  IOS: "IOS",
  MAC: "MAC",
  OFFICE_ONLINE: "OFFICE_ONLINE",
  PC: "PC",
} as const;

export type RequirementSet = { readonly name: string; readonly minVersion: string };

/**
 * The Word API the add-in needs everywhere, as data. WordApi 1.3 is the newest set that every
 * supported Word has, Office LTSC 2021 included; manifest.xml declares the same (its test checks).
 * Newer sets are feature-detected where they are used, never required here.
 */
export const REQUIRED_SETS: readonly RequirementSet[] = [{ name: "WordApi", minVersion: "1.3" }];

/** How long to wait for Office.onReady before deciding that no Office application answers. */
export const READY_TIMEOUT_MS = 10_000;

export type Platform = "windows" | "mac" | "web" | "ipad" | "unknown";

export type Startup =
  | { readonly kind: "word"; readonly platform: Platform }
  | {
      readonly kind: "requirements-missing";
      readonly platform: Platform;
      readonly missing: readonly RequirementSet[];
    }
  | { readonly kind: "other-host"; readonly host: string }
  | { readonly kind: "no-host" }
  | { readonly kind: "no-office" }
  | { readonly kind: "failed"; readonly detail: string };

/** What start-up asks of office.js; the real one reads the globals, tests pass their own. */
export type OfficeProbe = {
  /** Whether office.js is on the page at all. */
  readonly hasOffice: () => boolean;
  /** Settles when office.js has initialised (Office.onReady). */
  readonly ready: () => Promise<void>;
  /** The Office application, upper case as office-js-helpers spells it ("WORD"), or null outside Office. */
  readonly host: () => string | null;
  /** office-js-helpers' platform ("PC", "MAC", "OFFICE_ONLINE", "IOS"), or null. */
  readonly platform: () => string | null;
  readonly isSetSupported: (name: string, minVersion: string) => boolean;
  /** Where a failed start-up is written down for whoever opens the browser's console. */
  readonly logFailure: (error: unknown) => void;
};

export function officeProbe(load: () => Promise<OfficeHelpersModule> = loadOfficeHelpers): OfficeProbe {
  let helpers: OfficeHelpersModule | undefined;
  const loaded = (): OfficeHelpersModule => {
    if (helpers === undefined) throw new Error("office-js-helpers is read before Office is ready");
    return helpers;
  };
  return {
    hasOffice: () => typeof Office !== "undefined",
    ready: async () => {
      // Both at once: the library's chunk downloads while office.js talks to its host.
      const [module] = await Promise.all([load(), Office.onReady()]);
      helpers = module;
    },
    host: () => {
      const { Utilities } = loaded();
      // office-js-helpers reports isAddin === true when office.js has loaded in a plain browser
      // tab, with an empty host: only a named host counts as being inside Office.
      const host: unknown = Utilities.host;
      return Utilities.isAddin && typeof host === "string" && host !== "" && host !== HELPERS_HOSTS.WEB
        ? host
        : null;
    },
    platform: () => {
      const platform: unknown = loaded().Utilities.platform;
      return typeof platform === "string" ? platform : null;
    },
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    // office-js-helpers prints an OfficeExtension.Error with its debugInfo, which a bare
    // console.error hides; before the library has loaded, the plain console is all there is.
    logFailure: (error) => {
      if (helpers === undefined) console.error(error);
      else helpers.Utilities.log(error instanceof Error ? error : String(error));
    },
  };
}

function platformOf(raw: string | null): Platform {
  switch (raw) {
    case HELPERS_PLATFORMS.PC:
      return "windows";
    case HELPERS_PLATFORMS.MAC:
      return "mac";
    case HELPERS_PLATFORMS.OFFICE_ONLINE:
      return "web";
    case HELPERS_PLATFORMS.IOS:
      return "ipad";
    default:
      return "unknown";
  }
}

/** `promise`, or "timeout" after `ms`; the timer is cleared either way so it holds nothing alive. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for Office (or finds there is none) and checks the requirement sets, once. */
export async function startUp(
  probe: OfficeProbe = officeProbe(),
  timeoutMs: number = READY_TIMEOUT_MS,
): Promise<Startup> {
  if (!probe.hasOffice()) return { kind: "no-office" };
  try {
    // Assumption (unverified on every client): outside Office, onReady settles at once with no
    // host. The timeout only keeps the pane from waiting forever if it never settles.
    const outcome = await within(
      probe.ready().then(() => "ready" as const),
      timeoutMs,
    );
    if (outcome === "timeout") return { kind: "no-host" };
    const host = probe.host();
    if (host === null) return { kind: "no-host" };
    if (host !== HELPERS_HOSTS.WORD) return { kind: "other-host", host };
    const platform = platformOf(probe.platform());
    const missing = REQUIRED_SETS.filter((set) => !probe.isSetSupported(set.name, set.minVersion));
    return missing.length === 0
      ? { kind: "word", platform }
      : { kind: "requirements-missing", platform, missing };
  } catch (error) {
    probe.logFailure(error);
    return { kind: "failed", detail: error instanceof Error ? error.message : String(error) };
  }
}

const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  windows: "Word per Windows",
  mac: "Word per Mac",
  web: "Word per il web",
  ipad: "Word per iPad",
  unknown: "Word",
};

const HOST_NAMES: Readonly<Record<string, string>> = {
  [HELPERS_HOSTS.EXCEL]: "Excel",
  [HELPERS_HOSTS.POWERPOINT]: "PowerPoint",
  [HELPERS_HOSTS.OUTLOOK]: "Outlook",
  [HELPERS_HOSTS.ONENOTE]: "OneNote",
  [HELPERS_HOSTS.PROJECT]: "Project",
  [HELPERS_HOSTS.ACCESS]: "Access",
};

export type StartupMessage = {
  readonly intent: "success" | "warning" | "error";
  readonly title: string;
  readonly body: string;
};

/** The product's name, at the top of the pane from its first screen on. */
export const PRODUCT_TITLE = "Piano Generale di Supporto";

/** What the pane shows while Office starts (Italian, as every start-up message: the locale is Office's, known only once it has started). */
export const STARTING = "Avvio in corso…";

/** The panel's code could not be downloaded once Office had started. */
export const PANEL_NOT_LOADED: StartupMessage = {
  intent: "error",
  title: "Il riquadro non è stato scaricato",
  body: "Controllare la connessione e riprovare. Il documento non è stato toccato.",
};

export const RETRY = "Riprova";

/** The one Italian message for each start-up status. */
export function startupMessage(startup: Startup): StartupMessage {
  switch (startup.kind) {
    case "word":
      return {
        intent: "success",
        title: "Collegato a Word",
        body: `Il riquadro è aperto in ${PLATFORM_NAMES[startup.platform]}.`,
      };
    case "requirements-missing":
      return {
        intent: "error",
        title: "Versione di Word non supportata",
        body:
          `${PLATFORM_NAMES[startup.platform]} non offre ` +
          startup.missing.map((set) => `${set.name} ${set.minVersion}`).join(", ") +
          ", necessario per leggere e scrivere il piano. Aggiorna Word oppure apri il documento in Word per il web.",
      };
    case "other-host":
      return {
        intent: "error",
        title: "Non è Word",
        body: `Questo componente aggiuntivo funziona solo in Word; ora è aperto in ${HOST_NAMES[startup.host] ?? startup.host}.`,
      };
    case "no-host":
      return {
        intent: "warning",
        title: "Non sei in Word",
        body: "La pagina è aperta fuori da Word. Apri il documento in Word e usa il pulsante «Piano di supporto» nella scheda Home.",
      };
    case "no-office":
      return {
        intent: "warning",
        title: "Office non è disponibile",
        body: "La libreria di Office (office.js) non è caricata: questa pagina funziona solo dentro Word.",
      };
    case "failed":
      return {
        intent: "error",
        title: "Avvio non riuscito",
        body: `Office non ha completato l'avvio del componente aggiuntivo: ${startup.detail}`,
      };
    default:
      return assertNever(startup);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected start-up status: ${JSON.stringify(value)}`);
}

/** Office's theme in Word, which the panel wears (office-theme.ts); only valid once start-up found Word. */
export function wordOfficeTheme(): OfficeThemeSource {
  return officeThemeSource(Office);
}
