/**
 * Filled plans, made the way the add-in makes them: open the template in the emulator, read the
 * plan, turn content into changes with the operations of src/plan/changes.ts, apply them through
 * the document layer, save. Shared by the benchmark and the CLI tests (tests import this file;
 * nothing here imports from test/).
 */
import { EmulatedWord, type HostProfile } from "../../src/emulator";
import { type FieldChange, setCount, setMonth, setServiceLevel, setText } from "../../src/plan/changes";
import { AMBITI, PLAN_ROWS } from "../../src/plan/actions";
import type { Plan } from "../../src/plan/read";
import { formatTag } from "../../src/plan/tags";
import { type CampoId, type TestoId, VOCI_DESCRIZIONE, type VoceDescrizioneId } from "../../src/plan/texts";
import {
  CLASSI,
  type ClasseId,
  INDIRIZZI,
  type IndirizzoId,
  PLANNING_MONTHS,
  type PlanningMonthId,
  type SchoolYear,
  type ServiceLevelId,
} from "../../src/plan/vocabulary";
import { emulatedWordHost } from "../../src/wiring/emulated-host";
import { type PlanDocument, wordPlanDocument } from "../../src/word/port";
import { type Random, seededRandom } from "./random";

/** What a tutor and a dirigente put in a plan, in domain terms. */
export type PlanContent = {
  readonly campi?: Readonly<Partial<Record<CampoId, string>>>;
  readonly testi?: Readonly<Partial<Record<TestoId, string>>>;
  readonly descrizioni?: readonly {
    readonly azione: string;
    readonly voce: VoceDescrizioneId;
    readonly text: string;
  }[];
  readonly levels?: readonly {
    readonly row: string;
    readonly year: SchoolYear;
    readonly level: ServiceLevelId;
  }[];
  readonly months?: readonly {
    readonly row: string;
    readonly year: SchoolYear;
    readonly month: PlanningMonthId;
  }[];
  readonly counts?: readonly {
    readonly indirizzo: IndirizzoId;
    readonly classe: ClasseId;
    readonly count: number;
  }[];
};

/** The changes that put `content` into a freshly read plan (each field appears once, so they combine). */
export function changesFor(plan: Plan, content: PlanContent): FieldChange[] {
  const campi = Object.entries(content.campi ?? {}).flatMap(([campo, text]) =>
    setText(plan, formatTag({ kind: "campo", campo: campo as CampoId }), text ?? ""),
  );
  const testi = Object.entries(content.testi ?? {}).flatMap(([testo, text]) =>
    setText(plan, formatTag({ kind: "testo", testo: testo as TestoId }), text ?? ""),
  );
  const descrizioni = (content.descrizioni ?? []).flatMap(({ azione, voce, text }) =>
    setText(plan, formatTag({ kind: "descrizione", azione, voce }), text),
  );
  const levels = (content.levels ?? []).flatMap(({ row, year, level }) =>
    setServiceLevel(plan, row, year, level),
  );
  const months = (content.months ?? []).flatMap(({ row, year, month }) =>
    setMonth(plan, row, year, month, true),
  );
  const counts = (content.counts ?? []).flatMap(({ indirizzo, classe, count }) => {
    const result = setCount(plan, indirizzo, classe, String(count));
    if (!result.ok) throw new Error(`not a count: ${count}`);
    return result.changes;
  });
  return [...campi, ...testi, ...descrizioni, ...levels, ...months, ...counts];
}

const NOMI = [
  "Galileo Galilei",
  "Enrico Fermi",
  "Maria Montessori",
  "Leonardo da Vinci",
  "Grazia Deledda",
  "Primo Levi",
];
const TIPI = ["IIS", "ITIS", "IPSIA", "Liceo Scientifico", "ITC"];
const PROVINCE = [
  { sigla: "RM", comune: "Roma" },
  { sigla: "MI", comune: "Milano" },
  { sigla: "NA", comune: "Napoli" },
  { sigla: "TO", comune: "Torino" },
  { sigla: "BA", comune: "Bari" },
];
/** Phrases with the characters that CSV must quote (";", quotes, line breaks) and accented letters. */
const FRASI = [
  "Incontri con le aziende del territorio",
  "Analisi dei fabbisogni; restituzione al collegio",
  'Laboratorio "impresa simulata" per le classi terze',
  "Visite guidate presso le strutture ospitanti\nRelazione finale degli studenti",
  "Attività di orientamento in uscita: più tutoraggio, più qualità",
];

