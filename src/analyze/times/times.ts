import type { Stage } from "../../stage.js";
import { findTimes } from "./findTimes.js";

/**
 * Fills `article.times` with every temporal expression in the clean text, resolved against
 * `article.meta.published`.
 */
export const times: Stage = {
  name: "times",
  run(article) {
    article.times = findTimes(article.text, article.meta.published);
  },
};
