import type { Mention } from "../../article.js";
import type { Actor } from "./types.js";

/** A person named in full in an earlier article of the run. */
export interface KnownPerson {
  id: string;
  name: string;
  country: string | null;
  roles: readonly string[];
}

/** Past this many people a run stops remembering new ones (a safe bound on memory for very long runs). */
const defaultLimit = 100_000;

/**
 * People named in full so far in one run, so that a later article that only says "Gupta" or writes the name in a
 * headline finds the person. A surname names someone only when exactly one remembered person carries it.
 * Create one per run; it fills as articles are processed.
 *
 * @example const known = new KnownPeople(); known.remember(article.actors, article.mentions); known.bySurname("Rubio")
 */
export class KnownPeople {
  private readonly people = new Map<string, KnownPerson>();
  private readonly names = new Map<string, string>();
  private readonly surnames = new Map<string, Set<string>>();

  constructor(private readonly limit = defaultLimit) {}

  get size(): number {
    return this.people.size;
  }

  /**
   * Remembers the people of one article named in full, whose name is made of name words, and who are either
   * mentioned twice or given a role or a state (so that a stray "Gary Ross Still" from a headline is not).
   */
  remember(actors: readonly Actor[], mentions: readonly Mention[] = []): void {
    const counts = new Map<string, number>();
    for (const mention of mentions) counts.set(mention.actor, (counts.get(mention.actor) ?? 0) + 1);
    for (const actor of actors) {
      if (actor.type !== "person") continue;
      const words = actor.name.split(" ");
      if (words.length < 2 || !words.every((w) => nameWordPattern.test(w))) continue;
      const attested = (counts.get(actor.id) ?? 0) >= 2 || actor.roles.length > 0 || actor.country !== null;
      if (!attested) continue;
      const known = this.people.get(actor.id);
      if (!known && this.people.size >= this.limit) continue;
      const person: KnownPerson = {
        id: actor.id,
        name: actor.name,
        country: known?.country ?? actor.country,
        roles: [...new Set([...(known?.roles ?? []), ...actor.roles])],
      };
      this.people.set(actor.id, person);
      for (const form of [actor.name, ...actor.aliases]) {
        if (form.split(" ").length >= 2 && /^\p{Lu}/u.test(form)) this.names.set(form, actor.id);
      }
      const surname = words.filter((w) => !suffixPattern.test(w)).at(-1);
      if (surname) {
        const ids = this.surnames.get(surname) ?? new Set<string>();
        ids.add(actor.id);
        this.surnames.set(surname, ids);
      }
    }
  }

  /** The person this full name (or a longer form the run used) belongs to, or null. */
  byName(name: string): KnownPerson | null {
    const id = this.names.get(name);
    return id ? (this.people.get(id) ?? null) : null;
  }

  /** The one remembered person with this surname, or null when there is none or more than one. */
  bySurname(word: string): KnownPerson | null {
    const ids = this.surnames.get(word);
    if (!ids || ids.size !== 1) return null;
    const [id] = ids;
    return id ? (this.people.get(id) ?? null) : null;
  }
}

/** A capitalised word, an initial or a lower-case particle ("bin", "al-Hayya"): no quotes, no "and". */
const nameWordPattern =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:al|el|bin|ben|ibn|abu|de|da|di|del|della|der|van|von|la|le|du|dos|das)(?:[-‐]\p{L}+)?)$/u;
const suffixPattern = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
