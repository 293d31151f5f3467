import { type FileHandle, open, readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { UnreadablePlanError } from "./open-plan";
import { UsageError } from "./usage";

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "file inesistente"
        : code === "EISDIR"
          ? "è una cartella"
          : `non leggibile (${code ?? "errore"})`;
    throw new UnreadablePlanError(file, reason);
  }
}

/** The .docx files named, a folder standing for the .docx inside it (not Word's "~$" lock files). */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter(
        (name) => name.toLowerCase().endsWith(".docx") && !name.startsWith("~$"),
      );
      files.push(...names.sort().map((name) => join(input, name)));
    } else files.push(input);
  }
  return files;
}

/** An output file, opened before any work so a path that cannot be written fails at once. */
export async function openOutput(path: string): Promise<FileHandle> {
  try {
    return await open(path, "w");
  } catch (error) {
    throw new UsageError(
      `impossibile scrivere ${path} (${(error as NodeJS.ErrnoException).code ?? "errore"})`,
    );
  }
}
