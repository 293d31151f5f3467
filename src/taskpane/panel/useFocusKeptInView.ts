import { type RefObject, useEffect, useRef } from "react";

/**
 * Keeps the control the keyboard focused (Tab, arrows) in view while the pane's layout settles
 * under it. The browser scrolls a control into view as it takes focus, but a section may still be
 * animating closed or open then, or its code still arriving, and the control moves out of view a
 * moment later (WCAG 2.4.11, focus not obscured). Each change of the pane's size scrolls it back,
 * until the person clicks or scrolls, or focus leaves it. "Focused by the keyboard" is the
 * browser's own judgement, `:focus-visible`: focus-management libraries such as Fluent's move
 * focus themselves on Tab, so the key itself is not a reliable sign.
 */
export function useFocusKeptInView<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const page = root.ownerDocument;
    let kept: HTMLElement | undefined;
    const keepInView = () => {
      if (kept && kept === page.activeElement) kept.scrollIntoView({ block: "nearest", inline: "nearest" });
      else kept = undefined;
    };
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      kept = target instanceof HTMLElement && target.matches(":focus-visible") ? target : undefined;
      keepInView();
    };
    const release = () => {
      kept = undefined;
    };
    const resizes = new ResizeObserver(keepInView);
    resizes.observe(root);
    page.addEventListener("pointerdown", release, true);
    page.addEventListener("wheel", release, { capture: true, passive: true });
    root.addEventListener("focusin", onFocusIn);
    return () => {
      resizes.disconnect();
      page.removeEventListener("pointerdown", release, true);
      page.removeEventListener("wheel", release, { capture: true });
      root.removeEventListener("focusin", onFocusIn);
    };
  }, []);
  return ref;
}
