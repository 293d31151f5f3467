import {
  ACCREDITAMENTO,
  AMBITI,
  type Ambito,
  MACRO_AZIONI_MISURA,
  MISURE,
  MISURE_AMBITO,
  PLAN_ROWS,
  planningLabel,
} from "./actions";
import type { FieldKey } from "./field-key";
import type { FieldDef, PlanSchema } from "./fields";
import type { Block, CellContent, TableCell, TableLayout, TableRow } from "./layout-types";
import { DESCRIZIONE_HEADING_YEARS } from "./quirks";
import { VERSIONING_TAG, formatTag } from "./tags";
import { CAMPI, TESTI, VOCI_DESCRIZIONE } from "./texts";
import {
  CLASSI,
  INDIRIZZI,
  PLANNING_MONTHS,
  SERVICE_LEVELS,
  type SchoolYear,
  schoolYearId,
  schoolYearLabel,
} from "./vocabulary";

/** The versioning table's columns, in order. */
export const VERSIONING_COLUMNS = ["DATA", "VERSIONE N.", "AMBITI E AZIONI OGGETTO DI REVISIONE"] as const;
export const VERSIONING_TITLE = "Versioning del presente documento";

const label = (text: string, bold = false): CellContent => ({ kind: "label", text, bold });
const cell = (content: CellContent, extra: Omit<TableCell, "content"> = {}): TableCell => ({
  content,
  ...extra,
});
const headerCell = (text: string, extra: Omit<TableCell, "content"> = {}): TableCell =>
  cell(label(text, true), { shaded: true, align: "center", ...extra });

function fieldContent(schema: PlanSchema, key: FieldKey, fixedLabel?: string): CellContent {
  const def: FieldDef | undefined = schema.byTag.get(formatTag(key));
  if (!def) throw new Error(`The schema has no field ${formatTag(key)}`);
  return {
    kind: "field",
    tag: def.tag,
    value: def.value,
    title: def.title,
    ...(fixedLabel ? { label: fixedLabel } : {}),
  };
}

/** "2017 2018", as the sinottico heads its year columns. */
const yearColumnLabel = (year: SchoolYear): string => `${year.start} ${year.start + 1}`;
/** "2017-2018", as the planning grids name their year. */
const yearDashLabel = (year: SchoolYear): string => `${year.start}-${year.start + 1}`;

/** Two header rows: fixed column titles over "ANNO SCOLASTICO", then one column per year. */
function levelHeaderRows(
  titles: readonly string[],
  years: readonly SchoolYear[],
  yearsTitle: string,
): TableRow[] {
  return [
    {
      header: true,
      cells: [
        ...titles.map((title) => headerCell(title, { merge: "start" })),
        headerCell(yearsTitle, { span: years.length }),
      ],
    },
    {
      header: true,
      cells: [
        ...titles.map(() => headerCell("", { merge: "continue" })),
        ...years.map((year) => headerCell(yearColumnLabel(year))),
      ],
    },
  ];
}

/** Three rows (one per service level) of marks, one column per year, after the row's leading cells. */
function levelRows(
  schema: PlanSchema,
  row: string,
  leading: (levelIndex: number) => readonly TableCell[],
): TableRow[] {
  return SERVICE_LEVELS.map((level, index) => ({
    cells: [
      ...leading(index),
      cell(label(level.label)),
      ...schema.years.map((year) =>
        cell(fieldContent(schema, { kind: "livello", row, year, level: level.id }), { align: "center" }),
      ),
    ],
  }));
}

const mergedFirst = (index: number, content: CellContent): TableCell =>
  index === 0 ? cell(content, { merge: "start" }) : cell({ kind: "empty" }, { merge: "continue" });

function sinotticoTable(schema: PlanSchema, ambito: Ambito): TableLayout {
  const rows = ambito.azioni.flatMap((azione, azioneIndex) => {
    const position = azione.id.split(".")[1];
    return levelRows(schema, azione.id, (levelIndex) => [
      mergedFirst(azioneIndex * SERVICE_LEVELS.length + levelIndex, label(ambito.title, true)),
      mergedFirst(levelIndex, label(`${position}.${azione.sinottico}`)),
    ]);
  });
  return {
    id: `sinottico-${ambito.number}`,
    columns: [3, 6, 3, ...schema.years.map(() => 2)],
    rows: [
      ...levelHeaderRows(["AMBITO", "AZIONI", "LIVELLI DI SERVIZIO"], schema.years, "ANNO SCOLASTICO"),
      ...rows,
    ],
  };
}

