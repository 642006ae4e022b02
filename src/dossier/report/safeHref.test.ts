import { describe, expect, it } from "vitest";
import { published } from "./published.js";
import { safeHref } from "./safeHref.js";

describe("safeHref", () => {
  it.each([
    ["https://a.example/x y", "https://a.example/x%20y"],
    ['  http://a.example/?q=<b>&c="d"', "http://a.example/?q=%3Cb%3E&c=%22d%22"],
    ["HTTPS://A.EXAMPLE/", "https://a.example/"],
  ])("links %j as %j", (input, href) => {
    expect(safeHref(input)).toBe(href);
  });

  it.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "/relative/path",
    "https://user:secret@a.example/",
    "not a url",
    "",
  ])("refuses %j", (input) => {
    expect(safeHref(input)).toBeNull();
  });
});

describe("published", () => {
  it.each([
    ["2025-03-10T21:15:00.000Z", "2025-03-10 21:15 UTC"],
    ["2025-03-10T21:15:00+00:00", "2025-03-10 21:15 UTC"],
    ["2025-03-10T21:15:00+02:00", "2025-03-10T21:15:00+02:00"],
    ["2025-03-14", "2025-03-14"],
    [null, "undated"],
  ])("%j reads %j", (input, shown) => {
    expect(published(input)).toBe(shown);
  });
});
