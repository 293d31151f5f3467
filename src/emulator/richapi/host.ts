/**
 * The emulator as a RichApi host: what answers Microsoft's office.js client when it stands in
 * front of the emulated document instead of the emulator's own client. The host speaks JSON text
 * in and out, as Word's transports carry it, so any way of plugging the client in (its
 * `SessionBase._overrideSession` hook in tests, a page's bridge) needs only to pass the text on.
 */
import { documentHandle } from "../api/document";
import { RequestContextImpl } from "../runtime/context";
import type { Handle } from "../runtime/handle";
import type { DocumentSession } from "../session";
import { ACTION, type RequestBody } from "./protocol";
import { carryOut, type Connection, type IdentityScheme } from "./request";

export type { IdentityScheme } from "./request";

export type RichApiOptions = {
  /**
   * How the items of a loaded collection come back: each with a `_ReferenceId` ("reference"), so
   * office.js tracks every item and releases them all in a cleanup request after `Word.run`, or
   * with no identity ("index"), so office.js addresses an item as `GetItemAt(i)` of its
   * collection. Which one Word uses is not documented: "index" unless said (an assumption).
   */
  readonly identity?: IdentityScheme;
};

/** One request as it crossed the boundary: its size each way, and whether it only released references. */
export type RichApiExchange = {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cleanup: boolean;
};

const utf8 = new TextEncoder();

export class RichApiHost {
  private readonly log: RichApiExchange[] = [];
  private nextReference = 1;

  constructor(
    private readonly session: DocumentSession,
    private readonly options: RichApiOptions = {},
  ) {}

  /** Every request answered so far, in order. */
  get exchanges(): readonly RichApiExchange[] {
    return this.log;
  }

  resetExchanges(): void {
    this.log.length = 0;
  }

  /**
   * A connection for one office.js request context: the client creates its executor once per
   * context, and the references it is given stay valid across that context's requests.
   */
  connect(): (requestText: string) => Promise<string> {
    const ctx = new RequestContextImpl(this.session, documentHandle);
    const references = new Map<string, Handle>();
    const names = new WeakMap<Handle, string>();
    const connection: Connection = {
      ctx,
      identity: this.options.identity ?? "index",
      refer: (handle) => {
        let name = names.get(handle);
        if (name === undefined || !references.has(name)) {
          name = `emu:${this.nextReference++}`;
          names.set(handle, name);
          references.set(name, handle);
        }
        return name;
      },
      referenced: (name) => references.get(name),
      release: (name) => void references.delete(name),
    };
    return async (requestText) => {
      const body = JSON.parse(requestText) as RequestBody;
      const responseText = JSON.stringify(await carryOut(connection, body));
      this.log.push({
        requestBytes: utf8.encode(requestText).length,
        responseBytes: utf8.encode(responseText).length,
        cleanup: isCleanup(body),
      });
      return responseText;
    };
  }
}

/** The request office.js sends after `Word.run` on its own: it only releases references. */
function isCleanup(body: RequestBody): boolean {
  return body.Actions.every((a) => a.ActionType === ACTION.instantiate || a.Name === "_RemoveReference");
}
