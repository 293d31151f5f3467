/**
 * The glossary building block that every control names as its placeholder. Its content is a single
 * space, so a control that the add-in clears (Word then shows the placeholder, office-js #1515)
 * still looks empty instead of showing "Fare clic o toccare qui per immettere il testo.".
 */
export const BLANK_PLACEHOLDER = {
  name: "PgsVuoto",
  /** Word identifies building blocks by guid as well as by name; any fixed value will do. */
  guid: "{5B0E6C1D-8A2F-4C3B-9D7E-1F2A3B4C5D6E}",
  /** Word files custom placeholders under the "General" category of the placeholder gallery. */
  category: "General",
} as const;
