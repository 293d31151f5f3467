/** Progress on a terminal only: files done of total, rate and time left, one line rewritten in place. */
import { progressOnTerminal } from "../../src/cli/progress";
import { formatDuration } from "../../src/cli/terminal";

function stream(isTTY: boolean): { written: string[]; stream: NodeJS.WriteStream } {
  const written: string[] = [];
  const fake = { isTTY, write: (chunk: string) => written.push(chunk) > 0 };
  return { written, stream: fake as unknown as NodeJS.WriteStream };
}

test("on a terminal, draws files done of total, the rate and the time left, and clears the line at the end", () => {
  const { written, stream: tty } = stream(true);
  const progress = progressOnTerminal(5, tty);
  progress.step();
  progress.done();
  expect(written[0]).toMatch(/^\r1\/5 file, \d+\.\d file\/s, mancano (\d+ s|—|\d+ min \d\d s) *$/);
  expect(written.at(-1)).toMatch(/^\r +\r$/);
});

test("writes nothing at all when the stream is not a terminal", () => {
  const { written, stream: pipe } = stream(false);
  const progress = progressOnTerminal(5, pipe);
  progress.step();
  progress.done();
  expect(written).toEqual([]);
});

test("writes the time left in minutes and seconds", () => {
  expect(formatDuration(65.4)).toBe("1 min 05 s");
  expect(formatDuration(12)).toBe("12 s");
});
