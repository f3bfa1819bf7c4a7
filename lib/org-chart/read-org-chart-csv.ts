// Reads an org chart as HR systems export it: the columns are found by name (case-insensitive,
// common synonyms), each row is validated with zod, and every problem is reported with its row.
import { readCsvTable } from "@/lib/import/csv-table";
import { displayValue, ImportErrorList } from "@/lib/import/error-list";
import type { ImportError } from "@/lib/import/types";
import { MAX_PEOPLE_IMPORT_ROWS, orgChartRowSchema, type OrgChartRow } from "@/lib/validation/people-import";

export type OrgChartField = "name" | "firstName" | "lastName" | "email" | "role" | "manager" | "team" | "region";

// Normalized header → field. Job titles are not roles, so "Title" is deliberately not a synonym.
const SYNONYMS: Record<OrgChartField, string[]> = {
  name: ["name", "full name", "fullname", "employee name", "employee", "person", "display name"],
  firstName: ["first name", "firstname", "given name"],
  lastName: ["last name", "lastname", "surname", "family name"],
  email: ["email", "e mail", "work email", "email address", "work email address", "business email", "mail"],
  role: ["role", "coachboard role", "access role", "app role"],
  manager: ["manager", "reports to", "manager email", "manager name", "supervisor", "line manager", "reports to email", "direct manager"],
  team: ["team", "department", "team name", "sales team", "group", "dept"],
  region: ["region", "office", "area", "territory", "location", "region name"],
};

const FIELD_BY_HEADER = new Map<string, OrgChartField>(Object.entries(SYNONYMS).flatMap(([field, names]) => names.map((name) => [name, field as OrgChartField] as const)));

/** "Work E-mail", "work_email" and " WORK  EMAIL " all read as "work e mail"-style keys. */
export function normalizeOrgChartHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, " ")
    .trim();
}

export function fieldOfHeader(name: string): OrgChartField | null {
  return FIELD_BY_HEADER.get(normalizeOrgChartHeader(name)) ?? null;
}

type Columns = Partial<Record<OrgChartField, string>>;

/** On bad rows, `readable` holds the good ones with the columns, so they can be checked too and every problem shown at once. */
export type OrgChartReadResult = { ok: true; rows: OrgChartRow[]; columns: Columns } | { ok: false; errors: ImportError[]; readable?: { rows: OrgChartRow[]; columns: Columns } };

export function readOrgChartCsv(text: string, options: { maxRows?: number } = {}): OrgChartReadResult {
  const maxRows = options.maxRows ?? MAX_PEOPLE_IMPORT_ROWS;
  const table = readCsvTable(text);
  if (!table.ok) return { ok: false, errors: [{ row: 1, column: null, message: table.message }] };

  const errors = new ImportErrorList();
  const indexOf = new Map<OrgChartField, { index: number; name: string }>();
  table.header.forEach((name, index) => {
    const field = fieldOfHeader(name);
    if (!field) return;
    const earlier = indexOf.get(field);
    if (earlier) {
      errors.add(1, name, `columns '${displayValue(earlier.name)}' and '${displayValue(name)}' both give the ${describeField(field)}; keep one`);
      return;
    }
    indexOf.set(field, { index, name });
  });
  const shownHeader = table.header.filter((name) => name !== "").slice(0, 12).map(displayValue).join(", ") || "nothing";
  if (!indexOf.has("email")) errors.add(1, null, `missing an email column ('Email' or 'Work Email'; the header has: ${shownHeader})`);
  if (!indexOf.has("name") && !(indexOf.has("firstName") && indexOf.has("lastName")))
    errors.add(1, null, `missing a name column ('Name', 'Full Name', or 'First Name' and 'Last Name'; the header has: ${shownHeader})`);
  if (errors.count > 0) return { ok: false, errors: errors.toArray() };
  if (table.records.length === 0 && !table.unreadable) return { ok: false, errors: [{ row: 1, column: null, message: "the file has a header but no people" }] };
  if (table.records.length > maxRows)
    return { ok: false, errors: [{ row: 1, column: null, message: `the file has ${table.records.length.toLocaleString("en-US")} people; the limit is ${maxRows.toLocaleString("en-US")}` }] };

  const cell = (fields: readonly string[], field: OrgChartField): string => {
    const column = indexOf.get(field);
    return column ? (fields[column.index] ?? "") : "";
  };
  const columnName = (field: string): string | null => {
    const key = (field === "name" && !indexOf.has("name") ? "firstName" : field) as OrgChartField;
    return indexOf.get(key)?.name ?? null;
  };

  const rows: OrgChartRow[] = [];
  for (const record of table.records) {
    const fields = record.fields;
    const name = indexOf.has("name") ? cell(fields, "name") : `${cell(fields, "firstName").trim()} ${cell(fields, "lastName").trim()}`;
    const parsed = orgChartRowSchema.safeParse({
      name,
      email: cell(fields, "email"),
      role: cell(fields, "role"),
      manager: cell(fields, "manager"),
      team: cell(fields, "team"),
      region: cell(fields, "region"),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        const column = columnName(field);
        errors.add(record.line, column, `${describeField(field as OrgChartField)}: ${issue.message}`);
      }
      continue;
    }
    rows.push({ ...parsed.data, row: record.line });
  }
  if (table.unreadable) errors.add(table.unreadable.line, null, table.unreadable.message);
  const columns: Columns = Object.fromEntries([...indexOf].map(([field, column]) => [field, column.name]));
  if (errors.count > 0) return { ok: false, errors: errors.toArray(), readable: { rows, columns } };
  return { ok: true, rows, columns };
}

function describeField(field: OrgChartField): string {
  return { name: "name", firstName: "first name", lastName: "last name", email: "email", role: "role", manager: "manager", team: "team", region: "region" }[field] ?? field;
}
