import { type FileHandle, open, readFile, readdir, rename, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { UnreadablePlanError } from "./open-plan";
import { UsageError } from "./usage";

export async function readBytes(file: string): Promise<Uint8Array> {
  // A FIFO or a device would block the read, or never end it.
  const info = await stat(file).catch(() => undefined);
  if (info && !info.isFile() && !info.isDirectory())
    throw new UnreadablePlanError(file, "non è un file regolare, non viene letto");
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

/** The inputs to read, and the ones left alone with why (in Italian, naming the file). */
export type Inputs = { readonly files: string[]; readonly skipped: string[] };

/**
 * The .docx files named, a folder standing for the .docx inside it (not Word's "~$" lock files).
 * Only regular files are read: a FIFO or a device named *.docx would block or never end, so it is
 * skipped with a message. A name that does not exist is kept, for the reader to report.
 */
export async function expandInputs(inputs: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const skipped: string[] = [];
  const add = async (file: string): Promise<void> => {
    const info = await stat(file).catch(() => undefined);
    if (info && !info.isFile()) skipped.push(`${file}: non è un file regolare, non viene letto`);
    else files.push(file);
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter(
        (name) => name.toLowerCase().endsWith(".docx") && !name.startsWith("~$"),
      );
      for (const name of names.sort()) await add(join(input, name));
    } else if (info && !info.isFile()) skipped.push(`${input}: non è un file regolare, non viene letto`);
    else files.push(input);
  }
  return { files, skipped };
}

/**
 * An output file written under a temporary name beside it and renamed into place by `commit`, so
 * an interrupted run never leaves a truncated file where the output belongs. Opened before any
 * work, so a path that cannot be written fails at once.
 */
export type Output = {
  readonly handle: FileHandle;
  commit(): Promise<void>;
  discard(): Promise<void>;
};

export async function openOutput(path: string): Promise<Output> {
  const temporary = `${path}.${process.pid}.tmp`;
  let handle: FileHandle;
  try {
    handle = await open(temporary, "w");
  } catch (error) {
    throw new UsageError(
      `impossibile scrivere ${path} (${(error as NodeJS.ErrnoException).code ?? "errore"})`,
    );
  }
  return {
    handle,
    async commit() {
      await handle.close();
      await rename(temporary, path);
    },
    async discard() {
      await handle.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
    },
  };
}
