/** Collection specs share getFirst / getFirstOrNullObject (WordApi 1.3). */
import type { Handle } from "../runtime/handle";
import type { MethodSpec, TypeSpec } from "../runtime/spec";

export function firstOf(self: Handle, nullable: boolean): Handle {
  const spec = self.spec.item?.();
  if (!spec) throw new Error(`${self.spec.name} is not a collection`);
  const where = `${self.spec.name}.${nullable ? "getFirstOrNullObject" : "getFirst"}`;
  return self.derive(
    spec,
    { kind: "object", nullable, where, resolve: () => self.members()[0] ?? null },
    "1.3",
  );
}

export const FIRST_METHODS: Readonly<Record<string, MethodSpec>> = {
  getFirst: (self) => firstOf(self, false).proxy,
  getFirstOrNullObject: (self) => firstOf(self, true).proxy,
};

export function collectionSpec(
  name: string,
  item: () => TypeSpec,
  methods: Readonly<Record<string, MethodSpec>> = {},
): TypeSpec {
  return { name, scalars: {}, navigation: {}, methods: { ...FIRST_METHODS, ...methods }, item };
}
