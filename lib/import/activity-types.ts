// The activity types a CRM export holds, most frequent first, for the screen that maps each one to
// a funnel stage (or to "ignore") before anything is imported.
import { readCsvTable } from "./csv-table";
import { normalizeColumnName } from "./resolve-columns";

export interface ActivityTypeCount {
  /** As first written in the file, trimmed. */
  type: string;
  records: number;
}

export function listActivityTypes(text: string, column: string, limit = 200): { types: ActivityTypeCount[]; truncated: boolean } {
  const table = readCsvTable(text);
  if (!table.ok) return { types: [], truncated: false };
  const index = table.header.findIndex((name) => normalizeColumnName(name) === normalizeColumnName(column));
  if (index < 0) return { types: [], truncated: false };
  // Types match case-insensitively in the parser, so "Call" and "call" are one type here too.
  const counts = new Map<string, ActivityTypeCount>();
  for (const record of table.records) {
    const type = (record.fields[index] ?? "").trim();
    if (type === "") continue;
    const key = type.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.records++;
    else counts.set(key, { type, records: 1 });
  }
  const sorted = [...counts.values()].sort((a, b) => b.records - a.records || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return { types: sorted.slice(0, limit), truncated: sorted.length > limit };
}
