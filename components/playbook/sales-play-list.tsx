import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SalesPlayForm, SalesPlayRetireButton } from "@/components/playbook/sales-play-form";
import type { MoveRate } from "@/lib/coaching/experiments";
import type { PlaybookOutcomes } from "@/lib/server/playbook/get-playbook-outcomes";
import type { Playbook, SalesPlayView } from "@/lib/server/playbook/list-sales-plays";

/** "Moved its metric 3 of 5 times (60 %, n = 5)", from scored outcomes only. */
function moveRateText(rate: MoveRate | undefined): string {
  if (!rate || rate.scored === 0) return "Not scored yet: no commitment or experiment with it has been judged from the activity.";
  const share = rate.share === null ? "" : ` (${Math.round(rate.share * 100)} %)`;
  return `Moved its metric ${rate.moved} of ${rate.scored} ${rate.scored === 1 ? "time" : "times"}${share}, n = ${rate.scored}.`;
}

/** For each commitment type (the lever it was tied to): how often it moved, with n. */
export function CommitmentTypeOutcomes({ outcomes }: { outcomes: PlaybookOutcomes }) {
  return (
    <Card data-testid="commitment-type-outcomes">
      <CardHeader>
        <h2 className="text-base font-semibold text-slate-900">What moved the metric</h2>
        <p className="text-sm text-slate-600">
          Commitments tied to a lever, scored from the activity after their horizon: the lever rose against the rep&apos;s own baseline and against comparable
          reps. The organization&apos;s own results, over the last year.
        </p>
      </CardHeader>
      <CardContent>
        {outcomes.byCommitmentType.length === 0 ? (
          <p className="text-sm text-slate-600">No commitment tied to a lever has been scored yet.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm text-slate-700">
            {outcomes.byCommitmentType.map((type) => (
              <li key={type.key}>
                <span className="font-medium text-slate-900">{type.label}</span>: {moveRateText(type.rate)}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function SalesPlayCard({ play, playbook, rate }: { play: SalesPlayView; playbook: Playbook; rate: MoveRate | undefined }) {
  const headingId = `${play.id}-title`;
  return (
    <Card id={play.id} aria-labelledby={headingId} className="scroll-mt-6 target:ring-2 target:ring-brand-600" data-testid="sales-play">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {play.title}
          </h2>
          <Badge tone="info">{play.competency.name}</Badge>
          {play.retiredAt ? <Badge tone="warn">Retired</Badge> : null}
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm text-slate-700">
        <div>
          <h3 className="font-semibold text-slate-800">When to use</h3>
          <p>{play.whenToUse}</p>
        </div>
        <div>
          <h3 className="font-semibold text-slate-800">Steps</h3>
          <ol className="list-decimal pl-5">
            {play.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </div>
        <p data-testid="play-outcome" className="rounded-md bg-slate-50 px-3 py-2 text-slate-700">
          {moveRateText(rate)}
        </p>
        {play.talkTrack ? (
          <div>
            <h3 className="font-semibold text-slate-800">Example talk track</h3>
            <blockquote className="border-l-4 border-slate-200 pl-3 italic whitespace-pre-wrap">{play.talkTrack}</blockquote>
          </div>
        ) : null}
        {playbook.canEdit || playbook.canRetire ? (
          <div className="flex flex-col gap-3">
            {playbook.canEdit && !play.retiredAt ? (
              <details className="rounded-md border border-slate-200 p-3">
                <summary className="cursor-pointer font-medium text-brand-700">Edit {play.title}</summary>
                <div className="mt-3">
                  <SalesPlayForm competencies={playbook.competencies} play={play} />
                </div>
              </details>
            ) : null}
            {playbook.canRetire ? <SalesPlayRetireButton play={play} retired={play.retiredAt !== null} /> : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The plays found, then (for VP and ADMIN) the retired ones. */
export function SalesPlayList({ playbook, outcomes }: { playbook: Playbook; outcomes: PlaybookOutcomes }) {
  const filtered = Boolean(playbook.filters.q || playbook.filters.competency);
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="text-sm text-slate-600">
        {playbook.plays.length} {playbook.plays.length === 1 ? "play" : "plays"}
        {filtered ? " match" : ""}
      </p>
      {playbook.plays.length === 0 ? (
        <EmptyState title={filtered ? "No sales plays match" : "No sales plays yet"}>
          {filtered ? "Try other words or all competencies." : playbook.canEdit ? "Write the first one below." : "Your managers will add them."}
        </EmptyState>
      ) : (
        playbook.plays.map((play) => <SalesPlayCard key={play.id} play={play} playbook={playbook} rate={outcomes.byPlay[play.id]} />)
      )}
      {playbook.retired.length ? (
        <details className="rounded-md border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Retired plays ({playbook.retired.length})</summary>
          <div className="mt-3 flex flex-col gap-4">
            {playbook.retired.map((play) => (
              <SalesPlayCard key={play.id} play={play} playbook={playbook} rate={outcomes.byPlay[play.id]} />
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}
