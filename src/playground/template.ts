/**
 * The template the playground opens first: the same file, fetched the same way, as the pane's
 * «Inserisci il modello ufficiale» (src/taskpane/official-template.ts).
 */
export {
  OFFICIAL_TEMPLATE_NAME as TEMPLATE_NAME,
  fetchOfficialTemplate as fetchTemplate,
  officialTemplateBase64,
} from "../taskpane/official-template";
