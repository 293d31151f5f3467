import { useCallback, useState } from "react";

/**
 * What the user just chose for a control, shown while its write is on its way. It is a pending
 * intent, not a plan value: it is dropped as soon as the write has finished and the document has
 * been read again, and from then on the control shows what the document holds (refusal included).
 */
export function usePending<K extends string, V>() {
  const [pending, setPending] = useState<ReadonlyMap<K, V>>(new Map());

  const track = useCallback((key: K, value: V, write: Promise<unknown>) => {
    setPending((current) => new Map(current).set(key, value));
    void write.finally(() =>
      setPending((current) => {
        const next = new Map(current);
        next.delete(key);
        return next;
      }),
    );
  }, []);

  return { pending, track };
}
