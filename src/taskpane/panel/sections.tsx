/**
 * Every section of the panel in a chunk of its own, so that the scripts taskpane.html itself loads
 * draw only the first screen. Livelli di servizio, the section open at start, is fetched as soon as
 * the panel's code runs, while the document is read; the others are prefetched once the first
 * screen has loaded, so opening one rarely shows the spinner at all.
 *
 * Each export is a drop-in for the section of the same name (src/taskpane/deferred.tsx): a section
 * that is loading or failed to load never hides the rest of the panel.
 */
import { Button, Spinner, Text } from "@fluentui/react-components";
import type { ComponentType } from "react";

import { type DeferredFallbacks, deferred, isChunkLoadError } from "../deferred";
import { useStrings } from "../state";

const SECTION: DeferredFallbacks = {
  Loading: function SectionLoading() {
    const strings = useStrings();
    return <Spinner size="tiny" label={strings.loadingSection} />;
  },
  Failed: function SectionFailed({ error, onRetry }) {
    const strings = useStrings();
    return (
      <div role="alert">
        <Text block>{isChunkLoadError(error) ? strings.sectionNotLoaded : strings.sectionFailed}</Text>
        <Button size="small" onClick={onRetry}>
          {strings.retry}
        </Button>
      </div>
    );
  },
};

const section = (load: () => Promise<ComponentType>, startNow = false) => deferred(load, SECTION, startNow);

export const ServiceLevels = section(
  async () => (await import(/* webpackChunkName: "section-levels" */ "./ServiceLevels")).ServiceLevels,
  true,
);
export const Planning = section(
  async () =>
    (await import(/* webpackChunkName: "section-planning", webpackPrefetch: true */ "./Planning")).Planning,
);
export const Students = section(
  async () =>
    (await import(/* webpackChunkName: "section-students", webpackPrefetch: true */ "./Students")).Students,
);
export const Versions = section(
  async () =>
    (await import(/* webpackChunkName: "section-versions", webpackPrefetch: true */ "./Versions")).Versions,
);
export const Texts = section(
  async () => (await import(/* webpackChunkName: "section-texts", webpackPrefetch: true */ "./Texts")).Texts,
);
export const Problems = section(
  async () =>
    (await import(/* webpackChunkName: "section-problems", webpackPrefetch: true */ "./Problems")).Problems,
);
