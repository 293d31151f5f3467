/** `pgs --help`, usage errors and `pgs template`. */
import { existsSync } from "node:fs";
import { runPgs } from "../support/pgs";
import { scratchDir } from "../support/plans";

let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  scratch = await scratchDir();
});

afterAll(() => scratch.remove());

/** A usage error: the message on one line, then at most the pointer to --help. */
function expectUsageError(result: Awaited<ReturnType<typeof runPgs>>, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  const [first, ...rest] = result.stderr.split("\n").filter((line) => line !== "");
  expect(first).toMatch(/^pgs: /);
  expect(first).toMatch(message);
  expect(rest.every((line) => line.includes("--help"))).toBe(true);
  expect(rest.length).toBeLessThanOrEqual(1);
  expect(result.stderr).not.toContain("    at ");
}

test("--help explains every command and option and exits 0", async () => {
  const result = await runPgs(["--help"]);
  expect(result.code).toBe(0);
  for (const word of ["inspect", "export", "template", "--json", "--csv", "--separator", "--years"]) {
    expect(result.stdout).toContain(word);
  }
  expect(result.stdout).toMatch(/--csv\s+\S/);
  expect(result.stdout).toMatch(/--json\s+\S/);
  expect(result.stdout).toMatch(/--separator\s+\S/);
  expect(result.stdout).toMatch(/Uscita: 0/);
});

test("no command at all prints the help and exits 2", async () => {
  const result = await runPgs([]);
  expect(result.code).toBe(2);
  expect(result.stdout).toContain("pgs inspect");
});

test("an unknown command exits 2 with a one-line message naming it", async () => {
  expectUsageError(await runPgs(["esporta"]), /comando sconosciuto: esporta/);
});

test("a school year that is not one exits 2 with a one-line message quoting it", async () => {
  const out = scratch.path("mai.docx");
  expectUsageError(await runPgs(["template", "--years", "2024/2026", out]), /«2024\/2026»/);
  expect(existsSync(out)).toBe(false);
});

test("school years that do not follow each other exit 2", async () => {
  expectUsageError(
    await runPgs(["template", "--years", "2024/2025,2026/2027", scratch.path("x.docx")]),
    /consecutivi/,
  );
});

test("an unknown option exits 2 with an Italian message naming it", async () => {
  const result = await runPgs(["inspect", "--yaml", "piano.docx"]);
  expectUsageError(result, /opzione sconosciuta: --yaml/);
  expect(result.stderr.split("\n").filter((line) => line !== "")).toHaveLength(1);
});

test("an output that cannot be written exits 2 with one line naming it, before reading anything", async () => {
  const result = await runPgs(["export", "assets", "--csv", scratch.path("manca/cartella/piani.csv")]);
  expectUsageError(result, /impossibile scrivere .*piani\.csv \(ENOENT\)/);
});

test("a separator that would break the CSV is refused", async () => {
  for (const separator of ['"', ";;"]) {
    expectUsageError(
      await runPgs(["export", "assets", "--csv", scratch.path("x.csv"), "--separator", separator]),
      /separatore/,
    );
  }
});

test("template --years writes a template that inspect reads with those years", async () => {
  const out = scratch.path("modello 2024.docx");
  const written = await runPgs(["template", "--years", "2024/2025,2025/2026,2026/2027", out]);
  expect(written.code).toBe(0);
  expect(written.stderr).toContain(out);
  const read = await runPgs(["inspect", out, "--json"]);
  expect(read.code).toBe(0);
  expect((JSON.parse(read.stdout) as { years: string[] }).years).toEqual([
    "2024/2025",
    "2025/2026",
    "2026/2027",
  ]);
  const text = await runPgs(["inspect", out]);
  expect(text.stdout).toContain("Livelli di servizio (2024/2025, 2025/2026, 2026/2027)");
});
