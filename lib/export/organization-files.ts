// An organization export as files: one JSON document, or one CSV per table in a ZIP.
import { toCsv, type CsvValue } from "@/lib/export/csv";
import { createZip } from "@/lib/export/zip";
import { dayKey } from "@/lib/calendar/days";

export type ExportCell = CsvValue;

export interface ExportTable {
  name: string;
  columns: readonly string[];
  rows: Record<string, ExportCell>[];
}

export interface OrganizationExport {
  exportedAt: Date;
  organizationSlug: string;
  tables: ExportTable[];
}

export const EXPORT_FORMAT_VERSION = "coachboard-export/1";

/** A file name for today's export, e.g. "coachboard-acme-2026-11-22". */
export function exportBaseName(data: OrganizationExport): string {
  return `coachboard-${data.organizationSlug.replace(/[^a-z0-9-]/gi, "") || "organization"}-${dayKey(data.exportedAt)}`;
}

/** JSON: { format, exportedAt, tables: { name: rows } }. Whole-number bigints (money in minor units) are decimal strings. */
export function exportToJson(data: OrganizationExport): string {
  const tables = Object.fromEntries(data.tables.map((table) => [table.name, table.rows]));
  return JSON.stringify({ format: EXPORT_FORMAT_VERSION, exportedAt: data.exportedAt.toISOString(), tables }, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), 2);
}

/** A ZIP of "<table>.csv" files (formula-escaped, RFC 4180). */
export function exportToCsvZip(data: OrganizationExport): Uint8Array {
  const encoder = new TextEncoder();
  return createZip(
    data.tables.map((table) => ({ name: `${table.name}.csv`, data: encoder.encode(toCsv(table.columns, table.rows)) })),
    data.exportedAt,
  );
}
