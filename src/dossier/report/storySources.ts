/** The numbered sources of one story, and how the report cites them and names actors. */

import type { Dossier, DossierArticle } from "../dossier.js";
import type { Inline } from "./document.js";
import { anchor, text } from "./document.js";

/** An actor id as the pipeline writes it: "person:nabil-awadallah", "org:health-ministry:PSE", "country:ISR". */
const ACTOR_ID = /\b[a-z]+(?::[A-Za-z0-9._-]*[A-Za-z0-9])+/g;

/** Names for actor ids, and a way to put names in place of ids inside derived text ("how group:hamas is described"). */
export class ActorNames {
  private readonly names: Map<string, string>;

  constructor(dossier: Pick<Dossier, "actors">) {
    this.names = new Map(dossier.actors.map((a) => [a.id, a.name]));
  }

  name(id: string | null): string {
    if (id === null) return "unknown speaker";
    return this.names.get(id) ?? id;
  }

  /** @example humanize("how group:hamas is described") // "how Hamas is described" */
  humanize(value: string): string {
    return value.replace(ACTOR_ID, (id) => this.names.get(id) ?? id);
  }
}

/**
 * The articles of one story numbered [1]…[n] in story order, with the anchors citations point at.
 *
 * @example new StorySources("story-1", ids, byId).cite(ids[0]) // { kind: "cite", n: 1, … }
 */
export class StorySources {
  readonly ids: readonly string[];
  private readonly numbers: Map<string, number>;

  constructor(
    readonly storyAnchor: string,
    ids: readonly string[],
    private readonly byId: ReadonlyMap<string, DossierArticle>,
  ) {
    this.ids = [...new Set(ids)];
    this.numbers = new Map(this.ids.map((id, i) => [id, i + 1]));
  }

  article(id: string): DossierArticle | undefined {
    return this.byId.get(id);
  }

  number(id: string): number {
    return this.numbers.get(id) ?? 0;
  }

  outlet(id: string): string {
    return this.byId.get(id)?.outlet ?? this.byId.get(id)?.source ?? id;
  }

  /** The article this one copies, when it is a copy. */
  copyOf(id: string): string | null {
    return this.byId.get(id)?.copyOf ?? null;
  }

  /** The articles that are not copies: the independent reports. */
  independent(): DossierArticle[] {
    return this.ids
      .map((id) => this.byId.get(id))
      .filter((a): a is DossierArticle => a !== undefined && a.copyOf === null);
  }

  targetOf(id: string): string {
    return anchor(this.storyAnchor, "source", String(this.number(id)));
  }

  /** `[2]`, linked to the source's row in the story's sources table. */
  cite(id: string): Inline {
    const a = this.byId.get(id);
    const title = `${this.outlet(id)}: ${a?.title ?? id}`;
    return { kind: "cite", n: this.number(id), title, target: this.targetOf(id) };
  }

  /** "Meridian Times [2]". */
  source(id: string): Inline[] {
    return [text(this.outlet(id)), text(" "), this.cite(id)];
  }
}
