import { findActors, loadRegistry } from "../actors/index.js";
import type { Registry } from "../actors/index.js";
import type { ArticleEvent, TimeExpression } from "../../article.js";
import { findEvents } from "./findEvents.js";
import { loadEventDictionary } from "./eventDictionary.js";
import type { EventDictionary } from "./eventDictionary.js";

let registry: Registry | null = null;
let dictionary: EventDictionary | null = null;

/** Test helper: codes one text (one sentence unless sentences are given) through the real actor registry. */
export function codeText(
  text: string,
  options: { times?: TimeExpression[]; published?: string | null } = {},
): ArticleEvent[] {
  registry ??= loadRegistry();
  dictionary ??= loadEventDictionary();
  const sentences = [{ start: 0, end: text.length, paragraph: 0 }];
  const { actors, mentions } = findActors(text, sentences, registry);
  return findEvents(
    {
      text,
      sentences,
      mentions,
      actors,
      times: options.times ?? [],
      meta: { published: options.published ?? "2024-05-01" },
    },
    dictionary,
  );
}

/** "code source>target" per event, for compact expectations. */
export function coded(text: string): string[] {
  return codeText(text).map((e) => `${e.code} ${e.source ?? "-"}>${e.target ?? "-"}`);
}
