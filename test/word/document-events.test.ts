import { openDocument, templateBytes } from "../support/documents";

describe("onDocumentMayHaveChanged", () => {
  it("tells the panel when the selection moves in the document, until it unsubscribes", async () => {
    const { word, document } = await openDocument(templateBytes());
    const heard: string[] = [];
    const unsubscribe = document.onDocumentMayHaveChanged(() => heard.push("changed"));
    const selectNote = () =>
      word.Word.run(async (context) => {
        context.document.contentControls.getByTag("pgs:testo:note").getFirst().select();
        await context.sync();
      });
    await selectNote();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toEqual(["changed"]);
    unsubscribe();
    await selectNote();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toEqual(["changed"]);
  });
});
