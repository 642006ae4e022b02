import type { Dossier } from "./dossier.js";
import { buildReport } from "./report/buildReport.js";
import type { Block, Inline, ReportDocument, Section } from "./report/document.js";
import { HTML_STYLE } from "./report/htmlStyle.js";
import { safeHref } from "./report/safeHref.js";

/**
 * The page may load nothing and run nothing: no script, no image, no font, no frame, no form target, no base
 * change; only its own inline style sheet.
 */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** C0 controls other than tab, line feed and carriage return, and DEL: not allowed in HTML text. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** A surrogate half without its partner: not a character, replaced so the page stays valid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HTML_SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text and attribute values made inert: the five HTML specials as entities, controls dropped, lone surrogates
 * replaced. Safe inside element content and double- or single-quoted attributes.
 *
 * @example escapeHtml(`<img src=x onerror="alert(1)">`) // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(value: string): string {
  return value
    .replace(CONTROL_CHARACTERS, "")
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(HTML_SPECIAL, (c) => ENTITIES[c] ?? c);
}

function inline(parts: readonly Inline[]): string {
  return parts
    .map((p) => {
      switch (p.kind) {
        case "text":
          if (p.style === "strong") return `<strong>${escapeHtml(p.text)}</strong>`;
          if (p.style === "em") return `<em>${escapeHtml(p.text)}</em>`;
          return escapeHtml(p.text);
        case "words":
          return `“<span class="words">${escapeHtml(p.text)}</span>”`;
        case "cite":
          return `<a class="cite" href="#${escapeHtml(p.target)}" title="${escapeHtml(p.title)}">[${p.n}]</a>`;
        case "ref":
          return `<a href="#${escapeHtml(p.target)}">${escapeHtml(p.text)}</a>`;
        case "link": {
          const href = safeHref(p.href);
          return href
            ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(p.text)}</a>`
            : escapeHtml(p.text);
        }
        case "flag":
          return `<span class="flag ${p.tone === "warn" ? "warn" : "note"}">${escapeHtml(p.text)}</span>`;
        case "break":
          return "<br>";
      }
    })
    .join("");
}

function table(b: Extract<Block, { kind: "table" }>): string {
  const head = `<thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>`;
  const rows = b.rows
    .map((r, i) => {
      const id = b.rowIds?.[i];
      return `<tr${id ? ` id="${escapeHtml(id)}"` : ""}>${r.map((cell) => `<td>${inline(cell)}</td>`).join("")}</tr>`;
    })
    .join("\n");
  const caption = b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : "";
  return `<div class="scroll"><table>${caption}${head}<tbody>\n${rows}\n</tbody></table></div>`;
}

function block(b: Block, depth: number): string {
  switch (b.kind) {
    case "paragraph":
      return `<p>${inline(b.content)}</p>`;
    case "list":
      return `<ul>\n${b.items.map((item) => `<li>${inline(item)}</li>`).join("\n")}\n</ul>`;
    case "quote":
      return `<blockquote><p>${inline(b.content)}</p></blockquote>`;
    case "table":
      return table(b);
    case "section":
      return sectionHtml(b, depth);
  }
}

function sectionHtml(s: Section, depth: number): string {
  const h = `h${Math.min(6, depth)}`;
  return [
    `<section id="${escapeHtml(s.id)}" class="${escapeHtml(s.role)}">`,
    `<${h}>${escapeHtml(s.title)}</${h}>`,
    ...s.blocks.map((b) => block(b, depth + 1)),
    `</section>`,
  ].join("\n");
}

/** A report document as one self-contained HTML page: inline CSS, no script, nothing loaded from anywhere. */
export function reportToHtml(report: ReportDocument): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(report.subtitle)}</p>`,
    "</header>",
    "<main>",
    ...report.sections.map((s) => sectionHtml(s, 2)),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * Renders a dossier as one self-contained, print-friendly HTML page with the same sections as the Markdown report.
 * Safe to open whatever the articles hold: every article string is escaped, only http(s) addresses become links
 * (with rel="noopener noreferrer"), and a Content-Security-Policy forbids scripts and outside resources.
 *
 * @example writeFileSync("dossier.html", toHtml(dossier))
 */
export function toHtml(dossier: Dossier): string {
  return reportToHtml(buildReport(dossier));
}
