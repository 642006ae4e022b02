import type { Actor } from "../actors/types.js";
import type { Stage } from "../../stage.js";
import { loadEventDictionary } from "./eventDictionary.js";
import type { EventDictionary } from "./eventDictionary.js";
import { findEvents } from "./findEvents.js";

/**
 * The events stage for a given dictionary: fills `article.events`, and adds to `article.actors` the generic
 * agents ("rebels", "police") and the names unknown to the registry ("named:azadliq") that events name as source
 * or target, so every event actor id resolves.
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
        const roles = [
          [event.source, event.sourceSpan],
          [event.target, event.targetSpan],
        ] as const;
        for (const [id, span] of roles) {
          if (!id || known.has(id)) continue;
          if (id.startsWith("agent:")) article.actors.push(agentActor(id));
          else if (id.startsWith("named:") && span)
            article.actors.push(namedActor(id, article.text.slice(span.start, span.end)));
          else continue;
          known.add(id);
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

/** A name the registry does not know ("Azadliq"), as the article wrote it; what kind of actor it is is unknown. */
function namedActor(id: string, name: string): Actor {
  return { id, name, type: "other", country: null, roles: [], aliases: [] };
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
