/**
 * The report's charts: Vega-Lite specifications compiled by vega-lite and drawn to static SVG by
 * Vega's headless renderer ("none" renderer, View.toSVG), in Node, when the report is written.
 * The page carries only the SVG text: no script, no font or data fetched.
 */
import type { Config, TopLevelSpec } from "vega-lite";
import type { Locale } from "../../plan/messages";

type Renderer = (spec: TopLevelSpec) => Promise<string>;

let renderer: Promise<Renderer> | undefined;

/**
 * Vega is an ES module with top-level await, which CommonJS can only load with import(); loaded
 * once, on the first chart, so commands that draw none never pay for it.
 */
function loadRenderer(): Promise<Renderer> {
  renderer ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => {
    return async (spec: TopLevelSpec) => {
      const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
      try {
        return await view.toSVG();
      } finally {
        view.finalize();
      }
    };
  });
  return renderer;
}

/** Axis numbers the locale's way: "8.000" in Italian, "8,000" in English (d3-format's locale). */
const NUMBER_LOCALES: Readonly<Record<Locale, { decimal: string; thousands: string }>> = {
  it: { decimal: ",", thousands: "." },
  en: { decimal: ".", thousands: "," },
};

const config = (locale: Locale): Config => ({
  locale: { number: { ...NUMBER_LOCALES[locale], grouping: [3], currency: ["", ""] } },
  font: "Helvetica, Arial, sans-serif",
  background: "white",
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 320 },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: "bottom" },
  view: { stroke: null },
});

export type Bar = { readonly label: string; readonly value: number; readonly series?: string };
export type Cell = { readonly row: string; readonly column: string; readonly value: number };

/** Draws a specification with the report's look and the locale's numbers. */
function draw(locale: Locale, description: string, spec: TopLevelSpec): Promise<string> {
  return loadRenderer().then((render) => render({ ...spec, description, config: config(locale) }));
}

const SERIES_COLOURS = ["#2b5d9b", "#7fb069", "#d9a441", "#bbbbbb"];

/**
 * Horizontal bars, in the order given; with `series`, each bar is cut by series, stacked in that
 * order, and a legend names them.
 */
export function barChart(
  locale: Locale,
  description: string,
  bars: readonly Bar[],
  valueTitle: string,
  series: readonly string[] = [],
): Promise<string> {
  const colour =
    series.length === 0
      ? {}
      : {
          color: {
            field: "series",
            type: "nominal" as const,
            title: null,
            sort: [...series],
            scale: { domain: [...series], range: SERIES_COLOURS },
          },
          order: { field: "order", type: "quantitative" as const },
        };
  return draw(locale, description, {
    width: 420,
    height: { step: 18 },
    data: { values: bars.map((bar) => ({ ...bar, order: series.indexOf(bar.series ?? "") })) },
    mark: { type: "bar", color: SERIES_COLOURS[0] },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null },
      x: { field: "value", type: "quantitative", title: valueTitle, axis: { tickMinStep: 1 } },
      ...colour,
    },
  });
}

/** A heat map: rows × columns, darker where the value is larger. */
export function heatMap(
  locale: Locale,
  description: string,
  cells: readonly Cell[],
  columns: readonly string[],
  valueTitle: string,
): Promise<string> {
  return draw(locale, description, {
    width: { step: 30 },
    height: { step: 16 },
    data: { values: cells.map((cell) => ({ ...cell })) },
    mark: { type: "rect", stroke: "white", strokeWidth: 1 },
    encoding: {
      y: { field: "row", type: "nominal", sort: null, title: null },
      x: { field: "column", type: "ordinal", sort: [...columns], title: null, axis: { orient: "top" } },
      color: { field: "value", type: "quantitative", title: valueTitle, scale: { scheme: "blues" } },
    },
  });
}
