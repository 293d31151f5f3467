/**
 * The key of a fill target, in a file of its own: tags and control titles are derived from it,
 * and the field schema is built from those, so the key sits below all three.
 */
import type { CampoId, TestoId, VoceDescrizioneId } from "./texts";
import type { ClasseId, IndirizzoId, PlanningMonthId, SchoolYear, ServiceLevelId } from "./vocabulary";

/** What a fill target is, in domain terms. Its tag is derived from this and nothing else. */
export type FieldKey =
  | {
      readonly kind: "livello";
      readonly row: string;
      readonly year: SchoolYear;
      readonly level: ServiceLevelId;
    }
  | {
      readonly kind: "mese";
      readonly row: string;
      readonly year: SchoolYear;
      readonly month: PlanningMonthId;
    }
  | { readonly kind: "alunni"; readonly indirizzo: IndirizzoId; readonly classe: ClasseId }
  | { readonly kind: "descrizione"; readonly azione: string; readonly voce: VoceDescrizioneId }
  | { readonly kind: "campo"; readonly campo: CampoId }
  | { readonly kind: "testo"; readonly testo: TestoId };
