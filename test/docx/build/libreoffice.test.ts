import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplate } from "../../../src/docx/build";
import { createSchema } from "../../../src/plan/fields";
import { describeWithPrograms, findProgram } from "../../support/programs";
import { firstOutOfOrder, seedItems } from "./seed-order";
import { SEED, SEED_FIXTURE, scratchDir } from "./template-files";

function run(program: string, args: readonly string[]): string {
  const result = spawnSync(program, args, { encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr}`);
  return result.stdout;
}

describeWithPrograms(
  [findProgram("soffice"), findProgram("pdftotext"), SEED_FIXTURE],
  "the template as LibreOffice renders it",
  () => {
    let text: string;
    let pages: number;
    beforeAll(async () => {
      const dir = scratchDir("lo");
      const docx = join(dir, "piano-generale-di-supporto.docx");
      writeFileSync(docx, await buildTemplate(createSchema()));
      // A private profile, so parallel runs do not fight over LibreOffice's user installation.
      run("soffice", [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        docx,
      ]);
      const pdf = join(dir, "piano-generale-di-supporto.pdf");
      // -raw keeps the content-stream order, which for tables is row by row, cell by cell.
      text = run("pdftotext", ["-raw", pdf, "-"]);
      pages = text.split("\f").length - 1;
    }, 180_000);

    it("opens and renders the whole document", () => {
      expect(pages).toBeGreaterThan(10);
    });

    it("shows every text of the seed, headings, action labels, row and column labels, in the seed's order", () => {
      const items = seedItems(SEED);
      expect(items.length).toBeGreaterThan(400);
      expect(firstOutOfOrder(text, items)).toBeUndefined();
    });

    it("would notice two seed texts out of order (the order check is not vacuous)", () => {
      const items = seedItems(SEED);
      const [last, beforeLast] = [
        items.lastIndexOf("Note documento"),
        items.lastIndexOf("Versioning del presente documento"),
      ];
      const swapped = items.map((item, index) =>
        index === last ? items[beforeLast] : index === beforeLast ? items[last] : item,
      );
      expect(firstOutOfOrder(text, swapped as string[])).toBeDefined();
    });

    it("shows an empty field as empty, never as Word's placeholder text", () => {
      expect(text).not.toMatch(/Fare clic|Click or tap/);
    });
  },
);
