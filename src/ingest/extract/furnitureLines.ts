/**
 * Named patterns for whole lines of page furniture in German, French, Spanish, Italian, Portuguese, Dutch and
 * Polish (the English ones live in ../clean/boilerplatePatterns): share and print buttons, "you might also
 * like" labels, rating prompts, comment counters, paywall prompts, ad labels and image-credit labels. Each is
 * tested against one trimmed line of at most `MAX_LINE_WORDS` words, so body sentences that use the words stay.
 */

/** Longer lines are body text even when a pattern matches. */
export const MAX_LINE_WORDS = 12;

/** Share, print and recommend buttons: "Teilen", "Artikel teilen", "Partager sur Facebook", "Condividi", "drukuj". */
export const SHARE_BUTTON_LINE =
  /^(?:(?:(?:diesen?|den|das|artikel|beitrag|seite)\s+)*(?:teilen|drucken|versenden|empfehlen|merken)(?:\s+(?:auf|via|per|mit)\s+\S+)?|(?:möchten sie|willst du)\s+(?:den|diesen)\s+(?:artikel|beitrag)\s+teilen\??|empfiehl\s+(?:dies|diesen\s+\S+)\s+deinen\s+freunden\.?|(?:rezept|artikel|seite)\s+drucken|partager(?:\s+(?:cet?\s+article|sur\s+\S+))?|imprimer(?:\s+cet?\s+article)?|compartir(?:\s+(?:en|este\s+artículo)\s*\S*)?|imprimir|condividi(?:\s+su\s+\S+)?|stampa|compartilhe?|compartilhar|delen|printen|udostępnij|drukuj)\s*[:.!]?$/iu;

/**
 * "Das könnte Sie auch interessieren", "Mehr zum Thema", "Zum Weiterlesen:", "Schon gelesen?", "À lire aussi",
 * "Contenido relacionado", "Leggi anche", "Lees ook".
 */
export const RELATED_LABEL_LINE =
  /^(?:das (?:könnte|dürfte) (?:sie|dich|euch) auch interessieren|(?:das|dieses) thema könnte (?:sie|dich) auch interessieren|(?:auch|ebenfalls) interessant|mehr zum thema|mehr themen|weitere (?:artikel|beiträge|meldungen|nachrichten|themen)|lesen sie (?:auch|mehr)(?: (?:die|den) folgenden? (?:beiträge|artikel|beitrag))?|zum weiterlesen|schon gelesen\??|lies auch|ähnliche (?:artikel|beiträge)|vorschau auf den nächsten artikel|(?:à|a) lire (?:aussi|également)|lire aussi|sur le même (?:sujet|thème)|vous aimerez aussi|(?:articles?|contenus?) (?:similaires|liés|associés)|lee también|leer más|contenido relacionado|te puede interesar|también te puede interesar|(?:artículos|noticias) relacionad[oa]s|leggi anche|potrebbe interessarti|ti potrebbe interessare|articoli correlati|leia também|veja também|você também pode gostar|(?:artigos|notícias) relacionad[oa]s|lees ook|gerelateerde? (?:artikelen|berichten)?|meer (?:over dit onderwerp|nieuws)|czytaj (?:też|także|więcej)|zobacz (?:też|także|również))\s*[:!.…»>]*\s*$/iu;

/** Rating and feedback prompts: "War der Artikel nützlich?", "Wie bewerten Sie diesen Artikel?", "(Noch keine Bewertungen)". */
export const FEEDBACK_LINE =
  /^(?:(?:war|ist) (?:der|dieser|dieses?) (?:artikel|beitrag|text|inhalt) (?:nützlich|hilfreich)\??|wie (?:bewerten|gefällt) (?:sie|dir|ihnen) (?:diesen|dieser|der) (?:artikel|beitrag)\??|\(?noch keine bewertungen?\)?|cet article vous a-t-il été utile\s*\??|¿?te ha resultado útil\??|questo articolo (?:ti )?è stato utile\??|was this (?:article|post|page) (?:helpful|useful)\??)$/iu;

/** Comment counters and prompts: "Keine Kommentare", "3 Kommentare", "Kommentar schreiben", "Commentaires". */
export const COMMENT_COUNT_LINE =
  /^(?:keine|\d+)?\s*(?:kommentare?|commentaires?|comentarios?|commenti|commento|comentários?|reacties?|reactie|komentarz[ey]?)(?:\s+(?:schreiben|verfassen|anzeigen|ajouter|laisser|escribir|scrivi|plaatsen))?\s*[:.]?$/iu;

