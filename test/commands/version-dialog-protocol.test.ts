import { parseAnswer, parseRequest } from "../../src/commands/version-dialog-protocol";

const draft = { date: "29/11/2026", number: "2", summary: "Ambito 2" };

describe("what the function file and the dialog page send each other", () => {
  it("reads back every request it can write", () => {
    for (const request of [
      { kind: "draft", draft },
      { kind: "draft", draft, error: "Non registrata." },
      { kind: "message", text: "Word non ha completato l'operazione." },
    ] as const) {
      expect(parseRequest(JSON.stringify(request))).toEqual(request);
    }
  });

  it("rejects a request that is not one", () => {
    for (const text of [null, "", "{", "[]", '{"kind":"draft"}', '{"kind":"draft","draft":{"date":1}}']) {
      expect(parseRequest(text)).toBeUndefined();
    }
  });

  it("records only a well-formed «record» answer; anything else cancels", () => {
    expect(parseAnswer(JSON.stringify({ kind: "record", draft }))).toEqual({ kind: "record", draft });
    for (const text of [
      "",
      "oops",
      '{"kind":"record"}',
      '{"kind":"record","draft":{"date":"x"}}',
      '{"kind":"cancel"}',
    ]) {
      expect(parseAnswer(text)).toEqual({ kind: "cancel" });
    }
  });
});