function twoColumnTable(id: string, rows: readonly (readonly [string, CellContent])[]): TableLayout {
  return {
    id,
    columns: [3, 9],
    rows: rows.map(([title, content]) => ({ cells: [headerCell(title, { align: "left" }), cell(content)] })),
  };
}

function descrizioneTable(schema: PlanSchema, ambito: Ambito, azioneIndex: number): TableLayout {
  const azione = ambito.azioni[azioneIndex];
  if (!azione) throw new Error(`Ambito ${ambito.number} has no azione ${azioneIndex}`);
  return twoColumnTable(`descrizione-${azione.id}`, [
    ["AMBITO", label(`${ambito.number}) ${ambito.title}`, true)],
    ["AZIONE", label(`${azione.id}) ${azione.descrizione}`, true)],
    ...VOCI_DESCRIZIONE.map(
      (voce) =>
        [
          voce.label,
          fieldContent(schema, { kind: "descrizione", azione: azione.id, voce: voce.id }),
        ] as const,
    ),
  ]);
}

function descrizioneHeading(years: readonly SchoolYear[]): Block {
  const named = years.slice(0, DESCRIZIONE_HEADING_YEARS).map(schoolYearLabel).join(" e ");
  return {
    kind: "heading",
    level: 2,
    text: `Assistenza tecnica: descrizione operativa azioni concordate per gli anni scolastici ${named}`,
  };
}

function accreditamentoTable(schema: PlanSchema): TableLayout {
  return {
    id: "accreditamento",
    columns: [6, 3, ...schema.years.map(() => 2)],
    rows: [
      ...levelHeaderRows(["MACRO-AZIONE", "LIVELLI DI SERVIZIO"], schema.years, "ANNO SCOLASTICO"),
      ...levelRows(schema, ACCREDITAMENTO.id, (index) => [
        mergedFirst(index, label(ACCREDITAMENTO.macroAzione)),
      ]),
    ],
  };
}

function misureTable(schema: PlanSchema): TableLayout {
  const perMisura = MACRO_AZIONI_MISURA.length * SERVICE_LEVELS.length;
  const rows = MISURE.flatMap((misura, misuraIndex) =>
    MACRO_AZIONI_MISURA.flatMap((macro, macroIndex) =>
      levelRows(schema, `${misura.id}-${macro.id}`, (levelIndex) => {
        const inMisura = macroIndex * SERVICE_LEVELS.length + levelIndex;
        const misuraContent = misura.named
          ? fieldContent(schema, { kind: "campo", campo: "altro-nome" }, `${misura.pianificazione}:`)
          : label(misura.label);
        return [
          mergedFirst(misuraIndex * perMisura + inMisura, label(MISURE_AMBITO, true)),
          mergedFirst(inMisura, misuraContent),
          mergedFirst(levelIndex, label(macro.label)),
        ];
      }),
    ),
  );
  return {
    id: "misure",
    columns: [3, 4, 5, 3, ...schema.years.map(() => 2)],
    rows: [
      ...levelHeaderRows(
        ["AMBITO", "MISURE DI POLITICHE ATTIVE", "MACRO-AZIONI", "LIVELLO DI SERVIZIO"],
        schema.years,
        "ANNO SCOLASTICO",
      ),
      ...rows,
    ],
  };
}

const ALUNNI_TITLE = "ALUNNI COINVOLTI IN ASL PER L'INDIRIZZO DI STUDIO SCELTO";

function alunniTable(schema: PlanSchema): TableLayout {
  return {
    id: "alunni",
    columns: [9, 1, 1, 1],
    rows: INDIRIZZI.flatMap((indirizzo): TableRow[] => [
      {
        cells: [
          headerCell(`${ALUNNI_TITLE} (${indirizzo.label})`, { merge: "start", align: "left" }),
          ...CLASSI.map((classe) => headerCell(classe.label)),
        ],
      },
      {
        cells: [
          cell({ kind: "empty" }, { merge: "continue" }),
          ...CLASSI.map((classe) =>
            cell(fieldContent(schema, { kind: "alunni", indirizzo: indirizzo.id, classe: classe.id }), {
              align: "center",
            }),
          ),
        ],
      },
    ]),
  };
}

function pianificazioneTable(schema: PlanSchema, year: SchoolYear): TableLayout {
  return {
    id: `pianificazione-${schoolYearId(year)}`,
    columns: [10, ...PLANNING_MONTHS.map(() => 1)],
    rows: [
      {
        header: true,
        cells: [
          headerCell("AZIONE", { merge: "start" }),
          headerCell(`ANNO SCOLASTICO ${yearDashLabel(year)}`, { span: PLANNING_MONTHS.length }),
        ],
      },
      {
        header: true,
        cells: [
          headerCell("", { merge: "continue" }),
          ...PLANNING_MONTHS.map((month) => headerCell(month.label)),
        ],
      },
      ...PLAN_ROWS.map((row): TableRow => ({
        cells: [
          cell(label(planningLabel(row))),
          ...PLANNING_MONTHS.map((month) =>
            cell(fieldContent(schema, { kind: "mese", row: row.id, year, month: month.id }), {
              align: "center",
            }),
          ),
        ],
      })),
    ],
  };
}

