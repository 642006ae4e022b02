import type { Actor } from "../actors/types.js";
import type { Stage } from "../../stage.js";
import { loadEventDictionary } from "./eventDictionary.js";
import type { EventDictionary } from "./eventDictionary.js";
import { findEvents } from "./findEvents.js";

/**
 * The events stage for a given dictionary: fills `article.events`, and adds to `article.actors` the generic
 * agents ("rebels", "police") that events name as source or target, so every event actor id resolves.
 *
 * @example const stage = eventsStage(loadEventDictionary({ userFile: "my-verbs.yaml" }));
 */
export function eventsStage(dictionary: EventDictionary): Stage {
  return {
    name: "events",
    run(article) {
      article.events = findEvents(article, dictionary);
      const known = new Set(article.actors.map((a) => a.id));
      for (const event of article.events) {
        for (const id of [event.source, event.target]) {
          if (!id || known.has(id) || !id.startsWith("agent:")) continue;
          known.add(id);
          article.actors.push(agentActor(id));
        }
      }
    },
  };
}

/** "agent:rebels" → rebels; "agent:legislature:DZA" → legislature of DZA. */
function agentActor(id: string): Actor {
  const [, name = "", country = null] = id.split(":");
  return { id, name, type: "group", country, roles: [], aliases: [] };
}

let shipped: Stage | null = null;

/** The events stage with the shipped dictionaries only, built on first use. */
export const events: Stage = {
  name: "events",
  run(article, ctx) {
    shipped ??= eventsStage(loadEventDictionary());
    shipped.run(article, ctx);
  },
};
