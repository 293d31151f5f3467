/**
 * The emulator's RichApi host, as Microsoft's office.js client (1.1.110, unmodified) drives it:
 * the requests are the client's own, built from add-in code; a few raw requests show what the
 * client does not send on its own (a released reference, a null object path).
 */
/* eslint-disable office-addins/no-navigational-load -- the rule takes scalar names ("tag", "text") for navigation properties */
import { EmulatedWord } from "../../../src/emulator";
import type { RequestBody, ResponseBody } from "../../../src/emulator/richapi/protocol";
import { templateBytes } from "../../support/documents";
import { officeJsClient } from "../../support/office-js";
import { control, docx, paragraph, run } from "../../support/wordml";

async function open(): Promise<EmulatedWord> {
  return EmulatedWord.open(
    await docx(
      control({ tag: "uno" }, paragraph(run("Alfa"))) +
        control({ tag: "due" }, paragraph(run("Beta")) + paragraph(run("Gamma"))) +
        control({ tag: "tre" }, paragraph(run("Delta"))),
    ),
  );
}

async function raw(word: EmulatedWord, body: RequestBody): Promise<ResponseBody> {
  const send = word.richApiHost().connect();
  return JSON.parse(await send(JSON.stringify(body))) as ResponseBody;
}

describe("queries", () => {
  test("Select, Top and Skip shape a collection's items", async () => {
    const word = await open();
    const { Word } = officeJsClient(word);
    const tags = await Word.run(async (context) => {
      const controls = context.document.contentControls.load({ select: "tag", top: 1, skip: 1 });
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(tags).toEqual(["due"]);
  });

  test("a nested path loads a navigation property's items in the same request", async () => {
    const word = await open();
    const { Word } = officeJsClient(word);
    const texts = await Word.run(async (context) => {
      const second = context.document.contentControls.getByTag("due").getFirst();
      second.load("paragraphs/items/text");
      await context.sync();
      return second.paragraphs.items.map((p) => p.text);
    });
    expect(texts).toEqual(["Beta", "Gamma"]);
  });

  test("load() with no names returns every scalar the emulator knows of the type", async () => {
    const word = await open();
    const { Word } = officeJsClient(word);
    const json = await Word.run(async (context) => {
      const first = context.document.contentControls.getFirst();
      // eslint-disable-next-line office-addins/no-empty-load -- the empty load is the case
      first.load();
      await context.sync();
      return first.toJSON();
    });
    expect(json).toMatchObject({ tag: "uno", text: "Alfa", type: "RichText", cannotEdit: false });
  });

  test("a null object comes back as null, and office.js reports isNullObject", async () => {
    const word = await open();
    const { Word } = officeJsClient(word);
    const isNull = await Word.run(async (context) => {
      const none = context.document.contentControls.getByTag("nessuno").getFirstOrNullObject();
      none.load("text");
      await context.sync();
      return none.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});

describe("identity and references", () => {
  test("with index identity an item loaded in one request is written in the next as GetItemAt of its collection", async () => {
    const word = await open();
    const { Word, host } = officeJsClient(word, { identity: "index" });
    const sent: string[] = [];
    const connect = host.connect.bind(host);
    host.connect = () => {
      const send = connect();
      return (text) => (sent.push(text), send(text));
    };
    await Word.run(async (context) => {
      const found = context.document.contentControls.getByTag("tre").load("items/text");
      await context.sync();
      found.items[0]!.insertText("Epsilon", "Replace");
      await context.sync();
    });
    expect(sent[1]).toContain('"Name":"GetItemAt"');
    const text = await Word.run(async (context) => {
      const found = context.document.contentControls.getByTag("tre").getFirst().load("text");
      await context.sync();
      return found.text;
    });
    expect(text).toBe("Epsilon");
  });

  test("with reference identity every item is tracked, and the cleanup request after Word.run releases them all", async () => {
    const word = await open();
    const { Word, host } = officeJsClient(word, { identity: "reference" });
    await Word.run(async (context) => {
      context.document.contentControls.load("items/tag");
      await context.sync();
    });
    const [query, cleanup] = host.exchanges;
    expect(query).toMatchObject({ cleanup: false });
    expect(cleanup).toMatchObject({ cleanup: true });
    const index = officeJsClient(await open(), { identity: "index" });
    await index.Word.run(async (context) => {
      context.document.contentControls.load("items/tag");
      await context.sync();
    });
    expect(cleanup!.requestBytes).toBeGreaterThan(index.host.exchanges[1]!.requestBytes);
  });

  test("a released reference is an InvalidObjectPath error naming the failing action", async () => {
    const response = await raw(await open(), {
      AutoKeepReference: false,
      Actions: [
        { Id: 2, ActionType: 1, Name: "", ObjectPathId: 1 },
        { Id: 3, ActionType: 2, Name: "", ObjectPathId: 1, QueryInfo: { Select: ["text"] } },
      ],
      ObjectPaths: { "1": { Id: 1, ObjectPathType: 6, Name: "emu:999" } },
    });
    expect(response.Error).toMatchObject({ Code: "InvalidObjectPath", ActionIndex: 0 });
  });

  test("a NullObject path instantiates as null", async () => {
    const response = await raw(await open(), {
      Actions: [{ Id: 2, ActionType: 1, Name: "", ObjectPathId: 1 }],
      ObjectPaths: { "1": { Id: 1, ObjectPathType: 7, Name: "" } },
    });
    expect(response.Results).toEqual([{ ActionId: 2, Value: null }]);
  });
});

describe("errors", () => {
  test("ItemNotFound reaches office.js with its location, and office.js prints the failing statement", async () => {
    const word = await open();
    const { Word } = officeJsClient(word);
    const error = await Word.run(async (context) => {
      context.document.contentControls.getByTag("nessuno").getFirst().load("text");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "ContentControlCollection.getFirst" },
    });
    expect((error as { debugInfo: { statement: string } }).debugInfo.statement).toContain("getFirst()");
  });

  test("a write to a missing control fails the request and the writes queued before it have landed", async () => {
    const word = await open();
    const { Word } = officeJsClient(word);
    await expect(
      Word.run(async (context) => {
        const controls = context.document.contentControls;
        controls.getByTag("uno").getFirst().title = "prima";
        controls.getByTag("nessuno").getFirst().title = "mai";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    const title = await word.Word.run(async (context) => {
      const first = context.document.contentControls.getByTag("uno").getFirst().load("title");
      await context.sync();
      return first.title;
    });
    expect(title).toBe("prima");
  });
});

test("the template reads the same through both clients, in the same number of emulator syncs", async () => {
  const bytes = templateBytes();
  const read = async (word: EmulatedWord, Word: { run: EmulatedWord["Word"]["run"] }) => {
    word.resetStats();
    const tags = await Word.run(async (context) => {
      const controls = context.document.contentControls.load("items/tag,items/text");
      await context.sync();
      return controls.items.map((c) => `${c.tag}=${c.text}`);
    });
    return { tags, syncs: word.stats.syncs };
  };
  const ours = await EmulatedWord.open(bytes);
  const theirs = await EmulatedWord.open(bytes);
  const expected = await read(ours, ours.Word);
  expect(expected.tags.length).toBeGreaterThan(1000);
  expect(await read(theirs, officeJsClient(theirs).Word)).toEqual(expected);
});
