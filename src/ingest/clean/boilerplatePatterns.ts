/**
 * Named patterns for whole lines of page furniture. Each pattern is tested against one trimmed line; a line
 * longer than `MAX_FURNITURE_WORDS` words is never furniture, so body sentences that mention "subscribe" stay.
 */

/** Longer lines are body text even when a pattern matches. */
export const MAX_FURNITURE_WORDS = 30;

/** A line holding only dashes, bullets or rules ("-", "—", "* * *", "___"). */
export const SEPARATOR_LINE = /^(?:[-–—_*•·=~|+#]\s*)+$/u;

/** "Home > World > Middle East", "News / Politics", "World » Gaza". */
export const BREADCRUMB_LINE = /^[^>›»/\n]{1,40}(?:\s+[>›»/]\s+[^>›»/\n]{1,60}){1,6}$/u;

/** "News | World | Sport | Business": three or more short items between pipes or middle dots. */
export const MENU_LINE = /^[^|·•\n]{1,30}(?:\s+[|·•]\s+[^|·•\n]{1,30}){2,}$/u;

/** Share buttons and their labels. */
export const SHARE_LINE =
  /^(?:share(?:\s+(?:this|the)\s+(?:article|story|page|post|video))?(?:\s+(?:on|via)\s+\w+)?|tweet|email|e-mail|print|copy(?:\s+(?:the\s+)?link)?|link copied|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|messenger|flipboard|comments?|\d+\s+comments?|leave a comment|save|bookmark|gift (?:this )?article|listen(?: to (?:this )?(?:article|story))?(?:\s*\(?\d+ min(?:ute)?s?\)?)?)\s*[:.!]?$/iu;

/** Subscribe, newsletter, follow-us and app-download calls to action. */
export const SUBSCRIBE_LINE =
  /^(?:(?:please\s+)?(?:subscribe|sign up|register|join|get|download|install)\b.*\b(?:newsletter|newsletters|updates|alerts|channel|app|inbox|free|podcast|briefing|subscription|membership)\b(?:.*[^.!?"”’)])?|subscribe(?:\s+now|\s+today|\s+here)?|sign up(?:\s+now|\s+here)?|(?:follow|like|find)\s+us\b.*|follow\s.{1,40}?\son\s+(?:telegram|twitter|x|facebook|instagram|whatsapp|youtube|tiktok|threads|bluesky|linkedin|google news|social media)\b.*|(?:click|tap)\s+here\b.*|(?:become|be) a (?:member|subscriber|supporter)\b.*|already (?:a )?(?:subscriber|member|registered)\b.*|continue reading\b.*|read the full (?:story|article)\b.*|(?:log|sign) in(?: to (?:continue|read|comment|your account))?|get (?:the|our) (?:latest|top|daily|weekly|best)\b.*|(?:stay|keep) (?:informed|up to date|updated)\b.*|want (?:more|to read more)\b.*|the (?:daily|weekly|morning|evening) (?:briefing|newsletter|digest)\b.*|.*[.:!]\s+(?:sign up|subscribe|register)(?:\s+(?:now|today|here|for free))?[.!]?)$/iu;

/** A paywall offer: "Subscribe from £1 a week", "Try 30 days for $1", "Get unlimited access". */
export const PAYWALL_OFFER_LINE =
  /^(?:subscribe|subscription|subscriptions|join|try|get|start|unlock)\b.{0,50}?(?:[£$€¥₹₩₺₽₦]\s?\d|\b\d+\s?(?:pence|cents)\b|\bfree trial\b|\b(?:unlimited|full|digital|premium) access\b)/iu;

/** Donation appeals: "Support independent journalism", "Please make a contribution today", "Donate now". */
export const DONATION_LINE =
  /^(?:please\s+)?(?:(?:support|fund|back)\s+(?:our|independent|quality|local|public[- ]interest|trusted)\s+(?:journalism|reporting|newsroom|news|work)\b|donate\b|contribute\b|(?:make|give) a (?:donation|contribution)\b)/iu;

/**
 * "The Harbour Post is reader-supported. Give once or monthly." A sentence about reader funding is an appeal only
 * when the line is short or asks for money in the same line: "The station, listener-funded since 1990, was taken
 * off the air" is not. The conditions sit after the funding word, so other lines fail at the first test.
 */
export const READER_FUNDED_LINE =
  /[- ](?:funded|supported|powered)\b(?<=\b(?:reader|listener|viewer|member)s?[- ]\w+)(?:(?<=^.{0,50})(?=.{0,30}$)|(?=.*\b(?:support|donate|contribute|give|join|become)\b)|(?<=\b(?:support|donate|contribute|give|join|become)\b.*))/iu;

/** Republisher notes, syndication notices, copyright and disclaimers. */
export const DISCLAIMER_LINE =
  /(?:thank you for (?:visiting|reading|choosing) (?:our|this) (?:website|site|page)|^disclaimer\b|^our standards\b|^editor'?s note\b|(?:this|the) (?:article|story|post|content)\s+(?:was|is|has been)\s+(?:(?:originally|first)\s+(?:published|posted|appeared)|republished|syndicated|reproduced|auto-generated)|(?:originally|(?:article|story|piece|report|post) first) (?:appeared|published|ran|posted) (?:on|in|at|by)\b|(?:republished|reproduced|reprinted) (?:with|under|from|by)\b|(?:the )?views (?:and opinions )?expressed\b|do(?:es)? not necessarily (?:reflect|represent)|all rights reserved|^(?:©|\(c\)\s)|generated from a syndicated feed|(?:has|have) not been edited by|not responsible for (?:the )?(?:content|accuracy)|(?:is|are) (?:the )?(?:sole )?responsibility of the (?:author|writer|source)|^source\s*:\s*\S)/iu;

/** "© 2025 …", "Copyright 2024 …", "Copyright © …": not "Copyright lawyers said…". Case matters, so apart. */
export const COPYRIGHT_LINE = /^(?:[Cc]opyright|COPYRIGHT)(?:\s*(?:©|\([cC]\)|\d{4}|\p{Lu}|[:.])|$)/u;

/** Caption labels: "Photo: …", "Image caption, …", "File photo:", "Credit: …", "Picture by …". */
export const CAPTION_LABEL_LINE =
  /^(?:(?:file\s+)?(?:photo|image|picture|video|graphic|illustration)s?(?:\s+(?:caption|source|credit|by))?\s*[:,|]|(?:image|photo)\s+(?:caption|source|credit)\b|(?:credit|courtesy|photograph)\s*:|\(?(?:photo|image|picture)s?\s+by\s|getty images$)/iu;

/** Credits closing a caption: "(Photo by Jane Doe/AFP)", "REUTERS/Mohammed Salem", "… /AFP via Getty Images". */
export const CAPTION_CREDIT_LINE =
  /(?:\((?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ff]ile)\b[^)]*\)|\b(?:REUTERS|AFP|EPA|AP|Getty Images|Anadolu Agency|Xinhua)\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}\)?|via Getty Images\)?|\/\s*(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu Agency|Xinhua)(?: via Getty Images)?\)?)\.?$/u;

/** Advertising slots and their labels. */
export const ADVERTISEMENT_LINE =
  /^(?:advertisement|advertisment|advert|ads?|sponsored(?: content| links?)?|promoted(?: content| stories)?|paid (?:content|post|partner content)|scroll to continue(?: with content)?|(?:the )?(?:story|article) continues (?:below|after (?:this )?advertisement)(?: advertisement)?|continue reading (?:below|the main story)|skip advert(?:isement)?|ad feedback|report (?:this )?ad)\s*[:.]?$/iu;

/** "Published 3 March 2025", "Updated: 10:42 GMT", "Last modified …", "2 hours ago". */
export const TIMESTAMP_LINE =
  /^(?:(?:first\s+)?(?:published|updated|last updated|last modified|posted|modified|date)\b\s*(?:on|at)?\s*:?\s*.{0,60}|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)$/iu;

/** A line that is only a date and maybe a time: "Monday, 3 March 2025 10:42 GMT", "2025-03-03". */
export const DATE_ONLY_LINE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:at\s+|[-|,·•]\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)?)?$/iu;

