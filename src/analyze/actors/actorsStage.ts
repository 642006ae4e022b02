import type { Stage } from "../../stage.js";
import { findActors } from "./findActors.js";
import type { Registry } from "./loadRegistry.js";
import { registryFor } from "./registryFor.js";

/**
 * The actors stage for a given registry: fills `article.mentions` and `article.actors`, reading bare surnames
 * against the run's `ctx.knownPeople` when given and adding this article's people to it.
 *
 * @example const stage = actorsStage(registryFor("actors.yaml"));
 */
export function actorsStage(registry?: Registry): Stage {
  return {
    name: "actors",
    run(article, ctx) {
      const use = registry ?? ctx.registry ?? registryFor();
      const known = ctx.knownPeople;
      const published = article.meta.published;
      const { actors: found, mentions } = findActors(article.text, article.sentences, use, {
        ...(known ? { knownPeople: known } : {}),
        ...(published ? { published } : {}),
      });
      article.mentions = mentions;
      article.actors = found;
      known?.remember(found, mentions);
    },
  };
}

/** The actors stage: `ctx.registry` when the run gives one, else the shipped dictionaries (built on first use). */
export const actors: Stage = actorsStage();
