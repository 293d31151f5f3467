import { readFileSync } from "node:fs";

/** Lines of the seed that describe the template instead of being part of it. */
const NOT_TEMPLATE_TEXT = [/^Empty box for the description/, /^-+$/];

/**
 * The seed's text items in order: each tab-separated cell of each line, without the seed's markup
 * (<i>, <p>, **), list dashes, the sommario's page numbers and dot leaders.
 */
export function seedItems(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .flatMap((line) => line.split("\t"))
    .map((cell) =>
      cell
        .replace(/<\/?(i|p)>|\*\*/g, "")
        .replace(/^- /, "")
        .replace(/\s*\.\.\.$/, "")
        .trim(),
    )
    .filter(
      (cell) =>
        cell !== "" && !/^\d+$/.test(cell) && !NOT_TEMPLATE_TEXT.some((pattern) => pattern.test(cell)),
    );
}

/**
 * Compared without any whitespace (pdftotext breaks table text anywhere, even inside words),
 * case-insensitively (Heading 1 shows capitals), and with runs of dots as one (the sommario's
 * "ecc.)" versus the headings' "ecc..)", quirks.ts #5).
 */
export function comparable(text: string): string {
  return text.toLocaleLowerCase("it-IT").replace(/\s+/g, "").replace(/\.+/g, ".");
}

/** The first item of `items` that is not found in `text` after the previous one, or undefined. */
export function firstOutOfOrder(
  text: string,
  items: readonly string[],
): { item: string; index: number; context: string } | undefined {
  const haystack = comparable(text);
  let position = 0;
  for (const [index, item] of items.entries()) {
    const found = haystack.indexOf(comparable(item), position);
    if (found < 0) return { item, index, context: haystack.slice(position, position + 200) };
    position = found + comparable(item).length;
  }
  return undefined;
}
