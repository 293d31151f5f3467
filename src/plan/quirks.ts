/**
 * The official template's quirks, reproduced on purpose and recorded here, in one place.
 *
 * 1. The heading of azione 1.3's descrizione operativa repeats, after its own title, the title of
 *    azione 1.5 ("… e la valutazione Animazione per consolidamento/sviluppo collaborazioni"): kept
 *    verbatim in actions.ts.
 * 2. The descrizione operativa sections are headed "per gli anni scolastici 2017/2018 e 2018/2019",
 *    two years, although the plan covers three: the heading names the first DESCRIZIONE_HEADING_YEARS
 *    school years of the plan.
 * 3. An action is worded differently in the sinottico, the descrizione operativa and the planning
 *    grids (2.1 "… di Istituto / Indirizzo", 3.3, 4.1 "… del processo di alternanza" / "… ASL"):
 *    each place keeps its own wording (actions.ts).
 * 4. The third misura di politica attiva has no name in the sinottico and is called "Altro" in the
 *    planning grids: the template shows "Altro:" followed by a field for its name.
 * 5. The sommario writes "(tirocinio, apprendistato, ecc.)" where the heading and the table write
 *    "ecc..)": the sommario is built from the headings, so it follows the headings.
 * 6. The sommario shows the planning headings in capitals ("PIANIFICAZIONE ANNO SCOLASTICO …"), the
 *    body in sentence case: the heading style sets capitals, the text stays as the body has it.
 */
export const DESCRIZIONE_HEADING_YEARS = 2;
