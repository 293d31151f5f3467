import type { Tag } from "../plan/tags";
import { DocumentError, officeErrorCode } from "./errors";
import type { WordHost } from "./host";

/**
 * Puts Word's selection on the field with `tag`, so the person can type there: one Word.run, one
 * sync. `getFirst()` (WordApi 1.3) "throws an ItemNotFound error if this collection is empty"
 * (https://learn.microsoft.com/javascript/api/word/word.contentcontrolcollection#word-word-contentcontrolcollection-getfirst-member(1)),
 * which tells a missing control apart at that one sync; `getFirstOrNullObject` would need a second
 * sync to read `isNullObject` before `select()` could be queued, or rely on undocumented behaviour
 * of a method called on a null object. `select()` is WordApi 1.1
 * (https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-select-member(1)).
 */
export async function selectField(host: WordHost, tag: Tag): Promise<void> {
  await host.run(async (context) => {
    context.document.contentControls.getByTag(tag).getFirst().select();
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) === "ItemNotFound")
        throw new DocumentError("field-not-found", `No control ${tag} to select`, error);
      throw new DocumentError("host-failed", `Word did not select ${tag}`, error);
    }
  });
}