function schoolName(random: Random): string {
  return `${random.pick(TIPI)} «${random.pick(NOMI)}»`;
}

/** A plausible plan: one level per row and year for most rows, months where the row is active. */
export function randomContent(years: readonly SchoolYear[], seed: number): PlanContent {
  const random = seededRandom(seed);
  const provincia = random.pick(PROVINCE);
  const istituto = schoolName(random);
  const codice = `${provincia.sigla}IS${String(random.int(0, 999)).padStart(3, "0")}00${random.pick(["X", "T", "B"])}`;
  const levels = PLAN_ROWS.flatMap((row) =>
    years.flatMap((year) =>
      random.chance(0.8)
        ? [
            {
              row: row.id,
              year,
              level: random.pick(["attivazione", "consolidamento", "non-richiesto"] as const),
            },
          ]
        : [],
    ),
  );
  const months = levels
    .filter((entry) => entry.level !== "non-richiesto")
    .flatMap(({ row, year }) =>
      PLANNING_MONTHS.filter(() => random.chance(0.3)).map((month) => ({ row, year, month: month.id })),
    );
  const descrizioni = AMBITI.flatMap((ambito) => ambito.azioni).flatMap((azione) =>
    VOCI_DESCRIZIONE.filter(() => random.chance(0.5)).map((voce) => ({
      azione: azione.id,
      voce: voce.id,
      text: random.pick(FRASI),
    })),
  );
  const counts = INDIRIZZI.flatMap((indirizzo) =>
    CLASSI.map((classe) => ({ indirizzo: indirizzo.id, classe: classe.id, count: random.int(0, 1500) })),
  );
  return {
    campi: {
      istituto,
      "data-redazione": `${String(random.int(1, 28)).padStart(2, "0")}/${String(random.int(1, 12)).padStart(2, "0")}/${years[0]?.start ?? 2017}`,
      denominazione: istituto,
      "codice-meccanografico": codice,
      comune: provincia.comune,
      provincia: provincia.sigla,
      dirigente: `Prof. ${random.pick(NOMI)}`,
      email: `${codice.toLowerCase()}@istruzione.it`,
    },
    testi: { criticita: random.pick(FRASI), note: random.pick(FRASI) },
    descrizioni,
    levels,
    months,
    counts,
  };
}

/** An open template and the port in front of it. */
export type OpenPlan = { readonly word: EmulatedWord; readonly document: PlanDocument };

export async function openPlan(bytes: Uint8Array, profile: HostProfile = "desktop"): Promise<OpenPlan> {
  const word = await EmulatedWord.open(bytes, { profile });
  return { word, document: wordPlanDocument(emulatedWordHost(word)) };
}

/**
 * The template with `content` (or the content made for the plan as read, e.g. for its school years)
 * written into it, plus whatever `extra` adds to the plan as read (a
 * test uses it to type what the panel never would, e.g. "sì" in a mark). Throws if a write is refused.
 */
export async function fillPlan(
  template: Uint8Array,
  content: PlanContent | ((plan: Plan) => PlanContent),
  extra: (plan: Plan) => readonly FieldChange[] = () => [],
): Promise<Uint8Array> {
  const { word, document } = await openPlan(template);
  const { plan } = await document.readPlan();
  const wanted = typeof content === "function" ? content(plan) : content;
  const result = await document.applyChanges(plan, [...changesFor(plan, wanted), ...extra(plan)]);
  if (result.refused.length > 0)
    throw new Error(`refused: ${result.refused.map((refusal) => refusal.tag).join(", ")}`);
  return word.save();
}
