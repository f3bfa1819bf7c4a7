export * from "./types";
export { IMPORT_PRESETS, guessPreset, type ImportPresetKey } from "./presets";
export { parseActivityCsv, readCsvHeader } from "./parse-activity-csv";
export { parseImportDate, type ParsedImportDate } from "./dates";
export { columnMappingSchema } from "./mapping-schema";
export { MAX_LISTED_ERRORS } from "./error-list";
export { listActivityTypes, type ActivityTypeCount } from "./activity-types";
