/**
 * What Microsoft's office.js client really sends, per operation, when it stands in front of the
 * emulator's RichApi host: requests (cleanup requests after `Word.run` included) and their bytes
 * each way. Both identity schemes are reported, because which one Word uses changes `readPlan`'s
 * traffic and no recording of Word says yet which it is.
 */
import { EmulatedWord, type IdentityScheme, type RichApiExchange } from "../src/emulator";
import { type FieldChange, isMonthPlanned, setMonth, setText } from "../src/plan/changes";
import type { PlanReading } from "../src/plan/plan-reading";
import type { Plan } from "../src/plan/read";
import { formatTag } from "../src/plan/tags";
import { proposeVersion } from "../src/plan/versioning";
import { PLANNING_MONTHS } from "../src/plan/vocabulary";
import { wordHostOf } from "../src/word/host";
import { type PlanDocument, wordPlanDocument } from "../src/word/port";
import { officeJsClient } from "../test/support/office-js";
import type { Table } from "./table";

export type TrafficRow = {
  readonly operation: string;
  readonly identity: IdentityScheme;
  readonly requests: number;
  readonly cleanups: number;
  readonly bytesOut: number;
  readonly bytesIn: number;
  readonly cleanupBytesOut: number;
};

const IDENTITIES: readonly IdentityScheme[] = ["index", "reference"];

function oneMark(plan: Plan): FieldChange[] {
  const year = plan.schema.years[0];
  if (!year) throw new Error("the plan has no school year");
  return setMonth(plan, "1.1", year, "set", !isMonthPlanned(plan, "1.1", year, "set"));
}

/** The twelve months of one row and year: a span dragged across the grid. */
function twelveMonths(plan: Plan): FieldChange[] {
  const year = plan.schema.years[0];
  if (!year) throw new Error("the plan has no school year");
  return PLANNING_MONTHS.flatMap(({ id }) =>
    setMonth(plan, "1.1", year, id, !isMonthPlanned(plan, "1.1", year, id)),
  );
}

type Operation = {
  readonly name: string;
  readonly run: (document: PlanDocument, reading: PlanReading) => Promise<unknown>;
};

const OPERATIONS: readonly Operation[] = [
  { name: "readPlan", run: (document) => document.readPlan() },
  { name: "applyChanges: 1 mark", run: (document, { plan }) => document.applyChanges(plan, oneMark(plan)) },
  {
    name: "applyChanges: 12-month span",
    run: (document, { plan }) => document.applyChanges(plan, twelveMonths(plan)),
  },
  {
    name: "applyChanges: 1 line",
    run: (document, { plan }) =>
      document.applyChanges(
        plan,
        setText(plan, formatTag({ kind: "campo", campo: "istituto" }), "Istituto di prova"),
      ),
  },
  {
    name: "recordVersion",
    run: (document, reading) => {
      const { row, snapshot } = proposeVersion(
        reading.plan,
        reading.versions,
        reading.snapshot,
        "01/09/2024",
      );
      return document.recordVersion(row, snapshot);
    },
  },
];

function summed(exchanges: readonly RichApiExchange[]) {
  const cleanups = exchanges.filter((e) => e.cleanup);
  const total = (list: readonly RichApiExchange[], key: "requestBytes" | "responseBytes") =>
    list.reduce((sum, e) => sum + e[key], 0);
  return {
    requests: exchanges.length,
    cleanups: cleanups.length,
    bytesOut: total(exchanges, "requestBytes"),
    bytesIn: total(exchanges, "responseBytes"),
    cleanupBytesOut: total(cleanups, "requestBytes"),
  };
}

/** Each operation on the template (desktop), after a first read that gives it its plan. */
export async function measureTraffic(template: Uint8Array): Promise<readonly TrafficRow[]> {
  const rows: TrafficRow[] = [];
  for (const identity of IDENTITIES) {
    for (const operation of OPERATIONS) {
      const word = await EmulatedWord.open(template);
      const client = officeJsClient(word, { identity });
      const document = wordPlanDocument(wordHostOf({ Word: client.Word, Office: word.Office }));
      const reading = await document.readPlan();
      client.host.resetExchanges();
      await operation.run(document, reading);
      rows.push({ operation: operation.name, identity, ...summed(client.host.exchanges) });
    }
  }
  return rows;
}

const bytes = (n: number) => `${n.toLocaleString("en")} B`;

export function trafficTable(rows: readonly TrafficRow[], version: string): Table {
  return {
    title: `RichApi traffic through Microsoft's client (${version}, Word on Windows host file), desktop profile`,
    headers: [
      "operation",
      "item identity",
      "requests (cleanup)",
      "sent",
      "received",
      "of which cleanup sent",
    ],
    numeric: [2, 3, 4, 5],
    rows: rows.map((row) => [
      row.operation,
      row.identity,
      `${row.requests} (${row.cleanups})`,
      bytes(row.bytesOut),
      bytes(row.bytesIn),
      bytes(row.cleanupBytesOut),
    ]),
  };
}
