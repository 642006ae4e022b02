/**
 * Named patterns for HTML structure: which tags hold no readable text, which break text into blocks, and
 * which class/id words mark page furniture or article content. Tested against one element's
 * `class` + `id` string, lower-cased.
 */

/** Elements whose whole subtree is never article text. (<head> is walked: its JSON-LD scripts are read.) */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "button",
  "input",
  "select",
  "option",
  "textarea",
  "title",
  "meta",
  "link",
  "dialog",
  // Ruby annotations: the reading aids over East Asian characters (furigana) would be read into the words.
  "rt",
  "rp",
]);

/** Elements that start a new block of text (everything else is inline). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Furniture by tag: its text is never the article's. */
export const FURNITURE_TAG_REASON: ReadonlyMap<string, string> = new Map([
  ["nav", "navigation"],
  ["aside", "sidebar"],
  ["footer", "footer"],
]);

/** Comment threads: `comments`, `disqus_thread`, `reply-list`, `kommentare`, `comentarios`, `reacties` (not "commentary"). */
export const COMMENTS_HINT =
  /comment(?!ary|ator)|disqus|replies|reply-|respond|discussion|(?:^|[\s_])(?:kommentare|comentarios|reacties|komentarze)/u;
/** Related, recommended and "more stories" lists. */
export const RELATED_HINT =
  /related|recommend|more-(?:stories|articles|news|from)|read-?more|also-?read|popular|trending|most-read|mostread|outbrain|taboola|teaser|you-may|suggest|next-?(?:article|story|post)|prev-?(?:article|story|post)|empfehlung|verwandt|weitere-(?:artikel|beitraege|themen)|mehr-zum-thema|lesetipp|a-lire-aussi|lire-aussi|similaires|relacionad|correlat|leggi-anche|leia-tambem|gerelateerd|lees-ook|powiazane/u;
/** Share buttons, newsletter sign-ups, follow-us boxes, paywall prompts. */
export const SHARE_HINT =
  /share|shariff|sharing|social|newsletter|subscri|signup|sign-up|follow-us|donate|inline-cta|-cta\b|\bcta\b|promo|membership|teilen|partag|compartir|condivid|compartilh|(?:^|[\s_-])delen(?:$|[\s_-])|udostepnij|abonnier|abonnement|suscrip/u;
/**
 * Paywall boxes: the prompt to subscribe, or the story's own locked paragraphs (`<div class="paywall">`), told
 * apart by how much prose they hold (see selectArticle's layout names).
 */
export const PAYWALL_HINT = /paywall/u;
/** Advertising slots. */
export const AD_HINT =
  /(?:^|[\s_-])ads?(?:$|[\s_-])|advert|sponsor|dfp|gpt-ad|ad-slot|adslot|ad-container|adunit|commercial|anzeige|werbung|publicite|publicidad|pubblicita|reklama/u;
/** Menus, breadcrumbs, site headers and footers, sidebars, pop-ups. */
export const NAVIGATION_HINT =
  /(?:^|[\s_-])nav|menu|breadcrumb|masthead|site-header|skip-link|pagination|pager|tag-?list|(?:^|[\s_-])tags(?:$|[\s_-])|categories|topics-list/u;
export const SIDEBAR_HINT = /sidebar|side-bar|(?:^|[\s_-])rail(?:$|[\s_-])|skyscraper/u;
export const FOOTER_HINT = /footer|copyright|colophon/u;
export const POPUP_HINT = /popup|pop-up|modal|overlay|banner/u;
/** Cookie and consent notices. */
export const COOKIE_HINT = /cookie|consent|gdpr/u;
export const AUTHOR_HINT =
  /auth?or(?:en)?[-_]?(?:bio|box|card|info|desc|details|about|profile)|about-the-author|mini-bio|byline|contributor|(?:post|entry|article)[-_]?meta|ueber-den-autor|sobre-el-autor|a-propos-de-l-auteur/u;
/** Image and video captions (`wp-caption-text`, `figure-caption`). */
export const CAPTION_HINT = /caption/u;
/** Tables of contents. */
export const TOC_HINT = /(?:^|[\s_-])toc(?:$|[\s_-])|table-of-contents/u;

/**
 * Embedded posts quoted by the story (`social-media-embed`, `twitter-tweet`, `instagram-media`): the "social"
 * in their class names the quoted network, not a share box.
 */
export const EMBED_HINT =
  /social[-_]?(?:media[-_]?)?embed|embed(?:ded)?[-_]?(?:post|tweet|social)|twitter-tweet|instagram-media|tiktok-embed/u;

/** Words that say an element holds the article; they outweigh a furniture word in the same class. */
export const CONTENT_HINT = /article|story|content|entry|post-?body|main|body|text|prose|column/u;

/**
 * Class tokens that say nothing about the element's role: negations ("non-paywall", "no-sidebar") name what it is
 * not, a post's taxonomy classes ("category-comment", "tag-social-media", WordPress's post_class) name its topic,
 * and page wrappers ("mmenu-pagewrapper", "left-navigation_page-wrapper") name the whole page, menu included.
 */
export const NON_ROLE_CLASS_TOKEN =
  /(?:^|\s)(?:(?:no[nt]?|category|tag|format|topic)-\S*|\S*(?:page|site)[-_]?wrap\S*)/gu;

/** Reasons by hint, in the order they are tried: the first match names the furniture. */
export const FURNITURE_HINTS: readonly (readonly [RegExp, string])[] = [
  [COMMENTS_HINT, "comments"],
  [RELATED_HINT, "related links"],
  [SHARE_HINT, "share/subscribe call to action"],
  [PAYWALL_HINT, "paywall prompt"],
  [AD_HINT, "advertisement"],
  [COOKIE_HINT, "cookie notice"],
  [POPUP_HINT, "pop-up"],
  [NAVIGATION_HINT, "navigation"],
  [SIDEBAR_HINT, "sidebar"],
  [FOOTER_HINT, "footer"],
  [AUTHOR_HINT, "author box"],
  [CAPTION_HINT, "image caption"],
  [TOC_HINT, "table of contents"],
];

/** `display:none` or `visibility:hidden` in an inline style. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/u;

/**
 * Sentence-final punctuation at the end of a block: it reads as prose. Closing quotes include the German
 * `„…“` and `»…«` and the French `«…»` styles.
 */
export const ENDS_LIKE_SENTENCE = /[.!?。！？:;"'”’“‘)»«…]$/u;

/** A run of whitespace, no-break spaces, zero-width spaces and BOMs included (not joiners: emoji and scripts use them). */
export const WHITESPACE_RUN = /[\s\u200b\ufeff]+/gu;

/** Characters that never appear in text: C0 controls other than tab, newline and carriage return. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/gu;
