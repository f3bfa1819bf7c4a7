// The contract of the activity CSV import, shared by the upload screen and POST /api/v1/activity/import.
export type ImportFormat = "long" | "wide" | "records";

export type ImportDateStyle = "MDY" | "DMY" | "auto";

export interface ColumnMapping {
  format: ImportFormat;
  columns: {
    repEmail: string;
    date: string;
    stage?: string;
    count?: string;
    activityType?: string;
    amount?: string;
    /** Wide format: stage key → header. Without it every funnel stage key is its own header. */
    stageColumns?: Record<string, string>;
    revenue?: string;
  };
  /** Records format: activity type (case-insensitive, trimmed) → stage key, "revenue" or "ignore". */
  typeMap?: Record<string, string>;
}

export interface ImportRow {
  repId: string;
  day: string;
  /** A funnel stage key or "revenue". */
  stage: string;
  /** A count, or revenue in minor units. */
  value: number;
}

export interface ImportError {
  /** Line of the record in the file; the header is row 1. */
  row: number;
  /** The header name, or null for a whole-row or whole-file error. */
  column: string | null;
  message: string;
}

export interface ImportSummary {
  reps: number;
  days: number;
  rows: number;
  /** Summed values per stage key (revenue in minor units). */
  perStage: Record<string, number>;
  /** Non-blank data records read from the file. */
  sourceRecords: number;
}

export interface ImportResult {
  ok: boolean;
  rows: ImportRow[];
  errors: ImportError[];
  summary: ImportSummary;
  /** The header and the first 10 data records as parsed. */
  preview: { header: string[]; records: string[][] };
  detectedDelimiter: "," | ";";
}

/** What the caller loads from the database; the parser itself does no I/O. */
export interface ImportContext {
  /** Funnel stage keys of the organization, in order; the last one is deals won. */
  stages: readonly string[];
  /** Reps the importer may write for, keyed by lower-cased email. */
  reps: ReadonlyMap<string, { id: string; active: boolean }>;
  /** YYYY-MM-DD in the organization's time zone; later dates are rejected. */
  today: string;
  dateStyle: ImportDateStyle;
  /** Default 2. */
  currencyMinorDigits?: number;
  /** Default 200,000 data records; more is one error (the API answers 413). */
  maxRows?: number;
  /** YYYY-MM-DD; earlier dates are rejected. Default 2000-01-01. */
  minDate?: string;
  /** Called when the file has been read into records ("parse") and when every record is checked ("validate"), so callers can time each. */
  onPhaseDone?: (phase: "parse" | "validate") => void;
}

/** The stage name under which revenue won is stored (minor units). */
export const REVENUE_STAGE = "revenue";
/** A typeMap target that drops the activity type (emails, notes, tasks). */
export const IGNORED_ACTIVITY = "ignore";
export const DEFAULT_MAX_ROWS = 200_000;
export const DEFAULT_MIN_DATE = "2000-01-01";
