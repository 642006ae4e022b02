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

/** Why a short line is page furniture, or null. */
export function pageFurnitureLine(line: string): PageFurnitureReason | null {
  const text = line.trim();
  if (text === "" || text.split(/\s+/u).length > MAX_LINE_WORDS) return null;
  for (const [pattern, reason] of PAGE_FURNITURE_LINES) if (pattern.test(text)) return reason;
  return null;
}
