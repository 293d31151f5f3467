import { parseArgs } from "node:util";

/** A mistake in how pgs was called: one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/** Node's messages for its argument errors, in Italian, naming the option. */
function italian(error: { code?: string; message: string }): string {
  const option = /'(-{1,2}[^'\s]+)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `opzione sconosciuta: ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `l'opzione ${option} vuole un valore`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return "argomento inatteso";
    default:
      return error.message;
  }
}

/** node:util's parseArgs with Italian usage errors. */
export function parseCommand<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code?.startsWith("ERR_PARSE_ARGS"))
      throw new UsageError(italian(error as { code?: string; message: string }));
    throw error;
  }
}
