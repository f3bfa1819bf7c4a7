// Writes deal exports in the shape Salesforce and HubSpot give them, for the deal import's tests.
export interface ExportedDeal {
  id: string;
  owner: string;
  stage: string;
  /** Minor units (cents). */
  amountMinor: number;
  createdOn: string | null;
  closeDate: string | null;
  lostReason?: string | null;
  account?: string | null;
}

export type ExportShape = "salesforce" | "hubspot";

const quote = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** 2026-03-04 → 3/4/2026 (Salesforce, US locale) or 2026-03-04 09:30 (HubSpot). */
function formatDay(day: string | null, shape: ExportShape): string {
  if (!day) return "";
  const [year, month, date] = day.split("-").map(Number);
  return shape === "salesforce" ? `${month}/${date}/${year}` : `${day} 09:30`;
}

function formatAmount(minor: number, shape: ExportShape): string {
  const major = (minor / 100).toFixed(2);
  if (shape === "hubspot") return major;
  const [whole = "0", cents] = major.split(".");
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

export function writeDealExport(deals: readonly ExportedDeal[], shape: ExportShape): string {
  const header =
    shape === "salesforce"
      ? ["Opportunity Name", "Opportunity ID", "Opportunity Owner", "Account Name", "Stage", "Amount", "Probability (%)", "Created Date", "Close Date", "Lost Reason"]
      : ["Record ID", "Deal Name", "Deal Stage", "Deal Owner", "Amount", "Create Date", "Close Date", "Pipeline"];
  const lines = [header.join(",")];
  for (const deal of deals) {
    const cells =
      shape === "salesforce"
        ? [`${deal.account ?? "Account"} deal`, deal.id, deal.owner, deal.account ?? "", deal.stage, formatAmount(deal.amountMinor, shape), "50", formatDay(deal.createdOn, shape), formatDay(deal.closeDate, shape), deal.lostReason ?? ""]
        : [deal.id, `${deal.account ?? "Account"} deal`, deal.stage, deal.owner, formatAmount(deal.amountMinor, shape), formatDay(deal.createdOn, shape), formatDay(deal.closeDate, shape), "Sales Pipeline"];
    lines.push(cells.map(quote).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
