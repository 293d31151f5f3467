/**
 * @jest-environment jsdom
 */
import "../support/dom";

import { act, fireEvent, render, screen } from "@testing-library/react";

import { type DeferredFallbacks, deferred, isChunkLoadError } from "../../src/taskpane/deferred";

function chunkLoadError(): Error {
  const error = new Error("Loading chunk section-planning failed.");
  error.name = "ChunkLoadError";
  return error;
}

const FALLBACKS: DeferredFallbacks = {
  Loading: () => <p>loading</p>,
  Failed: ({ error, onRetry }) => (
    <div role="alert">
      {isChunkLoadError(error) ? "not downloaded" : "failed"}
      <button onClick={onRetry}>retry</button>
    </div>
  ),
};

function Loaded() {
  return <p>section drawn</p>;
}

// React logs every error a boundary catches; the failures below are on purpose.
beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe("a deferred part of the pane", () => {
  test("whose download failed says so beside the rest of the page, and «retry» downloads it again", async () => {
    const load = jest
      .fn<Promise<typeof Loaded>, []>()
      .mockRejectedValueOnce(chunkLoadError())
      .mockResolvedValue(Loaded);
    const Section = deferred(load, FALLBACKS);
    render(
      <>
        <p>rest of the pane</p>
        <Section />
      </>,
    );
    expect((await screen.findByRole("alert")).textContent).toMatch(/^not downloaded/);
    screen.getByText("rest of the pane");

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "retry" })));
    await screen.findByText("section drawn");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test("that fails while drawing is told apart from a failed download", async () => {
    const Broken = () => {
      throw new Error("bug");
    };
    const Section = deferred(async () => Broken, FALLBACKS);
    render(<Section />);
    expect((await screen.findByRole("alert")).textContent).toMatch(/^failed/);
  });

  test("started at once is fetched before it is drawn, exactly once, and a failure then raises no unhandled rejection", async () => {
    const load = jest.fn<Promise<typeof Loaded>, []>().mockResolvedValue(Loaded);
    const Section = deferred(load, FALLBACKS, true);
    expect(load).toHaveBeenCalledTimes(1);
    render(<Section />);
    await screen.findByText("section drawn");
    expect(load).toHaveBeenCalledTimes(1);

    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      deferred(() => Promise.reject(chunkLoadError()), FALLBACKS, true);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  });

  test("not started at once is fetched only when drawn", async () => {
    const load = jest.fn<Promise<typeof Loaded>, []>().mockResolvedValue(Loaded);
    const Section = deferred(load, FALLBACKS);
    expect(load).not.toHaveBeenCalled();
    render(<Section />);
    await screen.findByText("section drawn");
    expect(load).toHaveBeenCalledTimes(1);
  });
});
