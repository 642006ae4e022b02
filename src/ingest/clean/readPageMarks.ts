import type { OutletCues } from "./choosePageOutlet.js";
import { findCopyrightOwner } from "./findCopyrightOwner.js";
import { findOutletName } from "./findOutletName.js";
import { findRepublishedSource } from "./findRepublishedSource.js";
import { isSectionName } from "./namedLines.js";
import type { RemovedAt } from "./splitLines.js";

/** "Skip to content", "Skip to main content": the only line a page prints above its masthead. */
const SKIP_LINK = /^skip to\b/iu;

/**
 * Reads the page's own marks among the removed pieces (in document order): the copyright line's owner, the outlet
 * a republisher disclaimer names as the original, and the masthead (an outlet name as the page's first line, after
 * a skip link at most, above the title).
 *
 * @example readPageMarks(removed, titleLine, cues) // cues.copyright: "The Harbour Post"
 */
export function readPageMarks(removed: readonly RemovedAt[], titleLine: number, cues: OutletCues): void {
  let firstLine = true;
  for (const r of removed) {
    // Any removed line may carry the republishing note ("Published with permission. Originally published by X").
    const original = findRepublishedSource(r.text);
    if (original !== null) cues.republishedFrom.push(original);
    if (r.reason === "republisher disclaimer") cues.copyright ??= findCopyrightOwner(r.text);
    else if (firstLine && r.at < titleLine && !SKIP_LINK.test(r.text)) {
      firstLine = false;
      if (r.reason === "navigation" && !isSectionName(r.text)) cues.masthead = findOutletName(r.text);
    }
  }
}
