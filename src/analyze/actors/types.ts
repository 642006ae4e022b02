/** What kind of thing an actor is. `place` is a location that does not act (a capital used as a place). */
export type ActorType = "person" | "country" | "organization" | "group" | "media" | "place" | "other";

/**
 * An actor of one article, as the dossier lists it.
 *
 * @example { id: "person:marco-rubio", name: "Marco Rubio", type: "person", country: "USA",
 *            roles: ["Secretary of State"], aliases: ["Rubio", "the secretary"] }
 */
export interface Actor {
  /** Stable across the articles of one run: "country:QAT", "person:marco-rubio", "org:state-department". */
  id: string;
  name: string;
  type: ActorType;
  /** ISO 3166-1 alpha-3 code, or null when unknown or international. */
  country: string | null;
  roles: string[];
  /** Other forms the article used for this actor (surname, title, demonym, metonym). */
  aliases: string[];
}

/**
 * How a mention names its actor: by `name`, a registry `alias`, a `demonym` ("Qatari officials"), a capital or seat
 * of power acting as its state (`metonym`), an `epithet` ("the Jewish state"), a `surname`, `given` name or `title` alone
 * (coreference), or a `place` (a capital or region where something happens, not an actor).
 */
export type MentionKind =
  "name" | "alias" | "demonym" | "metonym" | "epithet" | "surname" | "given" | "title" | "place";
