/** Word.Paragraph (its text, and `select`, WordApi 1.1) and Word.ParagraphCollection. */
import { runText } from "../ooxml/text";
import type { TypeSpec } from "../runtime/spec";
import { collectionSpec } from "./collections";

export const paragraphSpec: TypeSpec = {
  name: "Paragraph",
  scalars: {
    text: { read: (p, s) => runText(p, s.meter, s.textView), readOnly: true },
  },
  navigation: {},
  methods: {
    select: (self) => {
      self.enqueue("select", () => self.session.select(self.target("Paragraph.select")));
      return undefined;
    },
  },
};

export const paragraphCollectionSpec: TypeSpec = collectionSpec("ParagraphCollection", () => paragraphSpec);
