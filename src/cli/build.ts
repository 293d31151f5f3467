/**
 * Compiles pgs to JavaScript with esbuild: the command and its worker, each one CommonJS file in
 * dist-cli/, the packages of node_modules left to Node to load. Nothing compiles TypeScript when
 * pgs runs. Each file is written beside its place and renamed into it, so a pgs starting while
 * another build runs (parallel tests) never loads half a file.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";

const ROOT = resolve(__dirname, "../..");
export const CLI_OUT_DIR = join(ROOT, "dist-cli");

export function buildCli(): void {
  const result = buildSync({
    entryPoints: {
      main: join(ROOT, "src/cli/main.ts"),
      "export-worker": join(ROOT, "src/cli/export-worker.ts"),
    },
    outdir: CLI_OUT_DIR,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "warning",
  });
  mkdirSync(CLI_OUT_DIR, { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}

if (require.main === module) buildCli();
