import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_AGENT, createFetchUrl, fetchUrl } from "./fetchUrl.js";
import type { FetchOptions } from "./options.js";
import { type Resolve, publicOnly, systemResolve } from "./ssrfGuard.js";

const PAGE = "<!doctype html><title>Hello</title><p>Hello, world.</p>";
const limits: FetchOptions = { allowPrivate: true, timeoutMs: 2_000, maxBytes: 1_000_000, maxRedirects: 5 };
const guarded: FetchOptions = { ...limits, allowPrivate: false };

/** Requests the test server received, by path: a refused fetch must not reach it. */
const hits: string[] = [];
let server: http.Server;
let base = "";

/** The test server's routes; every one answers on 127.0.0.1. */
function route(request: http.IncomingMessage, response: http.ServerResponse): void {
  const path = request.url ?? "/";
  hits.push(path);
  const redirect = (location: string): void => void response.writeHead(302, { location }).end();
  switch (path) {
    case "/page":
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      return;
    case "/agent":
      response.writeHead(200, { "content-type": "text/plain" }).end(request.headers["user-agent"] ?? "");
      return;
    case "/hop1":
      return redirect("/hop2");
    case "/hop2":
      return redirect(`${base}/hop3?x=1`);
    case "/hop3?x=1":
      return redirect("page");
    case "/loop-a":
      return redirect("/loop-b");
    case "/loop-b":
      return redirect("/loop-a");
    case "/slow":
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<p>first part…");
      return; // never ends
    case "/huge":
      response.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 200; i++) response.write("x".repeat(10_000));
      response.end();
      return;
    case "/gzip":
      response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(PAGE));
      return;
    case "/brotli":
      response.writeHead(200, { "content-type": "text/html", "content-encoding": "br" });
      response.end(zlib.brotliCompressSync(PAGE));
      return;
    case "/gzip-bomb":
      response.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      response.end(zlib.gzipSync(Buffer.alloc(5_000_000, 0x61)));
      return;
    case "/bad-gzip":
      response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end("not gzip at all");
      return;
    case "/to-intranet":
      return redirect(`http://intranet.test:${(server.address() as AddressInfo).port}/page`);
    case "/to-metadata":
      return redirect("http://169.254.169.254/latest/meta-data/");
    case "/to-ftp":
      return redirect("ftp://example.org/file.txt");
    default:
      response.writeHead(404, { "content-type": "text/plain" }).end("no such page");
  }
}

