import type { OutletCues } from "./choosePageOutlet.js";
import { findCopyrightOwner } from "./findCopyrightOwner.js";
import { findOutletName } from "./findOutletName.js";
import { findRepublishedSource } from "./findRepublishedSource.js";
import { isSectionName } from "./namedLines.js";
import type { RemovedAt } from "./splitLines.js";

/**
 * Reads the page's own marks among the removed pieces (in document order): the copyright line's owner, the outlet a republisher
 * disclaimer names as the original, and the masthead (an outlet name on the first lines, above the title).
 *
 * @example readPageMarks(removed, titleLine, cues) // cues.copyright: "The Harbour Post"
 */
export function readPageMarks(removed: readonly RemovedAt[], titleLine: number, cues: OutletCues): void {
  let firstLine = true;
  for (const r of removed) {
    if (r.reason === "republisher disclaimer") {
      cues.copyright ??= findCopyrightOwner(r.text);
      const original = findRepublishedSource(r.text);
      if (original !== null) cues.republishedFrom.push(original);
    } else if (firstLine && r.at < titleLine && !isSectionName(r.text)) {
      // "Skip to content" and menu names may come first; the next line is the masthead or nothing is.
      firstLine = false;
      if (r.reason === "navigation") cues.masthead = findOutletName(r.text);
    }
  }
}
