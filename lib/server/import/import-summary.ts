import "server-only";
import { REVENUE_STAGE, type ImportSummary } from "@/lib/import/types";
import { fromMinorUnits } from "@/lib/money";

export interface ImportSummaryDto {
  reps: number;
  days: number;
  rows: number;
  sourceRecords: number;
  /** Summed values per stage key; revenue in the organization's currency (major units), as the API takes it. */
  perStage: Record<string, number>;
}

export function importSummaryDto(summary: ImportSummary, currency: string): ImportSummaryDto {
  const perStage = Object.fromEntries(Object.entries(summary.perStage).map(([stage, value]) => [stage, stage === REVENUE_STAGE ? fromMinorUnits(value, currency) : value]));
  return { reps: summary.reps, days: summary.days, rows: summary.rows, sourceRecords: summary.sourceRecords, perStage };
}
