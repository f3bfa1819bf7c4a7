// Deal exports as the two big CRMs write them. Optional columns are read when the file has them.
import { normalizeHeaderName } from "../resolve-columns";
import type { DealColumnMapping } from "./types";

export const DEAL_PRESET_KEYS = ["salesforce", "hubspot"] as const;
export type DealPresetKey = (typeof DEAL_PRESET_KEYS)[number];

export const DEAL_PRESETS: Record<DealPresetKey, DealColumnMapping> = {
  // A Salesforce "Opportunities" report exported as CSV (Details Only).
  salesforce: {
    columns: {
      externalId: "Opportunity ID",
      owner: "Opportunity Owner",
      stage: "Stage",
      amount: "Amount",
      createdDate: "Created Date",
      closeDate: "Close Date",
      lostReason: "Lost Reason",
      product: "Product Name",
      account: "Account Name",
    },
    dateOrder: "MDY",
  },
  // HubSpot's "Export deals" CSV (property labels as column names).
  hubspot: {
    columns: {
      externalId: "Record ID",
      owner: "Deal Owner",
      stage: "Deal Stage",
      amount: "Amount",
      createdDate: "Create Date",
      closeDate: "Close Date",
      lostReason: "Closed Lost Reason",
      product: "Product",
      account: "Associated Company",
    },
    dateOrder: "MDY",
  },
};

export function guessDealPreset(header: readonly string[]): DealPresetKey | null {
  const names = new Set(header.map(normalizeHeaderName));
  for (const key of DEAL_PRESET_KEYS) {
    const { externalId, owner, stage } = DEAL_PRESETS[key].columns;
    if ([externalId, owner, stage].every((name) => names.has(normalizeHeaderName(name)))) return key;
  }
  return null;
}
