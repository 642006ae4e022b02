import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../cli/main.js";
import { captureIo } from "../cli/testIo.js";
import { formatOfFile } from "./render.js";
import { testDossier } from "./testDossier.js";
import { eventTsvColumns, toEventTsv, tsvField } from "./toEventTsv.js";

describe("toEventTsv", () => {
  const tsv = toEventTsv(testDossier());
  const lines = tsv.split("\n");
  const rows = lines.slice(1, -1).map((line) => line.split("\t"));
  const cell = (row: string[] | undefined, column: (typeof eventTsvColumns)[number]): string | undefined =>
    row?.[eventTsvColumns.indexOf(column)];

  it("writes a header row and one row per story event, every row as wide as the header", () => {
    expect(lines[0]?.split("\t")).toEqual([...eventTsvColumns]);
    expect(lines.at(-1)).toBe("");
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(eventTsvColumns.length);
  });

  it("fills GDELT columns from the story event", () => {
    const [first] = rows;
    expect(cell(first, "GLOBALEVENTID")).toBe("42");
    expect(cell(first, "SQLDATE")).toBe("20250319");
    expect(cell(first, "MonthYear")).toBe("202503");
    expect(cell(first, "Year")).toBe("2025");
    expect(cell(first, "Actor1Code")).toBe("country:NOR");
    expect(cell(first, "Actor1Name")).toBe("Norway");
    expect(cell(first, "Actor1CountryCode")).toBe("NOR");
    expect(cell(first, "EventCode")).toBe("042");
    expect(cell(first, "EventRootCode")).toBe("04");
    expect(cell(first, "GoldsteinScale")).toBe("1.9");
    expect(cell(first, "NumMentions")).toBe("3");
    expect(cell(first, "NumSources")).toBe("2");
    expect(cell(first, "NumArticles")).toBe("3");
    expect(cell(first, "DATEADDED")).toBe("20250324101112");
    expect(cell(first, "SOURCEURL")).toBe(
      "https://gw.example/a?x=1&y=2;corpus/b.txt;https://cl.example/c%3Bjsessionid=1",
    );
    expect(cell(first, "StoryID")).toBe("story-1");
  });

  it("escapes tabs and newlines inside fields so each row stays one line", () => {
    const [first] = rows;
    expect(cell(first, "Actor2Name")).toBe("Odd\\t& <Sons>\\n\u0001Ltd");
    expect(cell(first, "ActionGeo_FullName")).toBe("Oslo\\tcentre");
  });

  it("leaves unknown values empty and keeps coarse dates at their first day with their precision", () => {
    const undated = rows[1];
    expect(cell(undated, "SQLDATE")).toBe("");
    expect(cell(undated, "Actor2Code")).toBe("");
    const week = rows[2];
    expect(cell(week, "SQLDATE")).toBe("20250324");
    expect(cell(week, "DatePrecision")).toBe("week");
    expect(cell(week, "EventBaseCode")).toBe("172");
    expect(cell(week, "GLOBALEVENTID")).toBe("3");
  });

  it("writes only the header for a dossier without events", () => {
    expect(toEventTsv({ ...testDossier(), stories: [] })).toBe(eventTsvColumns.join("\t") + "\n");
  });
});

describe("tsvField", () => {
  it("escapes backslash, tab and line breaks", () => {
    expect(tsvField("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(tsvField(null)).toBe("");
    expect(tsvField(-2.5)).toBe("-2.5");
  });
});

describe("parallax analyze --format tsv | graphml", () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-tsv-"));
  const input = join(dir, "talks.txt");
  writeFileSync(
    input,
    "Norway and the United States held talks in Washington on Monday.\n\nNorway's trade minister met U.S. officials.\n",
  );

  it("prints the event table and the GraphML graph to stdout", async () => {
    const tsv = captureIo();
    expect(await main(["node", "parallax", "analyze", input, "--no-store", "-q", "--format", "tsv"], tsv)).toBe(0);
    expect(tsv.stdout().split("\n")[0]).toBe(eventTsvColumns.join("\t"));
    const graphml = captureIo();
    expect(await main(["node", "parallax", "analyze", input, "--no-store", "-q", "--format", "graphml"], graphml)).toBe(
      0,
    );
    expect(graphml.stdout()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
  });

  it("picks the format from an --out file's extension", () => {
    expect(formatOfFile("out/actors.graphml")).toBe("graphml");
    expect(formatOfFile("events.TSV")).toBe("tsv");
  });
});
