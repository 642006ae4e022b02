import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { readHtmlMeta } from "./src/ingest/extract/htmlMeta.js";
const dir = "/work/shared/eval/scrapinghub-aeb/html/";
const f = readdirSync(dir).find((x) => x.startsWith(process.argv[2]!))!;
const html = gunzipSync(readFileSync(dir + f)).toString("utf8");
console.log(readHtmlMeta(parseHTML(html).document as unknown as Document));
