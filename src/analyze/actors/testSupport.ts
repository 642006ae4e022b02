import type { Mention } from "../../article.js";
import { segment } from "../segment.js";
import { newArticle } from "../../pipeline.js";
import { findActors } from "./findActors.js";
import { loadRegistry } from "./loadRegistry.js";
import type { Registry } from "./loadRegistry.js";
import type { Actor } from "./types.js";

let registry: Registry | null = null;

/** The shipped registry, loaded once per test file. */
export function shippedRegistry(): Registry {
  registry ??= loadRegistry();
  return registry;
}

/** Runs the segmenter and findActors over a text, as the pipeline does. */
export function analyse(text: string, with_: Registry = shippedRegistry()): { actors: Actor[]; mentions: Mention[] } {
  const article = newArticle({ source: "test", format: "text", body: text, meta: {} });
  article.text = text;
  segment.run(article, { maxTextChars: 2_000_000 });
  return findActors(text, article.sentences, with_);
}
