import type { Mention, Sentence } from "../../article.js";
import { tokenContext } from "./context.js";
import type { AliasHit, Registry } from "./loadRegistry.js";
import { PeopleBook } from "./people.js";
import type { PersonMention } from "./people.js";
import type { KnownPeople } from "./knownPeople.js";
import { institutionCandidates } from "./institutionNames.js";
import { personCandidates } from "./personCandidates.js";
import { registryCandidates } from "./registryCandidates.js";
import { homonymCapital } from "./homonymCapital.js";
import { regionUse } from "./regionUse.js";
import type { RegistryCandidate } from "./registryCandidates.js";
import { tokenize } from "./tokenize.js";
import type { Token } from "./tokenize.js";
import type { Actor } from "./types.js";

export interface FindActorsOptions {
  /** People named earlier in the run: a bare surname or a headline name of one of them is that person. */
  knownPeople?: KnownPeople;
  /** The article's publication date (ISO 8601): its year tells which office a public figure held. */
  published?: string | null;
}

/** "2016-05-04T10:00:00Z" → 2016 */
const yearPattern = /^(?<year>\d{4})(?:-|$)/;

/** Mention kinds that tell which state the text is about (a named organisation or a person does not). */
const stateKinds = new Set<Mention["kind"]>(["name", "alias", "demonym", "metonym", "epithet", "place"]);
/** A state is the article's own when it holds most of the state mentions, at least this many… */
const dominantMinimum = 3;
/** …and at least this share of them: a story split between two states has none. */
const dominantShare = 0.6;

/** "Hamas-run", "Taliban-controlled": a body run by the group. */
const controlledPattern = /[-‐](?:run|controlled|administered)$/;

/** Words before a capital that make it the place where something happens ("talks in Doha"), not an actor. */
const locatives = new Set([
  "in",
  "at",
  "from",
  "near",
  "into",
  "outside",
  "inside",
  "toward",
  "towards",
  "via",
  "across",
  "around",
  "throughout",
  "through",
  "visited",
  "visiting",
  "visit",
  "left",
  "reached",
  "landed",
  "arrived",
  "between",
]);
/**
 * Words shortly before "to" that make the capital after it a destination ("flew to Doha", "a visit to Washington");
 * otherwise it is the state addressed ("offered support to Doha", "a message to Tehran").
 */
const motionWords = new Set(
  (
    "flew fly flies flying flight flights travel travels traveled travelled traveling travelling trip trips visit " +
    "visits visited visiting journey went go goes going gone return returns returned returning came come comes " +
    "coming head heads headed heading move moves moved moving back way route road relocated fled flee evacuated " +
    "deported arrive arrived sailed drove driven from"
  ).split(" "),
);
/** How far back from "to" a word of motion is looked for. */
const motionReach = 6;

/** Words before an outlet that make it the channel of a statement ("told Fox News"). */
const channelBefore = new Set(["told", "to", "with", "on", "via", "by", "in"]);
const channelAfter = new Set([
  "reported",
  "reports",
  "reporting",
  "quoted",
  "cited",
  "said",
  "says",
  "published",
  "aired",
]);

/**
 * Finds the actors of one article: people (with titles, roles and state), states (by name, demonym, capital or
 * seat of power, epithet), organisations, groups, government bodies and media outlets, with every mention's
 * offsets. Never throws on text; mentions come in text order.
 *
 * @example findActors("Secretary of State Marco Rubio told Fox News…", sentences, registry)
 */
export function findActors(
  text: string,
  sentences: readonly Sentence[],
  registry: Registry,
  options: FindActorsOptions = {},
): { actors: Actor[]; mentions: Mention[] } {
  const tokens = tokenize(text);
  const context = tokenContext(tokens, sentences, registry.commonWords);
  const candidates = personCandidates(tokens, context, registry);
  const year = yearPattern.exec(options.published ?? "")?.groups?.["year"];
  const book = new PeopleBook(
    text,
    tokens,
    registry,
    context,
    options.knownPeople ?? null,
    year === undefined ? null : Number(year),
  );
  for (const candidate of candidates) if (candidate.decided) book.addDecided(candidate);
  book.finish();
  for (const candidate of candidates) if (!candidate.decided) book.addUndecided(candidate);

  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (!candidate.decided) continue;
    for (let i = candidate.prefixStart; i < candidate.end; i++) taken.add(i);
  }
  markTaken(tokens, book.mentions, taken);

  const out = new MentionList(book);
  addTitleMentions(tokens, taken, registry, book);
  for (const mention of book.mentions) out.addPerson(mention);
  const resolver = new RegistryResolver(tokens, text, registry, out);
  resolver.run(
    institutionCandidates(text, tokens, taken, context, registry, registryCandidates(tokens, taken, registry)),
  );
  return out.finish(book.statelessIds());
}

