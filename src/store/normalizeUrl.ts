/** Query parameters that only track a click or campaign: two URLs differing only in these name one page. */
const trackingParamPattern =
  /^(?:utm_[a-z0-9_]*|mc_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok)$/i;

/** A leading `www.` label, dropped so `www.example.com` and `example.com` compare equal. */
const wwwPrefixPattern = /^www\d*\./;

/** One or more trailing slashes on a path longer than `/`. */
const trailingSlashPattern = /(?<=.)\/+$/;

/**
 * The key under which two URLs of the same article compare equal, or `null` when `url` is not an absolute
 * http(s) URL. Lower-cases the host, drops `www.`, default ports, credentials, the fragment, tracking parameters
 * (`utm_*`, `mc_*`, `fbclid`, `gclid`, …) and trailing slashes, sorts the query, and treats http as https
 * (news sites serve one article on both). The path keeps its case: servers may distinguish it.
 *
 * @example normalizeUrl("HTTP://www.Example.com:80/news/a/?utm_source=x&b=2&a=1#top") // "https://example.com/news/a?a=1&b=2"
 */
export function normalizeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "").replace(wwwPrefixPattern, "");
  if (host === "") return null;
  const port = parsed.port === "" || parsed.port === "80" || parsed.port === "443" ? "" : `:${parsed.port}`;
  const path = parsed.pathname.replace(trailingSlashPattern, "");
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !trackingParamPattern.test(name))
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length === 0 ? "" : `?${new URLSearchParams(params).toString()}`;
  return `https://${host}${port}${path === "/" ? "" : path}${query}`;
}
