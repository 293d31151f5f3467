import { type PlanSnapshot, SNAPSHOT_SETTING, type VersionRow, findVersionTable } from "../plan/versioning";
import { DocumentError } from "./errors";
import type { WordHost } from "./host";
import { readAllTables, readVersioningTable } from "./table-values";

/** The versioning table and what it holds: through its control, or among every table by its header. */
async function versioningTable(context: Word.RequestContext) {
  const direct = await readVersioningTable(context);
  const candidates = direct ? [direct] : (await readAllTables(context)).tables;
  const found = findVersionTable(candidates.map((candidate) => candidate.values));
  const table = found && candidates[found.index]?.table;
  return found && table ? { found, table } : undefined;
}

/**
 * Appends a row to the versioning table and stores, inside the document, the snapshot that the next
 * version's summary is computed against. Two syncs: read the table (through the control the template wraps it in; every table only when that control is gone), then write the row (into the
 * template's blank row when it is still blank, otherwise as a new last row, which Word copies from
 * the last one). The version number must still be free: someone may have recorded one meanwhile.
 */
export async function recordVersion(
  host: WordHost,
  row: VersionRow,
  snapshot: PlanSnapshot,
): Promise<readonly VersionRow[]> {
  const versions = await host.run(async (context) => {
    const versioning = await versioningTable(context);
    if (!versioning) {
      throw new DocumentError("versioning-table-missing", "The versioning table is not in the document");
    }
    const { found, table } = versioning;
    if (
      found.rows.some((existing) => Number.parseInt(existing.number, 10) >= Number.parseInt(row.number, 10))
    ) {
      throw new DocumentError("version-number-taken", `Version ${row.number} is already recorded`);
    }
    const cells = [row.date, row.number, row.summary];
    if (found.lastRowBlank) {
      const last = found.rowCount - 1;
      cells.forEach((text, column) => {
        table.getCell(last, column).value = text;
      });
    } else {
      table.addRows("End", 1, [cells]);
    }
    await context.sync();
    return [...found.rows, row];
  });
  host.settings.set(SNAPSHOT_SETTING, JSON.stringify(snapshot));
  try {
    await host.saveSettings();
  } catch (error) {
    throw new DocumentError(
      "settings-not-saved",
      "The version row is in the document, its snapshot is not",
      error,
    );
  }
  return versions;
}
