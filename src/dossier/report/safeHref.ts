/** Only web addresses become links: `javascript:`, `data:`, `file:` and anything unparsable stay plain text. */
const LINKABLE_PROTOCOLS = new Set(["http:", "https:"]);

/**
 * The address to link to, normalised and percent-encoded by the URL parser, or null when it must not be a link.
 *
 * @example safeHref("https://a.example/x y") // "https://a.example/x%20y"; safeHref("javascript:alert(1)") // null
 */
export function safeHref(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (!LINKABLE_PROTOCOLS.has(url.protocol) || url.username || url.password) return null;
  return url.href;
}