function versioningTable(): TableLayout {
  return {
    id: "versioning",
    columns: [2, 2, 8],
    rows: [
      { header: true, cells: VERSIONING_COLUMNS.map((title) => headerCell(title)) },
      { cells: VERSIONING_COLUMNS.map(() => cell({ kind: "empty" })) },
    ],
  };
}

function textField(schema: PlanSchema, key: FieldKey): Block {
  const content = fieldContent(schema, key);
  if (content.kind !== "field") throw new Error("unreachable");
  return { kind: "text-field", tag: content.tag, title: content.title };
}

function testoLabel(id: (typeof TESTI)[number]["id"]): string {
  return TESTI.find((testo) => testo.id === id)?.label ?? id;
}

function campoLabel(id: (typeof CAMPI)[number]["id"]): string {
  return CAMPI.find((campo) => campo.id === id)?.label ?? id;
}

const COVER: readonly Block[] = [
  { kind: "cover", text: "UNIONE EUROPEA", emphasis: "strong" },
  { kind: "cover", text: "Fondo Sociale Europeo", emphasis: "normal" },
  { kind: "cover", text: "Investiamo nel tuo futuro", emphasis: "small" },
  { kind: "cover", text: "DIVISIONE TRANSIZIONI", emphasis: "strong" },
  { kind: "cover", text: "Direzione Transizione Scuola Lavoro", emphasis: "normal" },
  { kind: "cover", text: "TRANSIZIONI TRA SISTEMA DI ISTRUZIONE E FORMAZIONE E LAVORO", emphasis: "strong" },
  {
    kind: "cover",
    text: "Assistenza agli Istituti Scolastici nella implementazione dei processi di qualificazione dei servizi per l'alternanza scuola-lavoro e la transizione",
    emphasis: "normal",
  },
  { kind: "cover", text: "(Piano Operativo Anpal Servizi 2017-2020 – PON SPAO)", emphasis: "small" },
  { kind: "cover", text: "Piano Generale di Supporto", emphasis: "title" },
];

const OBIETTIVI: readonly string[] = [
  "il rafforzamento del sistema di alternanza scuola-lavoro negli Istituti di Istruzione Secondaria Superiore",
  "lo sviluppo e consolidamento di relazioni stabili con il sistema della domanda",
  "la promozione e diffusione della cultura dell'apprendimento duale",
  "la qualificazione delle fasi di progettazione, gestione e monitoraggio dei percorsi di alternanza",
  "l'assistenza ai tutor scolastici e aziendali impegnati nella realizzazione di tali percorsi.",
];

