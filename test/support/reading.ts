import type { PlanSchema } from "../../src/plan/fields";
import { documentLayout } from "../../src/plan/layout";
import type { DocumentReading } from "../../src/plan/read";
import { BLANK_CONTENT } from "../../src/plan/values";

/** What a host would read from a template whose fields hold `texts` (blank elsewhere). */
export function readingOf(
  schema: PlanSchema,
  texts: ReadonlyMap<string, string> = new Map(),
): DocumentReading {
  const text = (tag: string) => texts.get(tag) ?? BLANK_CONTENT;
  const tables = documentLayout(schema).flatMap((block) =>
    block.kind === "table" || block.kind === "controlled-table"
      ? [
          block.table.rows.map((row) =>
            row.cells.map((cell) => {
              const content = cell.content;
              if (content.kind === "label") return content.text;
              if (content.kind === "field") return `${content.label ?? ""}${text(content.tag)}`;
              return "";
            }),
          ),
        ]
      : [],
  );
  return { controls: schema.fields.map((def) => ({ tag: def.tag, text: text(def.tag) })), tables };
}
