#!/usr/bin/env node
// The CLI as compiled JavaScript (npm run build:cli, which npm runs at install as "prepare").
let cli;
try {
  cli = require("../dist-cli/main.cjs");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /dist-cli/.test(String(error.message))) {
    process.stderr.write("pgs: non è compilato: eseguire npm run build:cli (o npm install)\n");
    process.exit(3);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `pgs: errore inatteso: ${cli.oneLine(error instanceof Error ? error.message : String(error))}\n`,
    );
    process.exitCode = 3;
  },
);
