/**
 * A component whose code is a chunk of its own, fetched the first time it is drawn or at once.
 * It brings its own Suspense boundary and its own error boundary: while it loads, or when its
 * download failed, the rest of the page stays usable, and a failed download can be retried
 * without reopening the pane.
 */
import { Component, type ComponentType, type ReactNode, Suspense, lazy, useState } from "react";

export type DeferredFallbacks = {
  readonly Loading: ComponentType;
  readonly Failed: ComponentType<{ readonly error: unknown; readonly onRetry: () => void }>;
};

/** webpack names the error of a chunk it could not fetch (network, server, an offline Word). */
export const isChunkLoadError = (error: unknown): boolean =>
  error instanceof Error && error.name === "ChunkLoadError";

type BoundaryProps = {
  readonly children: ReactNode;
  readonly Failed: DeferredFallbacks["Failed"];
  readonly onRetry: () => void;
};
type BoundaryState = { readonly error: unknown; readonly failed: boolean };

/** Error boundaries are class components only (React has no hook for them). */
class DeferredBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  override render(): ReactNode {
    const { Failed, onRetry, children } = this.props;
    return this.state.failed ? <Failed error={this.state.error} onRetry={onRetry} /> : children;
  }
}

/**
 * `load` fetches the component; with `startNow` the fetch starts when this is called rather than at
 * the first draw. A failed fetch stays failed in React.lazy's cache, so a retry makes a new lazy
 * component that fetches again; a successful one is cached by webpack and later mounts draw at once.
 */
export function deferred(
  load: () => Promise<ComponentType>,
  { Loading, Failed }: DeferredFallbacks,
  startNow = false,
): ComponentType {
  let started = startNow ? load() : undefined;
  // Fetched early but never drawn, a failure must not surface as an unhandled rejection; drawn, it
  // still reaches the boundary through `started`.
  started?.catch(() => undefined);
  const makeLazy = () =>
    lazy(async () => {
      const component = started ?? load();
      started = undefined;
      return { default: await component };
    });
  let Lazy = makeLazy();

  function Deferred() {
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Lazy = makeLazy();
      setAttempt(attempt + 1);
    };
    return (
      <DeferredBoundary key={attempt} Failed={Failed} onRetry={retry}>
        <Suspense fallback={<Loading />}>
          <Lazy />
        </Suspense>
      </DeferredBoundary>
    );
  }
  return Deferred;
}