/** Marks the tokens inside person mentions (resolved surnames too), walking both lists once. */
function markTaken(
  tokens: readonly Token[],
  spans: readonly { start: number; end: number }[],
  taken: Set<number>,
): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const span of sorted) {
    while (t < tokens.length && (tokens[t] as Token).start < span.start) t++;
    for (let k = t; k < tokens.length && (tokens[k] as Token).end <= span.end; k++) taken.add(k);
  }
}

/** "the secretary", "the prime minister": the person who last held that title. */
function addTitleMentions(tokens: readonly Token[], taken: Set<number>, registry: Registry, book: PeopleBook): void {
  tokens.forEach((token, i) => {
    // The length test first spares lower-casing every token.
    if (token.text.length !== 3 || token.text.toLowerCase() !== "the" || taken.has(i + 1)) return;
    const match = registry.shortTitles.longest(tokens, i + 1);
    if (!match) return;
    const next = tokens[match.end];
    if (next && (next.text === "of" || next.cap)) return;
    const holder = book.holderOf(match.values, token.start);
    if (!holder) return;
    const end = (tokens[match.end - 1] as Token).end;
    holder.positions.push(token.start);
    book.mentions.push({ start: token.start, end, person: holder, kind: "title", evidence: "inferred" });
    for (let k = i; k < match.end; k++) taken.add(k);
  });
}

/** Collects mentions and the actors they name. */
class MentionList {
  readonly mentions: Mention[] = [];
  readonly actors = new Map<string, Actor>();
  /** Mentions with a state, for "the state most recently mentioned". */
  readonly trail: { at: number; country: string }[] = [];

  constructor(private readonly book: PeopleBook) {}

  addPerson(mention: PersonMention): void {
    const actor = this.book.toActor(mention.person);
    // Built field by field (a rest-and-spread copy is slow and this runs for every person mention), in the order
    // the mention's fields are written.
    const { start, end, kind, evidence, role } = mention;
    this.add(
      actor,
      role === undefined
        ? { start, end, kind, evidence, actor: actor.id, text: "" }
        : { start, end, kind, evidence, role, actor: actor.id, text: "" },
    );
  }

  /**
   * Adds a mention. Only states, their places and bodies stated to be theirs ("Peru's civil defence institute")
   * set the context: "the U.S. Geological Survey" in a story on Peru does not (`setsContext` says so for a body).
   */
  add(actor: Actor, mention: Mention, setsContext?: boolean): void {
    const known = this.actors.get(actor.id);
    if (!known) this.actors.set(actor.id, { ...actor, roles: [...actor.roles], aliases: [] });
    this.mentions.push(mention);
    const stateLike = (actor.type === "country" || actor.type === "place") && stateKinds.has(mention.kind);
    if (actor.country && (setsContext ?? stateLike)) {
      this.trail.push({ at: mention.start, country: actor.country });
    }
  }

  /** The state holding 60% of the state mentions (at least three), or null. */
  dominantCountry(): string | null {
    const counts = new Map<string, number>();
    for (const entry of this.trail) counts.set(entry.country, (counts.get(entry.country) ?? 0) + 1);
    let best: string | null = null;
    let bestCount = 0;
    for (const [country, count] of counts) if (count > bestCount) [best, bestCount] = [country, count];
    return bestCount >= dominantMinimum && bestCount >= dominantShare * this.trail.length ? best : null;
  }

  /** The state of the mention nearest before `at` among `among` (any state when empty). */
  recentCountry(at: number, among: readonly string[] = []): string | null {
    let best: { at: number; country: string } | null = null;
    for (const entry of this.trail) {
      if (entry.at < at && (!best || entry.at > best.at) && (among.length === 0 || among.includes(entry.country)))
        best = entry;
    }
    return best?.country ?? null;
  }

  /**
   * Sorts the mentions and fills aliases. A person of no stated state gets the article's dominant state
   * ("Rosa Villanueva, head of the civil defence institute" in a story on Peru), unless `stateless` says the
   * person speaks for an international body.
   */
  finish(stateless: ReadonlySet<string> = new Set()): { actors: Actor[]; mentions: Mention[] } {
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const dominant = this.dominantCountry();
    if (dominant) {
      for (const actor of this.actors.values()) {
        if (actor.type === "person" && actor.country === null && !stateless.has(actor.id)) actor.country = dominant;
      }
    }
    for (const mention of this.mentions) {
      const actor = this.actors.get(mention.actor);
      if (actor && mention.text !== actor.name && !actor.aliases.includes(mention.text))
        actor.aliases.push(mention.text);
    }
    return { actors: [...this.actors.values()], mentions: this.mentions };
  }
}

