import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { eventsDataDir, loadCameoTable } from "./cameoCodes.js";
import type { CameoTable } from "./cameoCodes.js";
import { verbForms } from "./inflect.js";
import type { NominalPattern } from "./nominalEvents.js";
import type { VerbFormKind } from "./inflect.js";

/**
 * How a governing verb frames the event verb after "to": "threatened to strike", "urged Iran to release". A command
 * ("ordered the army to shell Gaza") is the commander's own act when it is coercion or force, else a demand.
 */
export type FrameKind = "threat" | "intent" | "refusal" | "appeal" | "demand" | "command";
const frameKinds = ["threat", "intent", "refusal", "appeal", "demand", "command"] as const;

/** One element after the verb lemma: a set of words (any one, plurals included) or the target actor's place. */
export type PatternElement = { kind: "words"; words: ReadonlySet<string>; text: string } | { kind: "target" };

/** A compiled verb pattern: "accuse {target} of spying" → 1125. */
export interface VerbPattern {
  code: string;
  lemma: string;
  elements: readonly PatternElement[];
  /** How many word elements it has: more is more specific. */
  literals: number;
  /** Position in the dictionary (user patterns first): the tie-breaker of last resort. */
  order: number;
  source: string;
}

export interface VerbForm {
  lemma: string;
  kind: VerbFormKind;
}

/** Everything the event coder looks up, built once per run and read-only afterwards. */
export interface EventDictionary {
  readonly codes: CameoTable;
  /** Every form of every lemma that heads a pattern or a frame: "struck" → strike (past). */
  readonly forms: ReadonlyMap<string, readonly VerbForm[]>;
  readonly patterns: ReadonlyMap<string, readonly VerbPattern[]>;
  readonly frames: ReadonlyMap<string, FrameKind>;
  /** Code derivations per frame: longest matching prefix → code, "=" keeps the code, "-" means no event. */
  readonly derive: Readonly<Record<FrameKind, ReadonlyMap<string, string>>>;
  /** Every form of the verbs (and nouns) that report speech: "said", "declared", "reminder". */
  readonly speech: ReadonlySet<string>;
  /** Nouns that name an event, by form ("attacks" → attack on|against → 190). */
  readonly nominals: ReadonlyMap<string, readonly NominalPattern[]>;
  /** Common nouns that name a generic actor ("rebels", "police") → the agent's name. */
  readonly agents: ReadonlyMap<string, string>;
  /** Verbs whose event is named by the noun after them, by lemma: "make" → [[]], "carry" → [["out"]]. */
  readonly lightVerbs: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Event nouns by form, with the verb lemma whose patterns they take: "appeals" → appeal, "warning" → warn. */
  readonly eventNouns: ReadonlyMap<string, string>;
}

export interface EventDictionaryOptions {
  /** A YAML file of the same shape as data/events/verbs.yaml; its patterns are tried before the shipped ones. */
  userFile?: string;
  /** The folder of the shipped dictionaries; defaults to the package's data/events/. */
  dataDir?: string;
}

