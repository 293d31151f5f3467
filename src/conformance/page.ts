/**
 * conformance.html: runs every case in the Word at hand and shows, per case, what Word observed
 * beside what the emulator's profile for this platform observes (the case's expected data: the
 * page carries no emulator). «Copia rapporto» copies the report to commit under
 * conformance/reports/. Plain DOM: the page must stay small and run in any Word's webview.
 */
import type { PlanDocument } from "../word/port";
import { CASES } from "./cases";
import { type Diagnostics, REPORT_FORMAT, type Report, type Timings, profileForPlatform } from "./report";
import { type OpenFixture, observe, sameObservation } from "./runner";
import { measureTimings } from "./timings";
import type { Observation } from "./types";

/** Where the page runs: real Word (word-env.ts) or the emulator (a dev-only page, for tests). */
export type PageEnv = {
  readonly diagnostics: Diagnostics;
  /** Opens a case's fixture; `userStep` shows an instruction and settles when the person is done. */
  readonly opener: (userStep: (instruction: string) => Promise<void>) => OpenFixture;
  /** Puts the official template in the document and gives the document layer over it. */
  readonly openTemplate: () => Promise<PlanDocument>;
};

const STYLE = `
  body { font: 13px/1.4 "Segoe UI", system-ui, sans-serif; margin: 8px; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border: 1px solid #ccc; padding: 4px; vertical-align: top; text-align: left; }
  code { white-space: pre-wrap; word-break: break-word; font-size: 11px; }
  .agree { color: #0b6a0b; } .disagree { color: #a4262c; font-weight: 600; }
  #step { background: #fff4ce; padding: 6px; margin: 6px 0; }
`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

const json = (value: Observation | undefined) => element("code", {}, JSON.stringify(value) ?? "—");

export function mountConformancePage(root: HTMLElement, env: PageEnv): void {
  const profile = profileForPlatform(env.diagnostics.platform);
  const observations: Record<string, Observation> = {};
  let timings: Timings = {};

  const status = element("p", { role: "status", "data-testid": "status" }, "Pronto.");
  const step = element("div", { id: "step", hidden: "" });
  const run = element("button", { type: "button" }, "Esegui i casi");
  const copy = element("button", { type: "button", disabled: "" }, "Copia rapporto");
  const reportBox = element("textarea", { rows: "6", cols: "60", readonly: "", "aria-label": "Rapporto" });
  const body = element("tbody");
  const timingList = element("ul", { "data-testid": "timings" });

  const userStep = (instruction: string) =>
    new Promise<void>((resolve) => {
      const done = element("button", { type: "button" }, "Fatto");
      step.replaceChildren(instruction, " ", done);
      step.hidden = false;
      done.addEventListener("click", () => {
        step.hidden = true;
        resolve();
      });
    });

  const report = (): Report => ({
    format: REPORT_FORMAT,
    diagnostics: env.diagnostics,
    observations,
    timings,
  });

  run.addEventListener("click", () => {
    run.disabled = true;
    void (async () => {
      body.replaceChildren();
      const open = env.opener(userStep);
      for (const testCase of CASES) {
        status.textContent = `Caso ${testCase.id}…`;
        const observed = await observe(testCase, open);
        observations[testCase.id] = observed;
        const expected = profile ? testCase.expected[profile] : undefined;
        const agrees = expected !== undefined && sameObservation(observed, expected);
        body.append(
          element(
            "tr",
            { "data-case": testCase.id, "data-agrees": String(agrees) },
            element(
              "td",
              {},
              element("strong", {}, testCase.id),
              element("br"),
              testCase.probes,
              element("br"),
              element("small", {}, testCase.source),
            ),
            element("td", {}, json(observed)),
            element("td", {}, json(expected)),
            element("td", { class: agrees ? "agree" : "disagree" }, agrees ? "uguale" : "diverso"),
          ),
        );
      }
      status.textContent = "Tempi sul modello ufficiale…";
      try {
        timings = await measureOn(env);
        timingList.replaceChildren(
          ...Object.entries(timings).map(([name, ms]) => element("li", {}, `${name}: ${ms} ms`)),
        );
      } catch (error) {
        timingList.replaceChildren(element("li", {}, `Tempi non misurati: ${String(error)}`));
      }
      const disagreeing = CASES.filter(
        (c) => !(profile && sameObservation(observations[c.id] ?? null, c.expected[profile])),
      );
      status.textContent = `Fatto: ${CASES.length - disagreeing.length} casi uguali all'emulatore, ${disagreeing.length} diversi.`;
      reportBox.value = JSON.stringify(report(), null, 2);
      copy.disabled = false;
      run.disabled = false;
    })();
  });

  copy.addEventListener("click", () => {
    reportBox.select();
    void navigator.clipboard?.writeText(reportBox.value).then(
      () => (status.textContent = "Rapporto copiato."),
      () => (status.textContent = "Copia non riuscita: seleziona il testo del rapporto e copialo a mano."),
    );
  });

  const { host, platform, version } = env.diagnostics;
  root.replaceChildren(
    element("style", {}, STYLE),
    element("h1", {}, "Verifica dell'emulatore"),
    element(
      "p",
      {},
      `${host} ${platform} ${version}. Profilo dell'emulatore: ${profile ?? "nessuno per questa piattaforma"}. `,
      "Usa un documento vuoto: i casi lo sovrascrivono.",
    ),
    element("p", {}, run, " ", copy),
    status,
    step,
    element(
      "table",
      {},
      element(
        "thead",
        {},
        element(
          "tr",
          {},
          ...["Caso", "In questo Word", "Nell'emulatore", ""].map((t) => element("th", {}, t)),
        ),
      ),
      body,
    ),
    element("h2", {}, "Tempi sul modello ufficiale"),
    timingList,
    element("h2", {}, "Rapporto"),
    reportBox,
  );
}

async function measureOn(env: PageEnv): Promise<Timings> {
  return measureTimings(await env.openTemplate());
}