/** Paywall and login prompts: "Pour lire la suite…", "Sie sind aktuell nicht eingeloggt.", "Jetzt abonnieren". */
export const PAYWALL_PROMPT_LINE =
  /^(?:pour (?:lire la suite|accéder (?:en illimité|à (?:la suite|l'article|l’article)))|(?:sie sind|du bist) (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|jetzt (?:abonnieren|anmelden|registrieren|weiterlesen|testen)|weiterlesen mit\b|para (?:seguir|continuar) leyendo|per continuare a leggere|continue a ler|lees verder met|abonnez-vous\b|abonnieren sie\b|suscríbete\b|hazte (?:miembro|socio)\b|iscriviti\b|assine\b|abonneer\b|zapraszamy (?:też )?do subskrypcji)/iu;

/** Ad labels: "Anzeige", "- Anzeige -", "Werbung", "Publicité", "Publicidad", "Pubblicità", "Reklama". */
export const AD_LABEL_LINE =
  /^[-–—\s]*(?:anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama)[-–—\s]*$/iu;

/** Image-credit labels: "Beitragsbild", "Titelbild: …", "Foto: …", "Crédits photos : …", "Bild anzeigen". */
export const IMAGE_CREDIT_LINE =
  /^(?:(?:beitrags|titel|vorschau|symbol)bild\b.*|(?:bild|foto|fotos|bildquelle|bildnachweis|quelle bild)\s*:.*|bild anzeigen|(?:crédits? photos?|photo|crédit)\s*:.*|(?:foto|imagen|immagine|fotografia)\s*:.*)$/iu;

/** Source notes: "Quelle: Landesregierung", "Quellenangaben:", "Source :", "Fuente:", "Fonte:", "Źródło:". */
export const SOURCE_NOTE_LINE = /^(?:quelle|quellen|quellenangaben?|source|fuente|fonte|bron|źródło)\s*:.{0,80}$/iu;

/**
 * Consent placeholders standing in for an embedded video or post: "Empfohlener redaktioneller Inhalt",
 * "Externer Inhalt", "Contenido externo", "Contenu externe".
 */
export const EMBED_CONSENT_LINE =
  /^(?:empfohlener redaktioneller inhalt|externer? inhalte?|contenido externo|contenu externe|contenuto esterno)\s*[:.]?$/iu;

export type PageFurnitureReason =
  | "share/subscribe call to action"
  | "related links"
  | "rating prompt"
  | "comments"
  | "paywall prompt"
  | "advertisement"
  | "image caption/credit"
  | "source note"
  | "cookie notice";

/** Patterns in the order they are tried: the first match gives the reason. */
export const PAGE_FURNITURE_LINES: readonly (readonly [RegExp, PageFurnitureReason])[] = [
  [SHARE_BUTTON_LINE, "share/subscribe call to action"],
  [RELATED_LABEL_LINE, "related links"],
  [FEEDBACK_LINE, "rating prompt"],
  [COMMENT_COUNT_LINE, "comments"],
  [PAYWALL_PROMPT_LINE, "paywall prompt"],
  [AD_LABEL_LINE, "advertisement"],
  [IMAGE_CREDIT_LINE, "image caption/credit"],
  [SOURCE_NOTE_LINE, "source note"],
  [EMBED_CONSENT_LINE, "cookie notice"],
];

const SPACE = 32;
const NEWLINE = 10;
const TAB = 9;

/**
 * Whether trimmed text of collapsed whitespace (words apart by one space, tab or line break) has at most `max`
 * words. Counts without splitting and stops at the limit: it runs on every block of the article.
 *
 * @example hasAtMostWords("Artikel teilen", 12) // true
 */
export function hasAtMostWords(text: string, max: number): boolean {
  if (text.length <= max) return true;
  let words = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === SPACE || code === NEWLINE || code === TAB) && ++words > max) return false;
  }
  return true;
}

/** Why a short line is page furniture, or null. */
export function pageFurnitureLine(line: string): PageFurnitureReason | null {
  const text = line.trim();
  if (text === "" || !hasAtMostWords(text, MAX_LINE_WORDS)) return null;
  for (const [pattern, reason] of PAGE_FURNITURE_LINES) if (pattern.test(text)) return reason;
  return null;
}

/** Longer paragraphs are body text even when a notice pattern matches their start. */
export const MAX_NOTICE_WORDS = 60;

/**
 * Rights notices: "© 2022, Example News. This article is the copyrighted property of…", "Vervielfältigung nur mit
 * Genehmigung", "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone…", "Tous droits réservés".
 */
export const RIGHTS_NOTICE_START =
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4})|(?:this|the) (?:article|story|content|material) is (?:the )?copyrighted\b|(?:vervielfältigung|nachdruck|weiterverbreitung|weiterverwendung)(?: \S+){0,3} nur mit\b|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|materiał chroniony prawem autorskim|wszelkie prawa zastrzeżone)/iu;

