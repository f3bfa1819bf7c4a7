import type { PriorityReport } from "@/lib/coaching";

const RULES = {
  revenue_at_stake: "Revenue at stake — the gap that costs the most revenue.",
  effort_first: "Effort first — a confident volume gap is coached before conversion ratios.",
} as const;

/** Which of the organization's rules chose the focus (nothing without a focus). */
export function FocusRuleNote({ report }: { report: Pick<PriorityReport, "chosenBy"> }) {
  if (!report.chosenBy) return null;
  return (
    <p className="mt-2 text-sm text-slate-700" data-testid="focus-rule">
      <span className="font-medium text-slate-900">Chosen by:</span> {RULES[report.chosenBy]}
    </p>
  );
}

/** The levers whose logged data is suspect, each reason with its days: a data problem, not a rep problem. */
export function DataQualityNotice({ report, you }: { report: Pick<PriorityReport, "levers" | "dataQuality">; you: boolean }) {
  if (report.dataQuality.status !== "suspect") return null;
  const suspect = report.levers.filter((lever) => lever.dataQuality.status === "suspect");
  return (
    <section aria-label="Data problem" data-testid="data-quality" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <h3 className="font-semibold">Data problem, not a rep problem</h3>
      <p className="mt-1">
        {you ? "Some of your logging looks incomplete" : "Some of this rep's logging looks incomplete"}, so these levers are not coached until it is fixed:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {suspect.map((lever) => (
          <li key={lever.lever}>
            <span className="font-medium">{lever.competency?.name ?? lever.label}</span>: {lever.dataQuality.reasons.map((reason) => reason.message).join(" ")}
          </li>
        ))}
      </ul>
    </section>
  );
}
