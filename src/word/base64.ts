/**
 * A file's bytes as the base64 text `insertFileFromBase64` takes. Written with `btoa` so the pane,
 * the playground and Node (16+) share it; chunked because spreading a whole file into
 * `String.fromCharCode` overflows the call stack.
 */
export function base64Of(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}
