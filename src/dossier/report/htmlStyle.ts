/** The report's whole style sheet: inline in the page (the CSP allows inline styles and nothing else). Static text. */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --tint: #f5f6f8; --warn: #a4262c; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 1.25rem 4rem; color: var(--ink); background: #fff;
  font: 15px/1.5 Georgia, "Times New Roman", serif; }
h1, h2, h3, h4, h5, h6, th, .subtitle, caption, nav { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .3rem; }
h5, h6 { font-size: .95rem; margin: 1rem 0 .25rem; }
.subtitle { color: var(--muted); margin: 0 0 1.5rem; }
p, ul { margin: .4rem 0 .8rem; }
a { color: #1a5fb4; }
a.cite { text-decoration: none; font-size: .8em; vertical-align: super; }
blockquote { margin: .6rem 0; padding: .4rem .9rem; border-left: 4px solid var(--rule); background: var(--tint); }
blockquote p { margin: 0; }
.scroll { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: .8rem; padding-top: .3rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--tint); font-size: .85rem; }
td { overflow-wrap: anywhere; }
.flag { font-family: system-ui, sans-serif; font-size: .75rem; padding: 0 .3rem; border-radius: 3px;
  border: 1px solid var(--rule); color: var(--muted); white-space: nowrap; }
.flag.warn { border-color: var(--warn); color: var(--warn); font-weight: 600; }
.words { font-style: italic; }
section.article h3 { margin-top: 1.25rem; }
section.article blockquote { font-size: .9rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  section.story { break-before: page; }
  tr, blockquote { break-inside: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  .flag.warn { border-width: 2px; }
}
`;
