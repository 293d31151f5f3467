/** Word.Paragraph (text only) and Word.ParagraphCollection. */
import { runText } from "../ooxml/text";
import type { TypeSpec } from "../runtime/spec";
import { collectionSpec } from "./collections";

export const paragraphSpec: TypeSpec = {
  name: "Paragraph",
  scalars: {
    text: { read: (p, s) => runText(p, s.meter, s.textView), readOnly: true },
  },
  navigation: {},
  methods: {},
};

export const paragraphCollectionSpec: TypeSpec = collectionSpec("ParagraphCollection", () => paragraphSpec);
