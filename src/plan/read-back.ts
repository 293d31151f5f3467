import { type Plan, severalLevels } from "./read";
import type { PlanProblem } from "./problems";
import type { Tag } from "./tags";
import { type FieldValue, readValue } from "./values";

/** Problems that belong to one field's own text, and so change when that text is rewritten. */
const VALUE_PROBLEMS: ReadonlySet<PlanProblem["code"]> = new Set([
  "unreadable-mark",
  "invalid-count",
  "invalid-date",
]);

/**
 * The plan after a write, from what the write itself read back (ApplyResult.readBack): the written
 * fields take their new text, value and value problems; every other field stays as last read, so a
 * change someone made elsewhere is still caught against that read. Levels marked twice are worked
 * out again because a write can resolve or create them. Everything else waits for the next full
 * read (the pane opening, Word's change hints, focus, «Rileggi»).
 */
export function planAfterWrite(plan: Plan, readBack: ReadonlyMap<Tag, string>): Plan {
  if (readBack.size === 0) return plan;
  const values = new Map<Tag, FieldValue>(plan.values);
  const texts = new Map<Tag, string>(plan.texts);
  const fieldProblems: PlanProblem[] = [];
  for (const [tag, text] of readBack) {
    const def = plan.schema.byTag.get(tag);
    if (!def) continue;
    const read = readValue(def.value, text);
    values.set(tag, read.value);
    texts.set(tag, text);
    if (read.problem) fieldProblems.push({ ...read.problem, tag, label: def.label });
  }
  const kept = plan.problems.filter(
    (problem) =>
      problem.code !== "several-levels" &&
      !(VALUE_PROBLEMS.has(problem.code) && "tag" in problem && readBack.has(problem.tag as Tag)),
  );
  return {
    ...plan,
    values,
    texts,
    problems: [...kept, ...fieldProblems, ...severalLevels(plan.schema, values)],
  };
}
