// The contract of the CRM deal import (one row per deal), shared by the upload screen and
// POST /api/v1/deals/import. Parsing is pure; the caller loads people and aliases and writes.
export type DealOutcomeKey = "open" | "won" | "lost";

/** How d/m/y dates are read: month first (4/7/2026 = April 7) or day first (= 4 July). */
export type DealDateOrder = "MDY" | "DMY";

export interface DealColumnMapping {
  columns: {
    externalId: string;
    owner: string;
    stage: string;
    amount: string;
    createdDate?: string;
    closeDate?: string;
    lostReason?: string;
    product?: string;
    account?: string;
  };
  dateOrder: DealDateOrder;
  /** Exported stage (as written) → outcome; stages not listed are guessed (see guessOutcome). */
  stageOutcomes?: Record<string, DealOutcomeKey>;
}

export interface DealPerson {
  id: string;
  name: string;
  email: string;
}

export interface DealImportContext {
  people: readonly DealPerson[];
  /** Normalized alias (normalizePersonName) → user id. */
  aliases: ReadonlyMap<string, string>;
  /** YYYY-MM-DD in the organization's time zone; later created or closing dates are refused. */
  today: string;
  /** Default 2. */
  currencyMinorDigits?: number;
  /** Default 200,000 data rows. */
  maxRows?: number;
  /** Called when the file has been read into records ("parse") and when every record is checked ("validate"), so callers can time each. */
  onPhaseDone?: (phase: "parse" | "validate") => void;
}

export interface DealRecord {
  externalId: string;
  ownerId: string;
  stage: string;
  outcome: DealOutcomeKey;
  amountMinor: number;
  createdOn: string | null;
  closeDate: string | null;
  lostReason: string | null;
  productName: string | null;
  accountName: string | null;
}

export interface DealImportError {
  /** Line in the file; the header is row 1. */
  row: number;
  column: string | null;
  message: string;
}

export interface UnknownOwner {
  /** As first written in the file. */
  name: string;
  /** normalizePersonName(name): what an alias is saved under. */
  key: string;
  rows: number;
  firstRow: number;
  /** Set when the name fits several people (who then need an alias to tell them apart). */
  matches?: number;
}

export interface StageCount {
  stage: string;
  count: number;
  outcome: DealOutcomeKey;
  /** True when no saved mapping names this stage and the outcome is a guess. */
  guessed: boolean;
}

export interface DealParseResult {
  /** No row error and every owner known: the deals may be written. */
  ok: boolean;
  deals: DealRecord[];
  errors: DealImportError[];
  unknownOwners: UnknownOwner[];
  stages: StageCount[];
  sourceRecords: number;
  header: string[];
  /** Optional text columns the file has: a re-import without one keeps what is stored. */
  textColumns: { lostReason: boolean; product: boolean; account: boolean };
}

export const DEFAULT_MAX_DEAL_ROWS = 200_000;
export const MIN_DEAL_YEAR = 1970;
export const MAX_DEAL_YEAR = 2199;
