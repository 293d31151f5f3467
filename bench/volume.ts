/**
 * Volume per click: what each user operation makes Word send back, counted by the emulator's meter
 * (objects and characters per sync), on Word for the desktop. Round trips alone hide this: a host
 * that is slow per object feels a click that loads every control even in two syncs. The targets
 * are the ones the add-in promises: one mark at most 3 controls in at most 2 syncs, a 12-month span
 * at most 36 controls.
 */
import type { EmulatorStats } from "../src/emulator";
import { type FieldChange, isMonthPlanned, setMonth } from "../src/plan/changes";
import type { Plan } from "../src/plan/read";
import { proposeVersion } from "../src/plan/versioning";
import { PLANNING_MONTHS } from "../src/plan/vocabulary";
import type { PlanReading } from "../src/plan/plan-reading";
import type { PlanDocument } from "../src/word/port";
import { openPlan } from "../test/support/generate";
import type { Table } from "./table";
import { BURSTS, measureTypingBursts } from "./typing-bursts";

type Load = EmulatorStats["loaded"];

export type VolumeRow = {
  readonly operation: string;
  readonly syncs: number;
  readonly loaded: Load;
  readonly perSync: readonly Load[];
  /** The promised ceiling, when there is one. */
  readonly target?: { readonly syncs?: number; readonly controls: number };
};

export function withinTarget(row: VolumeRow): boolean | undefined {
  if (!row.target) return undefined;
  return (
    row.loaded.controls <= row.target.controls &&
    (row.target.syncs === undefined || row.syncs <= row.target.syncs)
  );
}

function firstYear(plan: Plan) {
  const year = plan.schema.years[0];
  if (!year) throw new Error("the plan has no school year");
  return year;
}

/** A click on one planning month of azione 1.1 (toggles it). */
export function oneMark(plan: Plan): FieldChange[] {
  const year = firstYear(plan);
  return setMonth(plan, "1.1", year, "set", !isMonthPlanned(plan, "1.1", year, "set"));
}

/** A drag over the twelve months of azione 2.3's first year. */
export function twelveMonthSpan(plan: Plan): FieldChange[] {
  const year = firstYear(plan);
  return PLANNING_MONTHS.flatMap((month) => setMonth(plan, "2.3", year, month.id, true));
}

async function measure(
  template: Uint8Array,
  operation: string,
  act: (reading: PlanReading, document: PlanDocument) => Promise<unknown>,
  target?: VolumeRow["target"],
): Promise<VolumeRow> {
  const { word, document } = await openPlan(template);
  const reading = await document.readPlan();
  word.resetStats();
  await act(reading, document);
  const stats = word.stats;
  return {
    operation,
    syncs: stats.syncs,
    loaded: stats.loaded,
    perSync: [...stats.loads],
    ...(target ? { target } : {}),
  };
}

async function typingRow(template: Uint8Array): Promise<VolumeRow> {
  const { syncs, perSync } = await measureTypingBursts(template);
  const sum = (key: keyof Load) => perSync.reduce((total, load) => total + load[key], 0);
  return {
    operation: `the dirigente types a paragraph in ${BURSTS} bursts`,
    syncs,
    loaded: {
      objects: sum("objects"),
      controls: sum("controls"),
      tables: sum("tables"),
      characters: sum("characters"),
    },
    perSync,
    target: { controls: 3 * BURSTS },
  };
}

export async function measureVolume(template: Uint8Array): Promise<readonly VolumeRow[]> {
  return [
    await measure(template, "readPlan (pane opens, «Rileggi»)", (_reading, document) => document.readPlan()),
    await measure(
      template,
      "applyChanges: 1 mark",
      ({ plan }, document) => document.applyChanges(plan, oneMark(plan)),
      { syncs: 2, controls: 3 },
    ),
    await measure(
      template,
      "applyChanges: 12-month span",
      ({ plan }, document) => document.applyChanges(plan, twelveMonthSpan(plan)),
      { controls: 36 },
    ),
    await measure(template, "recordVersion", (reading, document) => {
      const { row, snapshot } = proposeVersion(
        reading.plan,
        reading.versions,
        reading.snapshot,
        "01/09/2024",
      );
      return document.recordVersion(row, snapshot);
    }),
    await typingRow(template),
  ];
}

const count = (value: number) => value.toLocaleString("en-US");

export function volumeTable(rows: readonly VolumeRow[]): Table {
  return {
    title: "Volume per click (desktop; what Word sends back, metered by the emulator)",
    headers: [
      "operation",
      "syncs",
      "controls loaded",
      "tables loaded",
      "objects loaded",
      "characters",
      "per sync",
      "target",
    ],
    rows: rows.map((row) => {
      const verdict = withinTarget(row);
      const target = row.target
        ? `≤ ${row.target.controls} controls${row.target.syncs === undefined ? "" : `, ≤ ${row.target.syncs} syncs`}: ${verdict ? "met" : "MISSED"}`
        : "—";
      return [
        row.operation,
        String(row.syncs),
        count(row.loaded.controls),
        count(row.loaded.tables),
        count(row.loaded.objects),
        count(row.loaded.characters),
        row.perSync.map((load) => `${load.controls}c/${load.tables}t/${load.objects}o`).join(" + "),
        target,
      ];
    }),
    numeric: [1, 2, 3, 4, 5],
  };
}