beforeAll(async () => {
  server = http.createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Hits the server received while `run` ran. */
async function hitsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const before = hits.length;
  await run();
  return hits.slice(before);
}

describe("fetchUrl within limits (allowPrivate, on 127.0.0.1)", () => {
  it("returns the body, status, content type and final URL", async () => {
    const result = await fetchUrl(`${base}/page`, limits);
    expect(result).toEqual({
      ok: true,
      url: `${base}/page`,
      status: 200,
      contentType: "text/html; charset=utf-8",
      body: Buffer.from(PAGE),
    });
  });

  it("sends the polite User-Agent", async () => {
    const result = await fetchUrl(`${base}/agent`, limits);
    expect(result.ok && result.body.toString()).toBe(USER_AGENT);
  });

  it("follows a redirect chain (relative and absolute Locations) and reports the final URL", async () => {
    const result = await fetchUrl(`${base}/hop1`, limits);
    expect(result).toMatchObject({ ok: true, url: `${base}/page`, status: 200 });
  });

  it("stops at the redirect cap", async () => {
    const result = await fetchUrl(`${base}/hop1`, { ...limits, maxRedirects: 2 });
    expect(result).toEqual({ ok: false, reason: `too many redirects (2) from ${base}/hop1` });
  });

  it("fails on a redirect loop", async () => {
    const result = await fetchUrl(`${base}/loop-a`, limits);
    expect(result).toEqual({ ok: false, reason: `redirect loop: ${base}/loop-b redirects back to ${base}/loop-a` });
  });

  it("times out on a server that never finishes the body", async () => {
    const started = Date.now();
    const result = await fetchUrl(`${base}/slow`, { ...limits, timeoutMs: 200 });
    expect(result).toEqual({ ok: false, reason: `timed out after 200 ms fetching ${base}/slow` });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("aborts a body larger than maxBytes", async () => {
    const result = await fetchUrl(`${base}/huge`, { ...limits, maxBytes: 50_000 });
    expect(result).toEqual({ ok: false, reason: `body larger than 50000 bytes from ${base}/huge` });
  });

  it("decodes gzip and brotli bodies", async () => {
    for (const path of ["/gzip", "/brotli"]) {
      const result = await fetchUrl(`${base}${path}`, limits);
      expect(result.ok && result.body.toString()).toBe(PAGE);
    }
  });

  it("applies the size cap to the decoded body (a small gzip that inflates past the cap)", async () => {
    const result = await fetchUrl(`${base}/gzip-bomb`, { ...limits, maxBytes: 100_000 });
    expect(result).toEqual({ ok: false, reason: `body larger than 100000 bytes from ${base}/gzip-bomb` });
  });

  it("fails on a body that is not what its Content-Encoding says", async () => {
    const result = await fetchUrl(`${base}/bad-gzip`, limits);
    expect(result).toEqual({
      ok: false,
      reason: `body of ${base}/bad-gzip does not decode as its Content-Encoding says`,
    });
  });

  it("fails on 404 with the status", async () => {
    const result = await fetchUrl(`${base}/missing`, limits);
    expect(result).toEqual({ ok: false, reason: `HTTP 404 Not Found from ${base}/missing` });
  });

  it("fails on a closed port and an invalid URL, without throwing", async () => {
    const closed = await fetchUrl("http://127.0.0.1:1/", limits);
    expect(closed).toEqual({ ok: false, reason: "connection refused by 127.0.0.1:1 fetching http://127.0.0.1:1/" });
    expect(await fetchUrl("not a url", limits)).toEqual({ ok: false, reason: 'not a valid URL: "not a url"' });
  });

  it("refuses non-http schemes, also when redirected to one", async () => {
    expect(await fetchUrl("file:///etc/passwd", limits)).toEqual({
      ok: false,
      reason: "refused file:///etc/passwd: only http and https URLs are fetched, not file",
    });
    expect(await fetchUrl(`${base}/to-ftp`, limits)).toEqual({
      ok: false,
      reason: "refused ftp://example.org/file.txt: only http and https URLs are fetched, not ftp",
    });
  });
});

describe("fetchUrl SSRF guard (allowPrivate off)", () => {
  it.each([
    ["http://127.0.0.1:{port}/page", "127.0.0.1 is a loopback address"],
    ["http://[::1]:{port}/page", "::1 is a loopback address"],
    ["http://[::ffff:127.0.0.1]:{port}/page", "::ffff:7f00:1 is a loopback address"],
    ["http://0.0.0.0:{port}/page", "0.0.0.0 is an unspecified address"],
    ["http://10.1.2.3/", "10.1.2.3 is a private address"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"],
    ["http://100.64.0.1/", "100.64.0.1 is a carrier-grade NAT address"],
    ["http://[fd00::1]/", "fd00::1 is a unique-local (private) address"],
  ])("refuses %s before connecting", async (template, why) => {
    const url = template.replace("{port}", String((server.address() as AddressInfo).port));
    const seen = await hitsDuring(async () => {
      const result = await fetchUrl(url, guarded);
      expect(result).toEqual({ ok: false, reason: `refused ${url}: ${why}; pass --allow-private to allow it` });
    });
    expect(seen).toEqual([]);
  });

  it("refuses localhost by what it resolves to", async () => {
    const url = `http://localhost:${(server.address() as AddressInfo).port}/page`;
    const seen = await hitsDuring(async () => {
      const result = await fetchUrl(url, guarded);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(
        new RegExp(
          `^refused ${url}: localhost resolves to a refused address: (127\\.0\\.0\\.1|::1) is a loopback address;`,
        ),
      );
    });
    expect(seen).toEqual([]);
  });

  // To test redirects out of an allowed host, 127.0.0.1 plays a public server and intranet.test a private name.
  const resolve: Resolve = async (hostname) => {
    if (hostname === "intranet.test") return [{ address: "10.0.0.5", family: 4 }];
    if (hostname === "mixed.test") {
      return [
        { address: "93.184.216.34", family: 4 },
        { address: "192.168.1.10", family: 4 },
      ];
    }
    return systemResolve(hostname);
  };
  const testFetch = createFetchUrl({
    policy: (address) => (address === "127.0.0.1" ? null : publicOnly(address)),
    resolve,
  });

  it("allows the stand-in public server", async () => {
    expect(await testFetch(`${base}/page`, guarded)).toMatchObject({ ok: true, status: 200 });
  });

  it("re-checks every redirect hop: a public page redirecting to a private host name is refused", async () => {
    const port = (server.address() as AddressInfo).port;
    const seen = await hitsDuring(async () => {
      expect(await testFetch(`${base}/to-intranet`, guarded)).toEqual({
        ok: false,
        reason: `refused http://intranet.test:${port}/page: intranet.test resolves to a refused address: 10.0.0.5 is a private address; pass --allow-private to allow it`,
      });
    });
    expect(seen).toEqual(["/to-intranet"]);
  });

  it("re-checks every redirect hop: a redirect to the cloud metadata address is refused", async () => {
    expect(await testFetch(`${base}/to-metadata`, guarded)).toEqual({
      ok: false,
      reason:
        "refused http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a link-local address; pass --allow-private to allow it",
    });
  });

  it("refuses a host name when any one of its addresses is private", async () => {
    const result = await testFetch("http://mixed.test/", guarded);
    expect(result).toEqual({
      ok: false,
      reason:
        "refused http://mixed.test/: mixed.test resolves to a refused address: 192.168.1.10 is a private address; pass --allow-private to allow it",
    });
  });
});
