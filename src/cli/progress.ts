/**
 * Progress of a long run on a terminal: files done of total, the rate and the time left, on one
 * line of stderr rewritten in place. Nothing at all when stderr is not a terminal (a pipe, a file,
 * a CI log), where a line rewritten with \r would only be noise.
 */
import { formatDuration } from "./terminal";

/** Redrawn at most this often: a terminal that redraws on every one of 5,000 files slows the run. */
const REDRAW_MS = 250;
const WIDTH = 72;

export type Progress = { step(): void; done(): void };

export function progressOnTerminal(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { step() {}, done() {} };
  const started = Date.now();
  let finished = 0;
  let drawn = 0;
  const draw = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? finished / seconds : 0;
    const left = rate > 0 ? formatDuration((total - finished) / rate) : "—";
    stream.write(
      `\r${`${finished}/${total} file, ${rate.toFixed(1)} file/s, mancano ${left}`.padEnd(WIDTH)}`,
    );
    drawn = Date.now();
  };
  return {
    step() {
      finished++;
      if (Date.now() - drawn >= REDRAW_MS) draw();
    },
    done() {
      stream.write(`\r${" ".repeat(WIDTH)}\r`);
    },
  };
}
