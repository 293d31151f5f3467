/**
 * The offer to insert the official template, where the page can serve its bytes (the pane in Word,
 * the playground); the jsdom tests mount the panel without a source and so without the offer.
 */
import { OFFICIAL_SCHOOL_YEARS } from "../../plan/vocabulary";
import { useTemplateSource } from "../state";
import { BlankDocument } from "./BlankDocument";

export function BlankDocumentOffer() {
  const templateBase64 = useTemplateSource();
  if (!templateBase64) return null;
  return <BlankDocument years={OFFICIAL_SCHOOL_YEARS} templateBase64={templateBase64} />;
}
