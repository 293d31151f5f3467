/**
 * sRGB colours as WCAG 2.x measures them: relative luminance, contrast ratio, and the nearest colour
 * on the way to another that reads at a given ratio.
 * (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance, https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio)
 */

export type Rgb = readonly [number, number, number];

/** WCAG's minimum for body text (1.4.3) and for the edges of controls (1.4.11). */
export const TEXT_CONTRAST = 4.5;
export const NON_TEXT_CONTRAST = 3;

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** "#RRGGBB" or "RRGGBB", the form Office gives its theme colours in; undefined for anything else. */
export function parseHex(colour: string): Rgb | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) return undefined;
  const [, r = "", g = "", b = ""] = match;
  return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16)];
}

export function toHex(colour: Rgb): string {
  return `#${colour.map((value) => Math.round(value).toString(16).padStart(2, "0")).join("")}`;
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Whether light text reads better than dark text on `surface`: a dark surface. */
export function isDark(surface: Rgb): boolean {
  return contrast(surface, WHITE) > contrast(surface, BLACK);
}

const channel = (value: number): number => Math.min(255, Math.max(0, Math.round(value)));

/** `from` moved `t` (0…1) of the way to `to`, in whole channel values as a hex colour holds them. */
export function mix(from: Rgb, to: Rgb, t: number): Rgb {
  const at = (i: 0 | 1 | 2) => channel(from[i] + (to[i] - from[i]) * t);
  return [at(0), at(1), at(2)];
}

/** Each channel of `colour` plus `delta`'s, kept inside 0…255. */
export function shift(colour: Rgb, delta: Rgb): Rgb {
  return [channel(colour[0] + delta[0]), channel(colour[1] + delta[1]), channel(colour[2] + delta[2])];
}

export function difference(a: Rgb, b: Rgb): Rgb {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

/** The smallest contrast of `colour` against any of `surfaces`. */
export function leastContrast(colour: Rgb, surfaces: readonly Rgb[]): number {
  return Math.min(...surfaces.map((surface) => contrast(colour, surface)));
}

const STEPS = 20;

/**
 * `colour` itself when it reads at `ratio` on every one of `surfaces`, else the first colour on the
 * way from it to `fallback` that does; `fallback` is the caller's colour known to read there.
 */
export function readable(colour: Rgb, surfaces: readonly Rgb[], ratio: number, fallback: Rgb): Rgb {
  for (let step = 0; step < STEPS; step += 1) {
    const candidate = mix(colour, fallback, step / STEPS);
    if (leastContrast(candidate, surfaces) >= ratio) return candidate;
  }
  return fallback;
}
