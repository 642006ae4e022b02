import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

/** Readability.js on jsdom, the reference setup: its textContent, or "" when it finds no article or fails. */
export function readabilityJsdom(html: string, url?: string): string {
  try {
    const dom = new JSDOM(html, { url: url ?? "https://example.org/", virtualConsole: new VirtualConsole() });
    const text = new Readability(dom.window.document).parse()?.textContent ?? "";
    dom.window.close();
    return text;
  } catch {
    return "";
  }
}
