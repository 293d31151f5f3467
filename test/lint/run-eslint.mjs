// Runs ESLint's Node API with the project's eslint.config.mjs for test/lint/office-addins.test.ts.
// It lives in its own process because ESLint loads its flat config with a dynamic import(), which
// Jest's CommonJS sandbox refuses (it would need --experimental-vm-modules).
//
// stdin:  {"files": [path...], "texts": [{"key", "filePath", "code"}...]}  (paths relative to the repo)
// stdout: {"files": {path: messages}, "texts": {key: messages}}
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const simplify = (messages) =>
  messages.map(({ ruleId, severity, message, line }) => ({ ruleId, severity, message, line }));

// Fixtures are ignored by `npm run lint` (they are wrong on purpose): lint them with the project's
// config, unchanged but for the ignore list.
const project = new ESLint({ cwd: ROOT, ignore: false });
// Virtual files (a filePath with nothing on disk) are unknown to the TypeScript project service,
// so they are linted without type information; the rules they exercise never use it.
const untyped = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ["**/*.{ts,tsx}"], ...tseslint.configs.disableTypeChecked }],
});

const out = { files: {}, texts: {} };
for (const file of request.files ?? []) {
  const [result] = await project.lintFiles([path.join(ROOT, file)]);
  out.files[file] = simplify(result.messages);
}
for (const { key, filePath, code } of request.texts ?? []) {
  const [result] = await untyped.lintText(code, { filePath: path.join(ROOT, filePath) });
  out.texts[key] = simplify(result.messages);
}
process.stdout.write(JSON.stringify(out));
