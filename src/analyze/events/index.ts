export { findEvents } from "./findEvents.js";
export type { EventInput } from "./findEvents.js";
export { loadEventDictionary } from "./eventDictionary.js";
export type { EventDictionary, EventDictionaryOptions, FrameKind } from "./eventDictionary.js";
export { loadCameoTable, cameoRoot, quadClass } from "./cameoCodes.js";
export type { CameoEntry, CameoTable } from "./cameoCodes.js";
export { events, eventsStage } from "./eventsStage.js";
