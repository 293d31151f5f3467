/**
 * Reading what `pgs export` writes (RFC 4180: quoted fields may hold the separator, doubled quotes
 * and line breaks): whole records for the tests, a streamed count for the benchmark.
 */
import { createReadStream } from "node:fs";

export function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) {
      record.push(field);
      field = "";
    } else if (char === "\n" || (char === "\r" && text[index + 1] === "\n")) {
      if (char === "\r") index++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (quoted) throw new Error("CSV ends inside a quoted field");
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records;
}

/**
 * Records in a CSV file, streamed: the benchmark's export is hundreds of megabytes, too large to
 * hold as records. A record ends at a line feed outside quotes (a doubled quote toggles twice).
 */
export async function countCsvRecords(file: string): Promise<number> {
  let records = 0;
  let quoted = false;
  let last = "";
  for await (const chunk of createReadStream(file, { encoding: "utf8" })) {
    const text = chunk as string;
    for (let index = 0; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char === 34) quoted = !quoted;
      else if (char === 10 && !quoted) records++;
    }
    if (text.length > 0) last = text[text.length - 1] as string;
  }
  return last !== "" && last !== "\n" ? records + 1 : records;
}
