import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { readHtmlMeta } from "./src/ingest/extract/htmlMeta.js";
const dir = "/work/shared/eval/scrapinghub-aeb/html/";
const files = readdirSync(dir).sort();
const DATE = /(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[.-]\d{2}[.-]\d{2})/gi;
for (let i = Number(process.argv[2] ?? 0); i < files.length; i += 9) {
  const html = gunzipSync(readFileSync(dir + files[i]!)).toString("utf8");
  const { document } = parseHTML(html);
  const meta = readHtmlMeta(document as unknown as Document);
  for (const s of document.querySelectorAll("script,style,noscript")) s.remove();
  const text = (document.body?.textContent ?? "").replace(/\s+/g, " ");
  const hits = [...text.matchAll(DATE)].slice(0, 4).map((m) => text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 10));
  console.log(`#${i} ${files[i]!.slice(0, 12)} ${meta.url ?? ""}\n  ours: ${meta.published ?? "-"}\n  visible: ${hits.join(" || ")}`);
}
