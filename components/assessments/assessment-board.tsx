import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format";
import { AssessmentForm, type AssessmentPayload } from "@/components/assessments/assessment-form";
import type { ServerAction } from "@/components/one-on-ones/use-action-runner";
import type { AssessmentBoard, AssessmentEntry } from "@/lib/server/assessments/get-assessment-board";

function Score({ entry, label }: { entry: AssessmentEntry | null; label: string }) {
  if (!entry) return <span className="text-slate-600">{label}: not assessed yet</span>;
  return (
    <span>
      {label}: <span className="font-semibold text-slate-900">{entry.score ?? "not observed"}</span>
      <span className="text-xs text-slate-600"> ({formatDate(entry.assessedOn)})</span>
    </span>
  );
}

/**
 * A rep's competencies with the rubric, the latest manager and self scores side by side, any
 * calibration flag beside the manager's score, the history, and — for who may — the form to score.
 */
export function AssessmentBoardView({
  board,
  action,
  audience,
}: {
  board: AssessmentBoard;
  action: ServerAction<AssessmentPayload, void> | null;
  audience: "coach" | "rep";
}) {
  if (board.competencies.length === 0) return <EmptyState title="No competencies in use">The competency framework has no rep competencies yet.</EmptyState>;
  const mode = action ? board.mode : null;
  return (
    <div className="flex flex-col gap-4" data-testid="assessment-board">
      {board.competencies.map((competency) => (
        <Card key={competency.id} aria-labelledby={`competency-${competency.id}`}>
          <CardHeader>
            <CardTitle id={`competency-${competency.id}`}>{competency.name}</CardTitle>
            <CardDescription>
              {competency.lever ? `Drives ${competency.lever.label.toLowerCase()}. ` : ""}
              {competency.description}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center gap-x-6 gap-y-1 text-sm" data-testid="latest-scores">
              <Score entry={competency.latestLeader} label={audience === "rep" ? "Your manager" : "Manager"} />
              <Score entry={competency.latestSelf} label={audience === "rep" ? "You" : "Self"} />
            </div>
            {competency.calibration ? (
              <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="calibration-flag">
                <Badge tone="warn">{competency.calibration.direction === "score_above_data" ? "Score above the data" : "Score below the data"}</Badge>{" "}
                <span>{competency.calibration.reasonText}</span>
              </div>
            ) : null}
            {competency.latestLeader?.note && audience === "coach" ? (
              <p className="text-sm text-slate-700">Manager&apos;s note: {competency.latestLeader.note}</p>
            ) : null}
            {mode && action ? (
              <details className="rounded-md border border-slate-200 p-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">
                  {mode === "SELF" ? `Assess yourself on ${competency.name}` : `Score ${competency.name}`}
                </summary>
                <div className="mt-3">
                  <AssessmentForm action={action} subjectId={board.rep.id} competency={competency} source={mode} />
                </div>
              </details>
            ) : (
              <details className="rounded-md border border-slate-200 p-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">Rubric for {competency.name}</summary>
                <ol className="mt-2 flex flex-col gap-1 text-sm text-slate-700">
                  {competency.rubric.map((text, index) => (
                    <li key={index}>
                      <span className="font-semibold">{index + 1}</span> — {text}
                    </li>
                  ))}
                </ol>
              </details>
            )}
            <details className="rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">
                History of {competency.name} ({competency.history.length})
              </summary>
              {competency.history.length === 0 ? (
                <p className="mt-2 text-sm text-slate-600">No assessments yet.</p>
              ) : (
                <ul className="mt-2 flex flex-col divide-y divide-slate-100 text-sm">
                  {competency.history.map((entry) => (
                    <li key={entry.id} className="py-2">
                      <span className="font-medium">{formatDate(entry.assessedOn)}</span> · {entry.source === "SELF" ? "self" : `manager (${entry.assessor})`} ·{" "}
                      <span className="font-semibold">{entry.score ?? "not observed"}</span>
                      {entry.note ? <p className="text-slate-700">{entry.note}</p> : null}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
