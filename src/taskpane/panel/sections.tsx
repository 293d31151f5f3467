/**
 * The sections of the panel that are not open at start, each in a chunk of its own: the first
 * screen (the header, the message bar and Livelli di servizio) does not wait for the planning grid,
 * the versions dialog or the students' fields. Each chunk is prefetched once the first screen has
 * loaded, so opening a section rarely shows the spinner at all.
 *
 * Each export is a drop-in for the section of the same name: it brings its own Suspense boundary,
 * so a section that is still loading never hides the rest of the panel.
 */
import { Spinner } from "@fluentui/react-components";
import { type ComponentType, Suspense, lazy } from "react";

import { useStrings } from "../state";

function SectionLoading() {
  const strings = useStrings();
  return <Spinner size="tiny" label={strings.loadingSection} />;
}

/** A section whose code is fetched the first time it is drawn. */
function deferred(load: () => Promise<ComponentType>): ComponentType {
  const Lazy = lazy(async () => ({ default: await load() }));
  function DeferredSection() {
    return (
      <Suspense fallback={<SectionLoading />}>
        <Lazy />
      </Suspense>
    );
  }
  return DeferredSection;
}

export const Planning = deferred(
  async () =>
    (await import(/* webpackChunkName: "section-planning", webpackPrefetch: true */ "./Planning")).Planning,
);
export const Students = deferred(
  async () =>
    (await import(/* webpackChunkName: "section-students", webpackPrefetch: true */ "./Students")).Students,
);
export const Versions = deferred(
  async () =>
    (await import(/* webpackChunkName: "section-versions", webpackPrefetch: true */ "./Versions")).Versions,
);
export const Texts = deferred(
  async () => (await import(/* webpackChunkName: "section-texts", webpackPrefetch: true */ "./Texts")).Texts,
);
export const Problems = deferred(
  async () =>
    (await import(/* webpackChunkName: "section-problems", webpackPrefetch: true */ "./Problems")).Problems,
);
