/**
 * The offer to insert the template, where the page can serve the official file (the pane in Word,
 * the playground) and the open document is not the template; the jsdom panel tests mount the panel
 * without a source and so without the offer. The offer's code, with its years picker, loads only
 * when a document needs it, off the pane's first screen.
 */
import { Suspense, lazy } from "react";

import { useTemplateSource } from "../state";
import { useNotTemplate } from "./useNotTemplate";

const BlankDocument = lazy(async () => ({
  default: (await import(/* webpackChunkName: "blank-document" */ "./BlankDocument")).BlankDocument,
}));

export function BlankDocumentOffer() {
  const templateBase64 = useTemplateSource();
  const notTemplate = useNotTemplate();
  if (!templateBase64 || !notTemplate) return null;
  return (
    <Suspense fallback={null}>
      <BlankDocument templateBase64={templateBase64} />
    </Suspense>
  );
}
