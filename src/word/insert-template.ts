import { DocumentError } from "./errors";
import type { WordHost } from "./host";

/**
 * The largest file `Body.insertFileFromBase64` accepts, before base64 ("max 4 MB"; assumption that
 * the limit is on the file, not on its base64 text). The official template is about 30 KB.
 */
export const INSERT_FILE_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * Puts the template (a whole .docx, as base64) into a document that holds nothing yet: one Word.run,
 * two syncs. The first reads whether the body has any text, any content control or any table; when
 * it has, nothing is written, so what a person wrote is never replaced. The second inserts with
 * `Body.insertFileFromBase64(…, "Replace")` (WordApi 1.1,
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-insertfilefrombase64-member(1)).
 * Headers and footers of the file are not carried by design
 * (https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-troubleshooting), nor are its
 * document settings: the template's page footer is lost, its fields are not.
 * Not checked: a picture alone in an otherwise empty body (`body.inlinePictures` is not emulated yet).
 */
export async function insertTemplate(host: WordHost, base64: string): Promise<void> {
  await host.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    const control = body.contentControls.getFirstOrNullObject();
    // Loading any property fills isNullObject; a blank body has no control, so its text costs nothing.
    control.load("text");
    const table = body.tables.getFirstOrNullObject();
    table.load("rowCount");
    await context.sync();
    if (body.text.trim() !== "" || !control.isNullObject || !table.isNullObject) {
      throw new DocumentError(
        "document-not-blank",
        "The document already holds content: nothing was inserted",
      );
    }
    body.insertFileFromBase64(base64, "Replace");
    try {
      await context.sync();
    } catch (error) {
      throw new DocumentError("host-failed", "Word did not insert the template", error);
    }
  });
}