/**
 * Prompts that stand where the rest of a locked story would be, or that sell the site's newsletter: "To view the full
 * story, please subscribe…", "Subscribe now to our e-edition for the full story.", "Never miss the latest news by
 * signing up to our newsletter today!"
 */
export const FULL_STORY_PROMPT_START =
  /^(?:to (?:view|read|see|access|continue reading) (?:the|this) (?:full|whole|entire|rest of the) (?:story|article)\b.{0,40}\bsubscri|subscribe (?:now|today)\b.{0,60}\bfor the (?:full|whole|entire) (?:story|article)\b|never miss (?:the latest|a story|an update|a thing)\b.{0,60}\b(?:sign(?:ing)? up|subscrib\w*|newsletter)\b)/iu;

/**
 * Captions typed as paragraphs, outside any <figure>: "Abbildung 4: klassische Schwachschicht.", "Figure 2: …",
 * "Roman Prymula, photo: Archives du Gouvernement".
 */
export const CAPTION_PARAGRAPH_START =
  /^(?:(?:abbildung|abb\.|grafik|schaubild|figure|fig\.|figura|illustration)(?:\s+\d+[a-z]?)?\s*:\s|[^.!?:]{2,80},\s+(?:photo|foto|photos|fotos|bild)\s*:\s)/iu;

/**
 * Appeals to support, join or follow the site, and blog post footers: "If you enjoyed reading this post – would you
 * consider supporting our work?", "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie…", "Gefällt dir unser
 * Klettermagazin?", "Jede kleine Spende hilft…", "This entry was posted in Allgemein. Bookmark the permalink."
 */
export const SITE_APPEAL_START =
  /^(?:if you (?:enjoyed|liked|like|appreciate)(?: reading)? (?:this|our)\b.{0,60}\b(?:support|donat|subscrib)|wenn (?:ihnen|dir|euch) (?:unser|dieser|der) (?:artikel|beitrag|text) gefallen hat\b|(?:gefällt|gefiel) (?:dir|ihnen|euch) unser(?:e|)? [^\s?]+\?|jede (?:kleine )?spende (?:hilft|zählt)\b|do you want to be informed\b.{0,60}\bsign up|this entry was posted\b)/iu;

/**
 * A comment policy names the comments, their moderation and what happens to them: "ATENÇÃO: Comentários … não serão
 * aprovados pelo moderador.", "Comments are moderated and will be published after review." All three words must be there.
 */
export const COMMENT_WORD = /\b(?:comments?|comentários?|comentarios?|kommentare?|commentaires?|commenti)\b/iu;
export const MODERATION_WORD = /\b(?:moderat|moderad|moderier|modér)\w*/iu;
export const COMMENT_FATE_WORD =
  /\b(?:approv|aprova|aprueb|publica|publish|remov|delet|lösch|freigeschaltet|freigegeben|supprim|review|revis)\w*/iu;

/** Why a paragraph of up to `MAX_NOTICE_WORDS` words is a rights notice, a subscription prompt or a comment policy, or null. */
export function noticeParagraph(paragraph: string): PageFurnitureReason | null {
  const text = paragraph.trim();
  if (text === "" || !hasAtMostWords(text, MAX_NOTICE_WORDS)) return null;
  if (RIGHTS_NOTICE_START.test(text)) return "source note";
  if (FULL_STORY_PROMPT_START.test(text)) return "paywall prompt";
  if (CAPTION_PARAGRAPH_START.test(text)) return "image caption/credit";
  if (SITE_APPEAL_START.test(text)) return "share/subscribe call to action";
  if (COMMENT_WORD.test(text) && MODERATION_WORD.test(text) && COMMENT_FATE_WORD.test(text)) return "comments";
  return null;
}
