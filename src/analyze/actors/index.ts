export { findActors } from "./findActors.js";
export type { FindActorsOptions } from "./findActors.js";
export { loadRegistry } from "./loadRegistry.js";
export type { Registry, RegistryOptions } from "./loadRegistry.js";
export { registryFor } from "./registryFor.js";
export { KnownPeople } from "./knownPeople.js";
export type { KnownPerson } from "./knownPeople.js";
export { actors, actorsStage } from "./actorsStage.js";
export type { Actor, ActorType, MentionKind } from "./types.js";