const cameoCode = z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'expected a CAMEO code such as "046"');
const lemma = z.string().regex(/^[a-z][a-z-]*$/, "expected a lower-case verb lemma");
const derivedCode = z.union([cameoCode, z.literal("="), z.literal("-")]);
const verbsFile = z.object({
  irregular: z.record(lemma, z.tuple([z.string(), z.string()])).default({}),
  frames: z.partialRecord(z.enum(frameKinds), z.array(lemma)).default({}),
  derive: z.partialRecord(z.enum(frameKinds), z.record(z.string().regex(/^(\d{2,4}|\*)$/), derivedCode)).default({}),
  agents: z.record(z.string(), z.string()).default({}),
  speech: z.array(lemma).default([]),
  lightVerbs: z.array(z.string().regex(/^[a-z][a-z-]*( [a-z]+)*$/, 'expected "verb" or "verb particle"')).default([]),
  eventNouns: z.record(z.string().regex(/^[a-z][a-z-]*$/, "expected a lower-case noun"), lemma).default({}),
  nominals: z
    .array(
      z.object({
        code: cameoCode,
        patterns: z.array(
          z
            .string()
            .trim()
            .regex(
              /^[a-z][a-z-]* +[a-z]+(\|[a-z]+)*$/,
              'expected "noun preposition|preposition", e.g. "attack on|against"',
            ),
        ),
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({
        code: cameoCode,
        patterns: z.array(
          z
            .string()
            .trim()
            .regex(
              /^[a-z][a-z-]*( +(\{target\}|[a-z$'-]+(\|[a-z$'-]+)*))*$/,
              'expected "verb word|word {target} word…"',
            ),
        ),
      }),
    )
    .default([]),
});
type VerbsFile = z.infer<typeof verbsFile>;

/**
 * Builds the event dictionary from data/events/ (verb patterns, frames, agents, CAMEO code table) and an optional
 * user file. Throws a message naming the file, entry and field when a dictionary is invalid, or when a pattern
 * uses a code missing from the code table.
 *
 * @example const dictionary = loadEventDictionary({ userFile: "my-verbs.yaml" });
 */
export function loadEventDictionary(options: EventDictionaryOptions = {}): EventDictionary {
  const dir = options.dataDir ?? eventsDataDir;
  const codes = loadCameoTable(`${dir}cameo.yaml`);
  const files = [...(options.userFile ? [readVerbs(options.userFile)] : []), readVerbs(`${dir}verbs.yaml`)];

  const irregular = new Map<string, readonly [string, string]>();
  const frames = new Map<string, FrameKind>();
  const agents = new Map<string, string>();
  const speech = new Set<string>();
  const lightVerbs = new Map<string, string[][]>();
  const eventNouns = new Map<string, string>();
  const derive = Object.fromEntries(frameKinds.map((k) => [k, new Map<string, string>()])) as Record<
    FrameKind,
    Map<string, string>
  >;
  // Shipped entries first, then the user's, so the user's override.
  for (const file of [...files].reverse()) {
    for (const [lemmaText, forms] of Object.entries(file.irregular)) irregular.set(lemmaText, forms);
    for (const kind of frameKinds) for (const head of file.frames[kind] ?? []) frames.set(head, kind);
    for (const kind of frameKinds)
      for (const [prefix, code] of Object.entries(file.derive[kind] ?? {})) derive[kind].set(prefix, code);
    for (const [noun, name] of Object.entries(file.agents)) agents.set(noun.toLowerCase(), name);
    for (const head of file.speech) for (const form of verbForms(head, irregular.get(head)).keys()) speech.add(form);
    for (const text of file.lightVerbs) {
      const [head = "", ...particles] = text.split(" ");
      lightVerbs.set(head, [...(lightVerbs.get(head) ?? []), particles]);
    }
    for (const [noun, verb] of Object.entries(file.eventNouns))
      for (const form of withPlurals(noun)) if (!eventNouns.has(form) || form === noun) eventNouns.set(form, verb);
  }

  const patterns = new Map<string, VerbPattern[]>();
  let order = 0;
  files.forEach((file, fileIndex) => {
    for (const entry of file.events) {
      if (!codes.get(entry.code)) {
        throw new Error(
          `${fileIndex === 0 && options.userFile ? options.userFile : "verbs.yaml"}: code ${entry.code} is not in the CAMEO code table`,
        );
      }
      for (const text of entry.patterns) {
        const pattern = compilePattern(text, entry.code, order++);
        const list = patterns.get(pattern.lemma) ?? [];
        list.push(pattern);
        patterns.set(pattern.lemma, list);
      }
    }
  });
  for (const [kind, table] of Object.entries(derive)) {
    for (const code of table.values()) {
      if (code !== "=" && code !== "-" && !codes.get(code))
        throw new Error(`verbs.yaml: derive.${kind}: code ${code} is not in the CAMEO code table`);
    }
  }

  const nominals = new Map<string, NominalPattern[]>();
  for (const file of files) {
    for (const entry of file.nominals) {
      if (!codes.get(entry.code)) throw new Error(`nominals: code ${entry.code} is not in the CAMEO code table`);
      for (const text of entry.patterns) {
        const [noun = "", prepositions = ""] = text.split(/\s+/);
        const pattern: NominalPattern = { code: entry.code, noun, prepositions: new Set(prepositions.split("|")) };
        for (const form of withPlurals(noun)) nominals.set(form, [...(nominals.get(form) ?? []), pattern]);
      }
    }
  }

  const forms = new Map<string, VerbForm[]>();
  for (const [noun, verb] of eventNouns) {
    if (!patterns.has(verb)) throw new Error(`verbs.yaml: eventNouns.${noun}: no pattern has the verb "${verb}"`);
  }
  for (const head of new Set([...patterns.keys(), ...frames.keys(), ...lightVerbs.keys()])) {
    for (const [form, kind] of verbForms(head, irregular.get(head))) {
      const list = forms.get(form) ?? [];
      list.push({ lemma: head, kind });
      forms.set(form, list);
    }
  }
  return { codes, forms, patterns, frames, derive, agents, speech, nominals, lightVerbs, eventNouns };
}

function readVerbs(file: string): VerbsFile {
  const parsed = verbsFile.safeParse(parse(readFileSync(file, "utf8")) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** "sign agreement|accord" → lemma sign, then one element matching agreement(s) or accord(s). */
function compilePattern(text: string, code: string, order: number): VerbPattern {
  const [head = "", ...rest] = text.split(/\s+/);
  const elements: PatternElement[] = rest.map((part) =>
    part === "{target}"
      ? { kind: "target" }
      : { kind: "words", words: new Set(part.split("|").flatMap(withPlurals)), text: part },
  );
  return {
    code,
    lemma: head,
    elements,
    literals: elements.filter((e) => e.kind === "words").length,
    order,
    source: text,
  };
}

/** A noun in a pattern matches its plural too: "agreement" → agreements, "embargo" → embargoes, "party" → parties. */
function withPlurals(word: string): string[] {
  const forms = [word, `${word}s`];
  if (/(s|x|z|ch|sh|o)$/.test(word)) forms.push(`${word}es`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  return forms;
}
