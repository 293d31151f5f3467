/**
 * The template's bytes for the school years the tutor picked. The official years come from the
 * .docx in assets/ (official-template.ts); other years are built in the pane by the same builder
 * that makes that file, so there is one source. The builder and fflate load only here, with a
 * dynamic import: they never weigh on the pane's first screen, and only a tutor who picks other
 * years downloads them.
 */
import { createSchema } from "../plan/fields";
import { OFFICIAL_SCHOOL_YEARS, type SchoolYear, sameSchoolYears } from "../plan/vocabulary";
import { base64Of } from "../word/port";

export async function templateBase64For(
  years: readonly SchoolYear[],
  official: () => Promise<string>,
): Promise<string> {
  if (sameSchoolYears(years, OFFICIAL_SCHOOL_YEARS)) return official();
  const { buildTemplate } = await import(/* webpackChunkName: "template-builder" */ "../docx/build");
  return base64Of(await buildTemplate(createSchema(years)));
}
