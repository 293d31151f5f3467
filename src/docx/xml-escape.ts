/** Escaping for XML written as text: one rule for the builder, the conformance kit's fixtures and the tests' generators. */

/** Character data: `&`, `<` and `>` (the last so that `]]>` can never appear). */
export const escapeXmlText = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A value between double quotes. */
export const escapeXmlAttribute = (value: string): string => escapeXmlText(value).replace(/"/g, "&quot;");
