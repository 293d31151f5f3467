/**
 * What jsdom lacks and the panel's stack needs, for test files that run with
 * `@jest-environment jsdom`. Import it first in those files.
 */
import { TextDecoder, TextEncoder } from "node:util";

import { configure } from "@testing-library/dom";

const g = globalThis as Record<string, unknown>;
// fflate and xmldom (under the emulator) encode and decode text.
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
// Fluent's motion asks whether the user prefers reduced motion.
if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Role queries check every ancestor's computed style to skip hidden elements, which costs seconds
// per query in jsdom over the panel's ~800 controls. Collapsed sections are not rendered at all,
// so nothing hidden can match by mistake.
configure({ defaultHidden: true });

// The panel keeps the control the keyboard focused in view as its layout changes; jsdom lays
// nothing out, so nothing ever resizes or scrolls.
g.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
Element.prototype.scrollIntoView ??= () => undefined;
