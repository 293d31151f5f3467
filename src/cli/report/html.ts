/**
 * The national synthesis as one self-contained HTML page: styles inline, charts as inline SVG,
 * no script and no address to fetch (the Content-Security-Policy forbids both, should anything
 * slip in). Each chart is followed by a table of its numbers, for a screen reader and for copying.
 */
import { escapeXmlAttribute, escapeXmlText } from "../../docx/xml-escape";
import type { Locale } from "../../plan/messages";
import { CLASSI, INDIRIZZI, PLANNING_MONTHS } from "../../plan/vocabulary";
import { REPORT_WORDS, type ReportWords, formatCount, formatPercent } from "../messages";
import { barChart, heatMap } from "./charts";
import { LEVEL_COLUMNS, type Synthesis } from "./synthesis";

export type PageOptions = {
  readonly locale: Locale;
  readonly by: "regione" | "provincia";
  /** The day the report is written, yyyy-mm-dd. */
  readonly date: string;
};

const text = escapeXmlText;

type Cell = string | { readonly number: number } | { readonly percent: number };

function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  locale: Locale,
) {
  const cell = (value: Cell, index: number): string => {
    if (typeof value === "string")
      return index === 0 ? `<th scope="row">${text(value)}</th>` : `<td>${text(value)}</td>`;
    const shown =
      "number" in value ? formatCount(value.number, locale) : formatPercent(value.percent, locale);
    return `<td class="n">${text(shown)}</td>`;
  };
  return [
    `<table><caption>${text(caption)}</caption>`,
    `<thead><tr>${headers.map((header) => `<th scope="col">${text(header)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`).join("")}</tbody></table>`,
  ].join("");
}

function figure(svg: string, caption: string, numbers: string, words: ReportWords): string {
  return `<figure><figcaption>${text(caption)}</figcaption><div class="chart" role="img" aria-label="${escapeXmlAttribute(`${caption}. ${words.chartNote}`)}">${svg}</div>${numbers}</figure>`;
}

/** "1.2 Mappatura…" for an azione, the grid's words alone for the other rows. */
const rowTitle = (row: { readonly row: string; readonly label: string }) =>
  /^\d/.test(row.row) ? `${row.row} ${row.label}` : row.label;

const levelName = (id: (typeof LEVEL_COLUMNS)[number], words: ReportWords) =>
  id === "nessuno" ? words.noLevel : words.levelNames[id];

async function schoolsSection(synthesis: Synthesis, options: PageOptions, words: ReportWords) {
  const { locale } = options;
  const { schools } = synthesis;
  const byProvince = options.by === "provincia";
  const bars = byProvince
    ? schools.byProvince.map((entry) => ({
        label: `${entry.provincia} (${entry.regione})`,
        value: entry.plans,
      }))
    : schools.byRegion.map((entry) => ({ label: entry.regione, value: entry.plans }));
  const caption = byProvince ? words.byProvince : words.byRegion;
  const numbers = byProvince
    ? table(
        caption,
        [words.provincia, words.regione, words.plans],
        schools.byProvince.map((entry) => [entry.provincia, entry.regione, { number: entry.plans }]),
        locale,
      )
    : table(
        caption,
        [words.regione, words.plans],
        schools.byRegion.map((entry) => [entry.regione, { number: entry.plans }]),
        locale,
      );
  const unplaced =
    schools.unplaced.length === 0
      ? ""
      : `<p>${text(words.unplacedNote)}</p>${table(
          words.unplaced,
          [words.file, words.codice],
          schools.unplaced.map((entry) => [
            entry.file,
            entry.codice === "" ? words.emptyCodice : entry.codice,
          ]),
          locale,
        )}`;
  const chart =
    bars.length === 0
      ? numbers
      : figure(await barChart(locale, caption, bars, words.plans), caption, numbers, words);
  return `<section><h2>${text(words.schools)}</h2><p>${text(words.codici)}: <strong>${formatCount(schools.codici, locale)}</strong></p>${chart}${unplaced}</section>`;
}

async function studentsSection(synthesis: Synthesis, options: PageOptions, words: ReportWords) {
  const { locale } = options;
  const { students } = synthesis;
  const label = (id: string) => INDIRIZZI.find((entry) => entry.id === id)?.label ?? id;
  const bars = students.byIndirizzo.flatMap((entry) =>
    CLASSI.map((classe) => ({
      label: label(entry.indirizzo),
      series: classe.label,
      value: entry.byClasse[classe.id],
    })),
  );
  const numbers = table(
    words.studentsByIndirizzo,
    [words.indirizzo, ...CLASSI.map((classe) => classe.label), words.total, words.share],
    [
      ...students.byIndirizzo.map((entry): Cell[] => [
        label(entry.indirizzo),
        ...CLASSI.map((classe) => ({ number: entry.byClasse[classe.id] })),
        { number: entry.total },
        { percent: entry.percent },
      ]),
      [
        words.total,
        ...students.byClasse.map((entry) => ({ number: entry.total })),
        { number: students.total },
        "",
      ],
      [words.share, ...students.byClasse.map((entry) => ({ percent: entry.percent })), "", ""],
    ],
    locale,
  );
  const chart = await barChart(
    locale,
    words.studentsByIndirizzo,
    bars,
    words.students,
    CLASSI.map((classe) => classe.label),
  );
  return `<section><h2>${text(words.students)}</h2><p>${text(words.total)}: <strong>${formatCount(students.total, locale)}</strong></p>${figure(chart, words.studentsByIndirizzo, numbers, words)}</section>`;
}

async function levelsSection(synthesis: Synthesis, options: PageOptions, words: ReportWords) {
  const { locale } = options;
  const figures: string[] = [];
  for (const year of synthesis.years) {
    const rows = synthesis.levels.filter((entry) => entry.year === year);
    const series = LEVEL_COLUMNS.map((id) => levelName(id, words));
    const bars = rows.flatMap((row) =>
      LEVEL_COLUMNS.map((id) => ({
        label: rowTitle(row),
        series: levelName(id, words),
        value: row.counts[id],
      })),
    );
    const caption = words.levelsOf(year);
    const numbers = table(
      caption,
      [words.row, ...series],
      rows.map((row) => [rowTitle(row), ...LEVEL_COLUMNS.map((id) => ({ number: row.counts[id] }))]),
      locale,
    );
    figures.push(figure(await barChart(locale, caption, bars, words.plans, series), caption, numbers, words));
  }
  return `<section><h2>${text(words.levels)}</h2>${figures.join("")}</section>`;
}

async function monthsSection(synthesis: Synthesis, options: PageOptions, words: ReportWords) {
  const { locale } = options;
  const columns = PLANNING_MONTHS.map((month) => month.label);
  const figures: string[] = [];
  for (const year of synthesis.years) {
    const rows = synthesis.months.filter((entry) => entry.year === year);
    const cells = rows.flatMap((row) =>
      row.plans.map((value, index) => ({ row: rowTitle(row), column: columns[index] ?? "", value })),
    );
    const caption = words.monthsOf(year);
    const numbers = table(
      caption,
      [words.row, ...columns],
      rows.map((row) => [rowTitle(row), ...row.plans.map((value) => ({ number: value }))]),
      locale,
    );
    figures.push(
      figure(await heatMap(locale, caption, cells, columns, words.plans), caption, numbers, words),
    );
  }
  return `<section><h2>${text(words.months)}</h2>${figures.join("")}</section>`;
}

async function checksSection(synthesis: Synthesis, options: PageOptions, words: ReportWords) {
  const { locale } = options;
  const { checks } = synthesis;
  const intro = `<p>${text(words.plansWithWarnings)}: <strong>${formatCount(checks.plansWithWarnings, locale)}</strong></p>`;
  if (checks.byCode.length === 0)
    return `<section><h2>${text(words.checks)}</h2>${intro}<p>${text(words.noWarnings)}</p></section>`;
  const numbers = table(
    words.checks,
    [words.warning, words.plans, words.warningsInAll],
    checks.byCode.map((entry) => [
      words.checkNames[entry.code],
      { number: entry.plans },
      { number: entry.warnings },
    ]),
    locale,
  );
  const chart = await barChart(
    locale,
    words.checks,
    checks.byCode.map((entry) => ({ label: words.checkNames[entry.code], value: entry.plans })),
    words.plans,
  );
  return `<section><h2>${text(words.checks)}</h2>${intro}${figure(chart, words.checks, numbers, words)}</section>`;
}

function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split("-");
  return locale === "it" ? `${day}/${month}/${year}` : `${year}-${month}-${day}`;
}

