/**
 * The province of a school, from its codice meccanografico, whose first two letters are the sigla
 * of the province (the Ministry's coding). Source of the table: ISTAT, «Elenco dei comuni italiani»,
 * columns «Sigla automobilistica» and «Denominazione Regione» (the 107 province and città
 * metropolitane). Sardinia's former sigle CI, OG, OT and VS (2005–2016, still found in older school
 * codes) are kept for Sardegna. A sigla that is in none of these is not guessed: the report lists it.
 */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  Piemonte: ["AL", "AT", "BI", "CN", "NO", "TO", "VB", "VC"],
  "Valle d'Aosta": ["AO"],
  Lombardia: ["BG", "BS", "CO", "CR", "LC", "LO", "MB", "MI", "MN", "PV", "SO", "VA"],
  "Trentino-Alto Adige": ["BZ", "TN"],
  Veneto: ["BL", "PD", "RO", "TV", "VE", "VI", "VR"],
  "Friuli-Venezia Giulia": ["GO", "PN", "TS", "UD"],
  Liguria: ["GE", "IM", "SP", "SV"],
  "Emilia-Romagna": ["BO", "FC", "FE", "MO", "PC", "PR", "RA", "RE", "RN"],
  Toscana: ["AR", "FI", "GR", "LI", "LU", "MS", "PI", "PO", "PT", "SI"],
  Umbria: ["PG", "TR"],
  Marche: ["AN", "AP", "FM", "MC", "PU"],
  Lazio: ["FR", "LT", "RI", "RM", "VT"],
  Abruzzo: ["AQ", "CH", "PE", "TE"],
  Molise: ["CB", "IS"],
  Campania: ["AV", "BN", "CE", "NA", "SA"],
  Puglia: ["BA", "BR", "BT", "FG", "LE", "TA"],
  Basilicata: ["MT", "PZ"],
  Calabria: ["CS", "CZ", "KR", "RC", "VV"],
  Sicilia: ["AG", "CL", "CT", "EN", "ME", "PA", "RG", "SR", "TP"],
  Sardegna: ["CA", "NU", "OR", "SS", "SU", "CI", "OG", "OT", "VS"],
};

const REGION_OF_SIGLA: ReadonlyMap<string, string> = new Map(
  Object.entries(REGIONS).flatMap(([region, sigle]) => sigle.map((sigla) => [sigla, region] as const)),
);

/** Where a codice meccanografico places its school, or undefined when its first letters name no province. */
export function placeOf(
  codice: string,
): { readonly provincia: string; readonly regione: string } | undefined {
  const provincia = codice.trim().toUpperCase().slice(0, 2);
  const regione = REGION_OF_SIGLA.get(provincia);
  return regione === undefined ? undefined : { provincia, regione };
}
