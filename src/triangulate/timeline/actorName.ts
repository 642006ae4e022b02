/** Display names of actor ids for summaries and exports. */

/** What naming an actor needs from the dossier's actor list. */
export interface NamedActor {
  id: string;
  name: string;
  type?: string;
  country: string | null;
}

/**
 * The name to show for an actor id: the actor's name (with its country for a generic agent, "civilians (PSE)"),
 * else the id's readable part ("agent:hostages" → "hostages").
 *
 * @example actorName("agent:civilians:PSE", new Map()) // "civilians (PSE)"
 */
export function actorName(id: string, actors: ReadonlyMap<string, NamedActor>): string {
  const actor = actors.get(id);
  const [kind = "", slug = id, country] = id.split(":");
  const generic = kind === "agent";
  const name = actor?.name ?? (slug === "" ? id : slug.replace(/-/g, " "));
  const countryCode = actor?.country ?? country ?? null;
  return generic && countryCode ? `${name} (${countryCode})` : name;
}