/** "4 min read", "Reading time: 4 minutes". */
export const READING_TIME_LINE =
  /^(?:(?:estimated\s+)?reading time\s*:?\s*\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s?\s+read)\.?$/iu;

/** "Tags: Gaza, Israel", "Topics: Elections". */
export const TAGS_LINE = /^(?:tags|tagged|topics|filed under|keywords|categories|category)\s*:\s*.{1,200}$/iu;

/** "Read more: …", "ALSO READ | …", "Related: …" — a link to another story with its label. */
export const RELATED_LINK_LINE =
  /^(?:read more|read also|also read|related|see also|watch|listen|more|recommended|don't miss|must read|opinion)\s*(?::|\||[-–—]|»|>>)\s*\S.*$/iu;

export type FurnitureReason =
  | "separator"
  | "breadcrumb"
  | "navigation"
  | "share/subscribe call to action"
  | "donation call to action"
  | "republisher disclaimer"
  | "image caption/credit"
  | "advertisement"
  | "timestamp"
  | "reading time"
  | "tags"
  | "related-article headline";

/** Patterns in the order they are tried: the first match gives the reason. */
export const FURNITURE_PATTERNS: readonly (readonly [RegExp, FurnitureReason])[] = [
  [SEPARATOR_LINE, "separator"],
  [ADVERTISEMENT_LINE, "advertisement"],
  [SHARE_LINE, "share/subscribe call to action"],
  [READING_TIME_LINE, "reading time"],
  [DATE_ONLY_LINE, "timestamp"],
  [TIMESTAMP_LINE, "timestamp"],
  [TAGS_LINE, "tags"],
  [RELATED_LINK_LINE, "related-article headline"],
  [DISCLAIMER_LINE, "republisher disclaimer"],
  [COPYRIGHT_LINE, "republisher disclaimer"],
  [CAPTION_LABEL_LINE, "image caption/credit"],
  [CAPTION_CREDIT_LINE, "image caption/credit"],
  [SUBSCRIBE_LINE, "share/subscribe call to action"],
  [PAYWALL_OFFER_LINE, "share/subscribe call to action"],
  [DONATION_LINE, "donation call to action"],
  [READER_FUNDED_LINE, "donation call to action"],
  [MENU_LINE, "navigation"],
  [BREADCRUMB_LINE, "breadcrumb"],
];
