import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format";
import { CompetencyForm, CompetencyLifecycle, QuestionBankEditor } from "@/components/competencies/competency-editor";
import type { CompetencyFramework, CompetencyView } from "@/lib/server/competencies/list-competencies";

function historyText(history: CompetencyView["history"]): string | null {
  const parts = [
    history.assessments ? `${history.assessments} assessment${history.assessments === 1 ? "" : "s"}` : null,
    history.plans ? `${history.plans} development plan${history.plans === 1 ? "" : "s"}` : null,
    history.plays ? `${history.plays} sales play${history.plays === 1 ? "" : "s"}` : null,
    history.oneOnOnes ? `${history.oneOnOnes} one-on-one${history.oneOnOnes === 1 ? "" : "s"}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? parts.join(", ") : null;
}

function CompetencyCard({ competency, levers, canEdit }: { competency: CompetencyView; levers: CompetencyFramework["levers"]; canEdit: boolean }) {
  const headingId = `competency-${competency.id}-name`;
  return (
    <Card id={competency.id} aria-labelledby={headingId} className={competency.retiredAt ? "border-dashed bg-slate-50" : undefined} data-testid="competency">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="text-base font-semibold text-slate-900">
            {competency.name}
          </h3>
          {competency.kind === "REP" ? (
            <Badge tone={competency.leverLabel ? "info" : "neutral"}>
              {competency.leverLabel
                ? `Drives ${competency.leverLabel.toLowerCase()}`
                : competency.leverKey
                  ? `Lever ${competency.leverKey} is not in the funnel`
                  : "No lever"}
            </Badge>
          ) : null}
          {competency.retiredAt ? <Badge tone="warn">Retired {formatDate(competency.retiredAt)}</Badge> : null}
        </div>
        <p className="text-sm text-slate-700">{competency.description}</p>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div>
          <h4 className="text-sm font-semibold text-slate-800">Rubric</h4>
          <ol className="mt-1 flex flex-col gap-1 text-sm text-slate-700" aria-label={`Rubric for ${competency.name}`}>
            {competency.rubric.map((text, index) => (
              <li key={index} className="grid grid-cols-[4.5rem_1fr] gap-2">
                <span className="font-medium text-slate-900">Level {index + 1}</span>
                <span>{text || "—"}</span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h4 className="text-sm font-semibold text-slate-800">Coaching questions</h4>
          {canEdit ? (
            <QuestionBankEditor competency={competency} />
          ) : competency.questions.length ? (
            <ol aria-label={`Coaching questions for ${competency.name}`} className="mt-1 list-decimal pl-5 text-sm text-slate-700">
              {competency.questions.map((question) => (
                <li key={question.id}>{question.text}</li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-600">No coaching questions yet.</p>
          )}
        </div>
        {canEdit ? (
          <>
            <details className="rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit {competency.name}</summary>
              <div className="mt-3">
                <CompetencyForm kind={competency.kind} levers={levers} competency={competency} />
              </div>
            </details>
            <CompetencyLifecycle
              competency={{ id: competency.id, name: competency.name, retiredAt: competency.retiredAt, historyText: historyText(competency.history) }}
            />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** One kind of competency (rep or leader): the cards, and for an ADMIN a form to add one. */
export function CompetencySection({
  kind,
  title,
  description,
  competencies,
  framework,
}: {
  kind: "REP" | "LEADER";
  title: string;
  description: string;
  competencies: CompetencyView[];
  framework: CompetencyFramework;
}) {
  const headingId = `competencies-${kind.toLowerCase()}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <div>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <p className="text-sm text-slate-600">{description}</p>
      </div>
      {competencies.length === 0 ? (
        <EmptyState title="None yet" />
      ) : (
        competencies.map((competency) => <CompetencyCard key={competency.id} competency={competency} levers={framework.levers} canEdit={framework.canEdit} />)
      )}
      {framework.canEdit ? (
        <details className="rounded-md border border-dashed border-slate-300 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{kind === "REP" ? "Add a rep competency" : "Add a leader competency"}</summary>
          <div className="mt-3">
            <CompetencyForm kind={kind} levers={framework.levers} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
