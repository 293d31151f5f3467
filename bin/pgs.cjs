#!/usr/bin/env node
// The CLI runs from the TypeScript sources through tsx, so `npx pgs` works in a fresh clone.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
const { oneLine } = require("../src/cli/terminal.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `pgs: errore inatteso: ${oneLine(error instanceof Error ? error.message : String(error))}\n`,
    );
    process.exitCode = 3;
  },
);
