/** `Office.AsyncResult` values handed to common-API callbacks. */
export const ASYNC_RESULT_STATUS = { Succeeded: "succeeded", Failed: "failed" } as const;

export type AsyncResult<T> = {
  readonly status: (typeof ASYNC_RESULT_STATUS)[keyof typeof ASYNC_RESULT_STATUS];
  readonly value: T | undefined;
  readonly asyncContext: unknown;
  readonly error: { readonly name: string; readonly message: string; readonly code: number } | undefined;
};

export type AsyncCallback<T> = (result: AsyncResult<T>) => void;

export function succeeded<T>(value: T, asyncContext: unknown): AsyncResult<T> {
  return { status: ASYNC_RESULT_STATUS.Succeeded, value, asyncContext, error: undefined };
}

/** Office's generic "internal error" code, 5001, for failures the emulator cannot classify. */
export function failed<T>(e: unknown, asyncContext: unknown): AsyncResult<T> {
  const message = e instanceof Error ? e.message : String(e);
  return {
    status: ASYNC_RESULT_STATUS.Failed,
    value: undefined,
    asyncContext,
    error: { name: "Internal Error", message, code: 5001 },
  };
}
