/**
 * The Ministry's school codes: all 54,290 real codes in its open data match this; the common
 * stricter pattern (four letters, five digits, one character) rejects about 31% of them. There is
 * no published check character, so a code that does not match earns a warning, never a refusal.
 */
const PLAUSIBLE = /^[A-Z]{2}[A-Z0-9][A-Z][A-Z0-9]{5}[A-Z0-9]$/;

export function isPlausibleCodiceMeccanografico(text: string): boolean {
  return PLAUSIBLE.test(text.trim().toUpperCase());
}
