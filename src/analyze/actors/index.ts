export { findActors } from "./findActors.js";
export { loadRegistry } from "./loadRegistry.js";
export type { Registry, RegistryOptions } from "./loadRegistry.js";
export { actors, actorsStage } from "./actorsStage.js";
export type { Actor, ActorType, MentionKind } from "./types.js";
