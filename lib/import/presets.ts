// Built-in column mappings: Coachboard's own long and wide files and typical CRM activity exports.
// CRM activity types map onto the default funnel's keys; a type whose stage the organization does
// not have is left out, so the import names it as unknown instead of writing to a missing stage.
import { normalizeColumnName } from "./resolve-columns";
import { IGNORED_ACTIVITY, REVENUE_STAGE, type ColumnMapping } from "./types";

export type ImportPresetKey = "coachboard_long" | "coachboard_wide" | "salesforce" | "hubspot";

const SALESFORCE_TYPES: Record<string, string> = {
  Call: "dials",
  "Outbound Call": "dials",
  "Connected Call": "conversations",
  Conversation: "conversations",
  Meeting: "meetings",
  "Meeting Held": "meetings",
  Opportunity: "opportunities",
  "Opportunity Created": "opportunities",
  Proposal: "proposals",
  "Proposal Sent": "proposals",
  "Closed Won": "won",
  Email: IGNORED_ACTIVITY,
  "List Email": IGNORED_ACTIVITY,
  "Send Letter": IGNORED_ACTIVITY,
  Task: IGNORED_ACTIVITY,
  "To Do": IGNORED_ACTIVITY,
};

const HUBSPOT_TYPES: Record<string, string> = {
  CALL: "dials",
  CONNECTED_CALL: "conversations",
  MEETING: "meetings",
  DEAL_CREATED: "opportunities",
  PROPOSAL: "proposals",
  CLOSED_WON: "won",
  EMAIL: IGNORED_ACTIVITY,
  INCOMING_EMAIL: IGNORED_ACTIVITY,
  FORWARDED_EMAIL: IGNORED_ACTIVITY,
  NOTE: IGNORED_ACTIVITY,
  TASK: IGNORED_ACTIVITY,
};

function typeMapFor(types: Record<string, string>, stages: readonly string[]): Record<string, string> {
  const known = new Set<string>([...stages, IGNORED_ACTIVITY, REVENUE_STAGE]);
  return Object.fromEntries(Object.entries(types).filter(([, target]) => known.has(target)));
}

export const IMPORT_PRESETS: Record<ImportPresetKey, (stages: readonly string[]) => ColumnMapping> = {
  coachboard_long: () => ({ format: "long", columns: { repEmail: "rep_email", date: "date", stage: "stage", count: "count" } }),
  coachboard_wide: (stages) => ({
    format: "wide",
    columns: { repEmail: "rep_email", date: "date", stageColumns: Object.fromEntries(stages.map((stage) => [stage, stage])), revenue: REVENUE_STAGE },
  }),
  salesforce: (stages) => ({
    format: "records",
    columns: { repEmail: "Assigned To Email", date: "Date", activityType: "Activity Type", amount: "Amount" },
    typeMap: typeMapFor(SALESFORCE_TYPES, stages),
  }),
  hubspot: (stages) => ({
    format: "records",
    columns: { repEmail: "Activity owner email", date: "Activity date", activityType: "Activity type", amount: "Amount" },
    typeMap: typeMapFor(HUBSPOT_TYPES, stages),
  }),
};

/** The preset whose columns the header has (case-insensitive, trimmed), most specific first. */
export function guessPreset(header: readonly string[], stages: readonly string[]): ImportPresetKey | null {
  const names = new Set(header.map(normalizeColumnName));
  const has = (...required: string[]) => required.every((name) => names.has(normalizeColumnName(name)));
  if (has("Assigned To Email", "Date", "Activity Type")) return "salesforce";
  if (has("Activity owner email", "Activity date", "Activity type")) return "hubspot";
  if (has("rep_email", "date", "stage", "count")) return "coachboard_long";
  if (has("rep_email", "date") && [...stages, REVENUE_STAGE].some((stage) => names.has(normalizeColumnName(stage)))) return "coachboard_wide";
  return null;
}