/** Turns registry phrases into mentions, in text order, so context (the last state named) is known. */
class RegistryResolver {
  private readonly consumed = new Set<RegistryCandidate>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
    private readonly registry: Registry,
    private readonly out: MentionList,
  ) {}

  run(candidates: readonly RegistryCandidate[]): void {
    // Person mentions carry text already; fill it now that offsets are final.
    for (const mention of this.out.mentions) mention.text = this.text.slice(mention.start, mention.end);
    candidates.forEach((candidate, k) => {
      if (!this.consumed.has(candidate)) this.resolve(candidate, candidates, k);
    });
  }

  private resolve(c: RegistryCandidate, all: readonly RegistryCandidate[], k: number): void {
    const hit = c.hit;
    switch (hit.type) {
      case "actor": {
        const actor = this.registry.actors.get(hit.actor);
        if (!actor) return;
        const channel = actor.type === "media" && this.isChannel(c);
        this.emit(actor, c.start, c.stop, this.nameKind(actor, c), channel ? { channel: true } : {});
        // "the Hamas-run Health Ministry": the body belongs to the group's territory.
        const body = controlledPattern.test(this.tokens[c.first]?.text ?? "") ? this.bodyAfter(c, all, k) : null;
        if (body && actor.country) this.emitGeneric(body.candidate, body.hit, actor.country, body.candidate.start);
        return;
      }
      case "country":
      case "demonym": {
        if (this.headFollows(c)) return;
        const body = this.bodyAfter(c, all, k);
        if (body) return this.emitGeneric(body.candidate, body.hit, hit.country, c.start);
        const actor = this.registry.actors.get(`country:${hit.country}`);
        const kind = hit.type === "demonym" ? "demonym" : this.nameKind(actor ?? { name: "" }, c);
        // "the U.S. Geological Survey": the state names an agency's owner, not the place the story is about.
        if (actor) this.emit(actor, c.start, c.stop, kind, {}, "stated", this.opensName(c) ? false : undefined);
        return;
      }
      case "seat": {
        const place = this.registry.actors.get(hit.place);
        if (!place) return;
        // "Georgetown University", "Nassau County": a place of no known state, not the capital of one the article
        // never names.
        if (hit.kind === "capital" && homonymCapital(place, all))
          return this.emit({ ...place, country: null }, c.start, c.stop, "place");
        const body = this.bodyAfter(c, all, k);
        if (body) return this.emitGeneric(body.candidate, body.hit, place.country, c.start);
        // "Washington Gov. Jay Inslee", "Connecticut and Washington": the state of that name, a place.
        const region = this.registry.actors.get(this.registry.regionOfCapital.get(hit.place) ?? "");
        if (
          region &&
          regionUse(this.tokens, c.first, c.end, place.country, this.registry, (at) => this.personEndsAt(at))
        )
          return this.emit(region, c.start, c.stop, "place");
        if (hit.kind === "place" || this.isLocative(c)) return this.emit(place, c.start, c.stop, "place");
        const actor = this.registry.actors.get(hit.actor ?? `country:${place.country}`);
        if (actor) this.emit(actor, c.start, c.stop, "metonym");
        return;
      }
      case "epithet": {
        const country = hit.country ?? this.out.recentCountry(c.start, hit.candidates);
        const actor = country ? this.registry.actors.get(`country:${country}`) : undefined;
        if (actor) this.emit(actor, c.start, c.stop, "epithet", {}, country === hit.country ? "stated" : "inferred");
        return;
      }
      case "leader": {
        // "the Bush administration": the state's government, named by its leader.
        const actor = this.registry.actors.get(`country:${hit.country}`);
        if (actor) this.emit(actor, c.start, c.stop, "metonym");
        return;
      }
      case "institution": {
        // "Statistics Norway", "the Geophysical Institute of Peru": an organisation of the state it names.
        const actor: Actor = {
          id: hit.id,
          name: hit.name,
          type: "organization",
          country: hit.country,
          roles: [],
          aliases: [],
        };
        this.emit(actor, c.start, c.stop, this.nameKind(actor, c), {}, "stated", hit.setsContext);
        return;
      }
      case "generic": {
        const of = this.stateAfterOf(c, all, k);
        if (of) {
          this.consumed.add(of.candidate);
          return this.emitGeneric(c, hit, of.country, c.start, of.candidate.stop);
        }
        if (hit.mode === "explicit") return;
        this.emitGeneric(c, hit, this.out.recentCountry(c.start), c.start, c.stop, "inferred");
        return;
      }
    }
  }

  private emitGeneric(
    c: RegistryCandidate,
    hit: Extract<AliasHit, { type: "generic" }>,
    country: string | null,
    start: number,
    stop = c.stop,
    evidence: "stated" | "inferred" = "stated",
  ): void {
    this.consumed.add(c);
    if (hit.collective) {
      const state = country ? this.registry.actors.get(`country:${country}`) : undefined;
      if (state) this.emit(state, start, stop, "demonym");
      return;
    }
    const stateName = country ? (this.registry.actors.get(`country:${country}`)?.name ?? country) : null;
    const actor: Actor = {
      id: country ? `org:${hit.key}:${country}` : `org:${hit.key}`,
      name: stateName ? `${stateName} ${hit.name}` : hit.name,
      type: "organization",
      country,
      roles: [],
      aliases: [],
    };
    this.emit(actor, start, stop, "alias", {}, evidence, evidence === "stated");
  }

  /** "Qatari Foreign Ministry", "Gaza's Health Ministry", "Israel's military": a body right after a state. */
  private bodyAfter(
    c: RegistryCandidate,
    all: readonly RegistryCandidate[],
    k: number,
  ): { candidate: RegistryCandidate; hit: Extract<AliasHit, { type: "generic" }> } | null {
    const next = all[k + 1];
    if (!next || next.hit.type !== "generic") return null;
    const possessive = this.tokens[c.end]?.text === "'s" || this.tokens[c.end]?.text === "’s";
    if (next.first !== c.end + (possessive ? 1 : 0)) return null;
    if (c.hit.type === "demonym" && possessive) return null;
    return { candidate: next, hit: next.hit };
  }

  /** "Ministry of Foreign Affairs of Qatar" */
  private stateAfterOf(
    c: RegistryCandidate,
    all: readonly RegistryCandidate[],
    k: number,
  ): { candidate: RegistryCandidate; country: string } | null {
    const next = all[k + 1];
    if (!next || this.tokens[c.end]?.text !== "of" || next.first !== c.end + 1) return null;
    if (next.hit.type === "country") return { candidate: next, country: next.hit.country };
    return null;
  }

  /** "Qatar Airways", "Israel Aerospace Industries": the state's name begins another name. */
  private headFollows(c: RegistryCandidate): boolean {
    const next = this.tokens[c.end];
    return !!next && next.cap && this.registry.nonPersonHeads.has(next.text) && !this.registry.aliases.has(next.text);
  }

  /** "U.S. Geological Survey": capitalised words after the state end in an organisation's head word. */
  private opensName(c: RegistryCandidate): boolean {
    for (let k = c.end; k < c.end + 4; k++) {
      const token = this.tokens[k];
      if (!token?.cap) return false;
      if (this.registry.nonPersonHeads.has(token.text)) return k > c.end;
    }
    return false;
  }

  private isLocative(c: RegistryCandidate): boolean {
    const before = this.tokens[c.first - 1]?.text.toLowerCase() ?? "";
    const after = this.tokens[c.end];
    const countryAfter =
      after?.text === "," &&
      this.registry.aliases.get(this.tokens[c.end + 1]?.text ?? "").some((h) => h.type === "country");
    return locatives.has(before) || countryAfter || (before === "to" && this.motionBefore(c.first - 1));
  }

  /** A word of motion in the few tokens before the "to" at `to`, in the same sentence. */
  private motionBefore(to: number): boolean {
    for (let k = to - 1; k >= Math.max(0, to - motionReach); k--) {
      const token = this.tokens[k] as Token;
      if (/^[.;!?]$/u.test(token.text)) return false;
      if (motionWords.has(token.text.toLowerCase())) return true;
    }
    return false;
  }

  /** Whether a person mention ends at character `offset`. */
  private personEndsAt(offset: number): boolean {
    return this.out.mentions.some((m) => m.end === offset && this.out.actors.get(m.actor)?.type === "person");
  }

  private isChannel(c: RegistryCandidate): boolean {
    const before = this.tokens[c.first - 1]?.text.toLowerCase() ?? "";
    const twoBefore = `${this.tokens[c.first - 2]?.text.toLowerCase() ?? ""} ${before}`;
    const after = this.tokens[c.end]?.text ?? "";
    return channelBefore.has(before) || twoBefore === "according to" || channelAfter.has(after);
  }

  private nameKind(actor: { name: string }, c: RegistryCandidate): "name" | "alias" {
    return this.text.slice(c.start, c.stop) === actor.name ? "name" : "alias";
  }

  private emit(
    actor: Actor,
    start: number,
    stop: number,
    kind: Mention["kind"] & string,
    extra: { channel?: boolean } = {},
    evidence: "stated" | "inferred" = "stated",
    setsContext?: boolean,
  ): void {
    this.out.add(
      actor,
      {
        start,
        end: stop,
        actor: actor.id,
        text: this.text.slice(start, stop),
        evidence,
        kind,
        ...extra,
      },
      setsContext,
    );
  }
}
