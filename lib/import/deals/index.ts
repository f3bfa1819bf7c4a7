export * from "./types";
export { parseDealsCsv } from "./parse-deals-csv";
export { DEAL_PRESETS, DEAL_PRESET_KEYS, guessDealPreset, type DealPresetKey } from "./presets";
export { dealColumnMappingSchema, dealOutcomeSchema } from "./mapping-schema";
export { normalizePersonName } from "./owner-names";
export { guessOutcome, stageKey } from "./stage-outcomes";