/** The body of the template after the sommario, in the seed's order. */
function bodyBlocks(schema: PlanSchema): Block[] {
  const campo = (id: (typeof CAMPI)[number]["id"]) => fieldContent(schema, { kind: "campo", campo: id });
  return [
    {
      kind: "paragraph",
      runs: [
        { text: "Il presente documento descrive " },
        {
          text: "gli ambiti di intervento e le specifiche attività concordati tra il Dirigente Scolastico dell'Istituto e il Tutor di Anpal Servizi",
          bold: true,
        },
        { text: ", finalizzati alla qualificazione dei servizi per l'alternanza scuola lavoro." },
      ],
    },
    { kind: "heading", level: 2, text: "Anagrafica scuola" },
    {
      kind: "table",
      table: twoColumnTable(
        "anagrafica",
        CAMPI.filter((entry) => entry.section === "anagrafica").map(
          (entry) => [entry.label, campo(entry.id)] as const,
        ),
      ),
    },
    { kind: "page-break" },
    { kind: "heading", level: 1, text: "I SERVIZI DI ASSISTENZA TECNICA" },
    { kind: "heading", level: 2, text: "Obiettivi" },
    {
      kind: "paragraph",
      runs: [
        {
          text: "I servizi di assistenza tecnica e gli strumenti operativi messi a disposizione dal Tutor per l'alternanza di ANPAL Servizi, sono finalizzati - nel loro complesso - ad una più efficace integrazione fra il sistema dell'istruzione secondaria e il mercato del lavoro. In particolare, gli ambiti e le azioni successivamente presentate sono orientate a:",
        },
      ],
    },
    { kind: "bullets", items: OBIETTIVI },
    { kind: "heading", level: 2, text: "Verifica periodica delle azioni di assistenza tecnica" },
    {
      kind: "paragraph",
      runs: [
        {
          text: "Il Tutor per l'alternanza di ANPAL Servizi e il dirigente scolastico verificano periodicamente l'avanzamento quantitativo e qualitativo delle attività concordate, sulla cui base verranno concordate le eventuali iniziative di revisione e/o miglioramento del Piano Generale di Supporto.",
        },
      ],
    },
    { kind: "heading", level: 2, text: testoLabel("criticita") },
    {
      kind: "table",
      table: {
        id: "criticita",
        columns: [1],
        rows: [{ cells: [cell(fieldContent(schema, { kind: "testo", testo: "criticita" }))] }],
      },
    },
    { kind: "page-break" },
    { kind: "heading", level: 2, text: "Assistenza tecnica: sinottico di ambiti e livelli di servizio" },
    ...AMBITI.map((ambito): Block => ({ kind: "table", table: sinotticoTable(schema, ambito) })),
    { kind: "page-break" },
    descrizioneHeading(schema.years),
    ...AMBITI.flatMap((ambito) =>
      ambito.azioni.map((_, index): Block => ({
        kind: "table",
        table: descrizioneTable(schema, ambito, index),
      })),
    ),
    { kind: "page-break" },
    {
      kind: "heading",
      level: 2,
      text: "Assistenza tecnica per il supporto all'accreditamento regionale dei servizi per il lavoro",
    },
    {
      kind: "paragraph",
      runs: [
        {
          text: "[Barrare il livello di servizio richiesto per il quale l'Istituto richiede assistenza tecnica]",
          italic: true,
        },
      ],
    },
    { kind: "table", table: accreditamentoTable(schema) },
    descrizioneHeading(schema.years),
    {
      kind: "table",
      table: twoColumnTable("accreditamento-azioni", [
        ["MACRO-AZIONE", label(ACCREDITAMENTO.macroAzione, true)],
        [
          testoLabel("accreditamento-azioni"),
          fieldContent(schema, { kind: "testo", testo: "accreditamento-azioni" }),
        ],
      ]),
    },
    { kind: "page-break" },
    { kind: "heading", level: 1, text: "ISTITUTI TECNICI E PROFESSIONALI" },
    {
      kind: "heading",
      level: 2,
      text: "Assistenza tecnica per l'erogazione di misure di politiche attive del lavoro (tirocinio, apprendistato, ecc..)",
    },
    { kind: "table", table: misureTable(schema) },
    { kind: "table", table: alunniTable(schema) },
    descrizioneHeading(schema.years),
    {
      kind: "table",
      table: twoColumnTable("misure-azione", [
        [
          "MACRO-AZIONE",
          label(
            "Assistenza tecnica per l'erogazione di misure di politiche attive del lavoro (tirocinio, apprendistato, ecc..)",
            true,
          ),
        ],
        [testoLabel("misure-azione"), fieldContent(schema, { kind: "testo", testo: "misure-azione" })],
      ]),
    },
    { kind: "section-end", orientation: "portrait" },
    ...schema.years.flatMap((year, index): Block[] => [
      { kind: "heading", level: 1, text: `Pianificazione anno scolastico ${yearDashLabel(year)}` },
      { kind: "table", table: pianificazioneTable(schema, year) },
      index < schema.years.length - 1
        ? { kind: "page-break" }
        : { kind: "section-end", orientation: "landscape" },
    ]),
    { kind: "heading", level: 2, text: VERSIONING_TITLE },
    { kind: "controlled-table", tag: VERSIONING_TAG, title: VERSIONING_TITLE, table: versioningTable() },
    { kind: "heading", level: 2, text: testoLabel("note") },
    textField(schema, { kind: "testo", testo: "note" }),
  ];
}

/** The whole template: cover, sommario (its entries are the body's headings), body. */
export function documentLayout(schema: PlanSchema): readonly Block[] {
  const body = bodyBlocks(schema);
  const entries = body.flatMap((block) =>
    block.kind === "heading" ? [{ level: block.level, text: block.text }] : [],
  );
  return [
    ...COVER,
    {
      kind: "table",
      table: twoColumnTable("copertina", [
        [campoLabel("istituto"), fieldContent(schema, { kind: "campo", campo: "istituto" })],
        [campoLabel("data-redazione"), fieldContent(schema, { kind: "campo", campo: "data-redazione" })],
      ]),
    },
    { kind: "page-break" },
    { kind: "sommario", title: "Sommario", entries },
    { kind: "page-break" },
    ...body,
  ];
}