const STYLE = `
@page { size: A4; margin: 15mm; }
body { font: 11pt/1.45 Helvetica, Arial, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #2b5d9b; padding-bottom: 0.2rem; margin-top: 2.2rem; }
dl.summary { display: grid; grid-template-columns: auto auto; gap: 0.2rem 1.5rem; justify-content: start; }
dl.summary dt { font-weight: bold; }
dl.summary dd { margin: 0; }
figure { margin: 1.2rem 0; break-inside: avoid-page; }
figcaption { font-weight: bold; margin-bottom: 0.4rem; }
.chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.85rem; }
caption { text-align: left; font-style: italic; padding-bottom: 0.2rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.15rem 0.45rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #eef2f8; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
`;

/** The page, in the locale asked for. */
export async function reportPage(synthesis: Synthesis, options: PageOptions): Promise<string> {
  const { locale } = options;
  const words = REPORT_WORDS[locale];
  const refused =
    synthesis.plans.refused.length === 0
      ? `<p>${text(words.noneRefused)}</p>`
      : `<ul>${synthesis.plans.refused.map((line) => `<li>${text(line)}</li>`).join("")}</ul>`;
  const last =
    synthesis.versions.last === null ? words.noVersion : formatDate(synthesis.versions.last, locale);
  const summary: [string, string][] = [
    [words.plansRead, formatCount(synthesis.plans.read, locale)],
    [words.filesRefused, formatCount(synthesis.plans.refused.length, locale)],
    [words.codici, formatCount(synthesis.schools.codici, locale)],
    [words.students, formatCount(synthesis.students.total, locale)],
    [words.plansWithWarnings, formatCount(synthesis.checks.plansWithWarnings, locale)],
    [words.plansWithVersions, formatCount(synthesis.versions.plansWithVersions, locale)],
    [words.lastVersion, last],
  ];
  const sections = [
    `<section><h2>${text(words.filesRefused)}</h2>${refused}</section>`,
    await schoolsSection(synthesis, options, words),
    await studentsSection(synthesis, options, words),
    await levelsSection(synthesis, options, words),
    await monthsSection(synthesis, options, words),
    await checksSection(synthesis, options, words),
    `<section><h2>${text(words.versions)}</h2><p>${text(words.plansWithVersions)}: <strong>${formatCount(synthesis.versions.plansWithVersions, locale)}</strong>. ${text(words.lastVersion)}: <strong>${text(last)}</strong>.</p></section>`,
  ];
  return [
    "<!doctype html>",
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${text(words.title)}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${text(words.title)}</h1><p>${text(words.generated(formatDate(options.date, locale)))}</p>`,
    `<dl class="summary">${summary.map(([term, value]) => `<dt>${text(term)}</dt><dd>${text(value)}</dd>`).join("")}</dl></header>`,
    `<main>${sections.join("")}</main></body></html>\n`,
  ].join("");
}
