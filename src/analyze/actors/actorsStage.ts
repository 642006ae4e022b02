import type { Stage } from "../../stage.js";
import { findActors } from "./findActors.js";
import { loadRegistry } from "./loadRegistry.js";
import type { Registry } from "./loadRegistry.js";

/**
 * The actors stage for a given registry: fills `article.mentions` and `article.actors`.
 *
 * @example const stage = actorsStage(loadRegistry({ userFile: "actors.yaml" }));
 */
export function actorsStage(registry: Registry): Stage {
  return {
    name: "actors",
    run(article) {
      const { actors: found, mentions } = findActors(article.text, article.sentences, registry);
      article.mentions = mentions;
      article.actors = found;
    },
  };
}

let shipped: Stage | null = null;

/** The actors stage with the shipped dictionaries only, built on first use (the registry takes ~0.3 s to load). */
export const actors: Stage = {
  name: "actors",
  run(article, ctx) {
    shipped ??= actorsStage(loadRegistry());
    shipped.run(article, ctx);
  },
};
