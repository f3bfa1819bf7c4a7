export * from "./types";
export { IMPORT_PRESETS } from "./presets";
