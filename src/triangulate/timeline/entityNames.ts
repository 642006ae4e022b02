/**
 * The names an entity goes by, for finding it in text: its own name, the names and aliases of the dossier actors
 * it links to, and forms read off the name itself (a multi-word ending, an acronym, a leading index code, a model
 * number, a person's surname). Works for organisations and products the actors stage does not type.
 */
import { firstNames } from "../../analyze/actors/firstNames.js";

/** What linking needs of a dossier actor. */
export interface LinkableActor {
  id: string;
  name: string;
  type?: string;
  aliases?: readonly string[];
}

/** One way of writing the entity, as lower-case words; `capitalised` forms only match words written with a capital. */
export interface NameForm {
  words: string[];
  capitalised: boolean;
  /** An acronym made from the name ("GM"): trusted only where an article also spells the name out. */
  acronym?: boolean;
}

export interface EntityNames {
  entity: string;
  /** Dossier actor ids the entity links to. */
  ids: string[];
  forms: NameForm[];
  /** Whether the entity is a person (a linked person actor, or a name starting with a known first name). */
  person: boolean;
}

/** Words with letters, digits, "&" or inner hyphens/apostrophes: the unit names are matched in. */
export const nameWordPattern = /[\p{L}\p{N}&]+(?:[-'’.][\p{L}\p{N}&]+)*/gu;

const words = (s: string): string[] => (s.match(nameWordPattern) ?? []).map((w) => w.toLowerCase());
const normal = (s: string): string => words(s).join(" ");

/** Trailing words that describe what a name is rather than which one ("Composite", "Industrial Average", "Inc"). */
const descriptorTailPattern =
  /\s(?:industrial average|average|composite|index|inc|corp|corporation|company|co|ltd|plc|group)$/;
/** A model designation: letters and digits in one word ("A380", "7E7"). */
const modelPattern = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}-]+$/u;
/** A leading code written in capitals ("FTSE", "NASDAQ", "S&P"). */
const leadingCodePattern = /^(?:\p{Lu}{3,}|\p{Lu}+&\p{Lu}+)$/u;
/** Words with a capital initial (acronyms are made of these). */
const capitalPattern = /^\p{Lu}/u;

/**
 * The dossier actors an entity name links to: an actor whose name or an alias is the entity's name, or a final part
 * of it of two words or more ("Air Force" for "United States Air Force"), or the last word of a two-word name ("A380"
 * for "Airbus A380"); places and countries only by full name.
 *
 * @example linkEntity(dossier.actors, "United States Air Force") // ["named:air-force", "named:united-states-air-force"]
 */
export function linkEntity(actors: readonly LinkableActor[], entity: string): string[] {
  const target = normal(entity);
  if (target === "") return [];
  return actors
    .filter((a) => {
      const names = [a.name, ...(a.aliases ?? [])].map(normal).filter((n) => n.length >= 2);
      if (names.includes(target)) return true;
      if (a.type === "place" || a.type === "country") return false;
      const count = target.split(" ").length;
      return names.some((n) => target.endsWith(` ${n}`) && (n.includes(" ") || count === 2));
    })
    .map((a) => a.id);
}

/** Forms read off the name alone. */
function formsOfName(entity: string, person: boolean): NameForm[] {
  const raw = entity.match(nameWordPattern) ?? [];
  const lower = raw.map((w) => w.toLowerCase());
  const out: NameForm[] = [{ words: lower, capitalised: false }];
  if (raw.length < 2) return out;
  // Written as one word ("DaimlerChrysler").
  out.push({ words: [lower.join("")], capitalised: true });
  // Endings of two words or more ("Air Force", "Stock Exchange").
  for (let i = 1; i + 2 <= raw.length; i++)
    if (capitalPattern.test(raw[i] ?? "")) out.push({ words: lower.slice(i), capitalised: true });
  // Without a descriptor tail ("Dow Jones", "NASDAQ"), when two words remain or the rest is a code.
  const bare = normal(entity).replace(descriptorTailPattern, "").replace(descriptorTailPattern, "");
  if (bare !== normal(entity) && (bare.includes(" ") || leadingCodePattern.test(raw[0] ?? "")))
    out.push({ words: bare.split(" "), capitalised: true });
  // A leading code before a number or a descriptor ("CAC 40", "FTSE 100 index", "S&P 500").
  if (leadingCodePattern.test(raw[0] ?? "")) out.push({ words: [lower[0] ?? ""], capitalised: true });
  // An acronym of a name written all in capitalised words ("General Motors" → "GM"); two letters or more.
  if (!person && raw.every((w) => capitalPattern.test(w)) && !raw.some((w) => modelPattern.test(w)))
    out.push({
      words: [
        raw
          .map((w) => w[0])
          .join("")
          .toLowerCase(),
      ],
      capitalised: true,
      acronym: true,
    });
  // A model designation or the name after it ("A380", "Dreamliner" in "Boeing 787 Dreamliner").
  raw.forEach((w, i) => {
    if (i === 0) return;
    if (modelPattern.test(w)) out.push({ words: [w.toLowerCase()], capitalised: true });
    else if (i === raw.length - 1 && /^\d+$/.test(raw[i - 1] ?? "") && capitalPattern.test(w))
      out.push({ words: [w.toLowerCase()], capitalised: true });
  });
  // A person's surname ("Mulally").
  if (person && raw.length >= 2) out.push({ words: [lower.at(-1) ?? ""], capitalised: true });
  return out;
}

/** Aliases that are names, not descriptions ("the secretary") or pronouns. */
const isNameAlias = (alias: string): boolean => capitalPattern.test(alias.trim());

/**
 * The names of an entity: its linked actor ids and every form it can be written in.
 *
 * @example entityNames("General Motors", []).forms.map((f) => f.words.join(" ")) // ["general motors", "generalmotors", "gm"]
 */
export function entityNames(entity: string, actors: readonly LinkableActor[]): EntityNames {
  const ids = linkEntity(actors, entity);
  const linked = actors.filter((a) => ids.includes(a.id));
  const first = (entity.match(nameWordPattern) ?? [])[0] ?? "";
  const names = firstNames();
  const raw = entity.match(nameWordPattern) ?? [];
  // A person's name: two or three capitalised words, the first a given name ("Bank of America" is none).
  const personLike = raw.length >= 2 && raw.length <= 3 && raw.every((w) => capitalPattern.test(w));
  const person =
    linked.some((a) => a.type === "person") ||
    (personLike && (names.male.has(first) || names.female.has(first)) && !linked.length);
  const forms = formsOfName(entity, person);
  for (const a of linked) {
    if (a.type === "place" || a.type === "country") continue;
    for (const name of [a.name, ...(a.aliases ?? [])].filter(isNameAlias))
      forms.push({ words: words(name), capitalised: true });
  }
  const seen = new Set<string>();
  const unique = forms.filter((f) => {
    const key = f.words.join(" ");
    if (key.length < 2 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { entity, ids, forms: unique, person };
}
