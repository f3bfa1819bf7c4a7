import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AddAddendumForm } from "@/components/one-on-ones/addenda";
import { AddAgendaItemForm, AgendaItemList } from "@/components/one-on-ones/agenda-items";
import { AutosaveNotes } from "@/components/one-on-ones/autosave-notes";
import { AutosaveProvider } from "@/components/one-on-ones/autosave-registry";
import { CoachingFeedbackCard } from "@/components/one-on-ones/coaching-feedback-form";
import { CoachSelfRatingCard } from "@/components/one-on-ones/coach-self-rating-card";
import { AddCommitmentForm, CommitmentReviewList, NewCommitmentList, ScoredCommitmentList } from "@/components/one-on-ones/commitments";
import { FocusPicker } from "@/components/one-on-ones/focus-picker";
import { KpiSnapshotView } from "@/components/one-on-ones/kpi-snapshot-view";
import { STATUS_LABEL, STATUS_TONE } from "@/components/one-on-ones/labels";
import { MeetingControls } from "@/components/one-on-ones/meeting-controls";
import type { OwnCoachingFeedback } from "@/lib/server/feedback/get-own-coaching-feedback";
import type { OwnCoachSelfRating } from "@/lib/server/feedback/get-own-coach-self-rating";
import type { OneOnOneView } from "@/lib/server/one-on-ones/get-one-on-one";
import type { AgendaTemplateSection } from "@/lib/validation/one-on-ones";

type Section = AgendaTemplateSection["section"];

function titleOf(meeting: OneOnOneView): string {
  if (meeting.role === "coach") return `One-on-one with ${meeting.member.name}`;
  if (meeting.role === "member") return `One-on-one with ${meeting.coach.name}`;
  return `${meeting.coach.name} with ${meeting.member.name}`;
}

function Banner({ meeting }: { meeting: OneOnOneView }) {
  if (meeting.role === "observer") return <Alert>You are reading {meeting.coach.name}&apos;s one-on-one with {meeting.member.name}. It is read-only, and the coach&apos;s private notes are not part of it.</Alert>;
  if (meeting.status === "CANCELLED") return <Alert tone="warning">This one-on-one was cancelled. Its open talking points move to the next one scheduled.</Alert>;
  if (meeting.status === "COMPLETED")
    return (
      <Alert tone="success">
        Completed {meeting.completedLabel}. This is the record of the meeting: shared notes, the numbers as they were, and the commitments. It is locked; add an addendum below for anything that changed.
      </Alert>
    );
  if (meeting.status === "SCHEDULED")
    return meeting.role === "coach" ? (
      <Alert>Prepare: {meeting.member.name} can add talking points until the meeting. Starting the meeting freezes the numbers and the focus, so the record shows what you discussed.</Alert>
    ) : (
      <Alert>Add what you want to talk about under your topics; {meeting.coach.name} sees it on the agenda. Open commitments from earlier meetings come up for review first.</Alert>
    );
  return null;
}

function NumbersSection({ meeting }: { meeting: OneOnOneView }) {
  if (meeting.snapshot) return <KpiSnapshotView snapshot={meeting.snapshot} capturedLabel={meeting.startedLabel ?? "at the start"} previous={meeting.previousSnapshot} />;
  const live = meeting.kind === "REP" ? (meeting.role === "member" ? "/me" : `/reps/${meeting.member.id}`) : null;
  return (
    <p className="text-sm text-slate-600">
      {meeting.status === "COMPLETED" ? "No numbers were recorded for this meeting." : "The numbers are frozen here when the meeting starts."}{" "}
      {live && meeting.status !== "COMPLETED" ? (
        <Link href={live} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
          See today&apos;s numbers
        </Link>
      ) : null}
    </p>
  );
}

function FocusSection({ meeting }: { meeting: OneOnOneView }) {
  return (
    <>
      {meeting.focus ? (
        <div>
          <p className="text-lg font-semibold text-slate-900" data-testid="focus-competency">
            {meeting.focus.name}
          </p>
          <p className="mt-1 text-sm text-slate-700">{meeting.focus.description}</p>
          {meeting.focus.questions.length ? (
            <>
              <h3 className="mt-3 text-sm font-semibold text-slate-800">Coaching questions</h3>
              <ol aria-label="Coaching questions" className="mt-1 list-decimal pl-5 text-sm text-slate-800">
                {meeting.focus.questions.map((question) => (
                  <li key={question.id} className="py-0.5">
                    {question.text}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-slate-600">
          No focus competency yet. It is set from the numbers when the meeting starts{meeting.can.chooseFocus ? ", or choose one now" : ""}.
        </p>
      )}
      {meeting.can.chooseFocus && meeting.focusOptions.length ? <FocusPicker oneOnOneId={meeting.id} options={meeting.focusOptions} currentId={meeting.focus?.id ?? null} /> : null}
    </>
  );
}

/** A leader meeting's second look at the numbers is the manager's coaching scorecard, live (the VP's drill-down, or the manager's own). */
function ScorecardLink({ meeting }: { meeting: OneOnOneView }) {
  const href = meeting.role === "member" ? "/me/coaching" : `/org/coaching/${meeting.member.id}`;
  return (
    <Link href={href} className="text-sm text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
      {meeting.role === "member" ? "Open your coaching scorecard" : `Open ${meeting.member.name}'s coaching scorecard`}
    </Link>
  );
}

function SectionContent({ meeting, section }: { meeting: OneOnOneView; section: Section }) {
  const items = meeting.agendaItems.filter((item) => item.section === section);
  const itemList = (label: string, emptyText: string) => <AgendaItemList oneOnOneId={meeting.id} items={items} canEdit={meeting.can.editAgenda} label={label} emptyText={emptyText} />;
  const open = meeting.status === "SCHEDULED" || meeting.status === "IN_PROGRESS";
  switch (section) {
    case "COMMITMENT_REVIEW":
      return (
        <>
          <ScoredCommitmentList commitments={meeting.scoredCommitments} />
          <CommitmentReviewList
            oneOnOneId={meeting.id}
            commitments={meeting.commitmentsToReview}
            today={meeting.today}
            emptyText={open ? "No open commitments from earlier meetings." : "No commitments were due for review in this meeting."}
          />
          {items.length ? itemList("Other review items", "") : null}
        </>
      );
    case "NUMBERS":
      return (
        <>
          <NumbersSection meeting={meeting} />
          {items.length ? itemList("Items about the numbers", "") : null}
        </>
      );
    case "FOCUS":
      return (
        <>
          <FocusSection meeting={meeting} />
          {items.length ? itemList("Items about the focus", "") : null}
        </>
      );
    case "TOPICS":
      return (
        <>
          {itemList("Talking points", open ? "No talking points yet." : "No talking points were added.")}
          {meeting.can.editAgenda ? <AddAgendaItemForm oneOnOneId={meeting.id} /> : null}
        </>
      );
    case "NEW_COMMITMENTS":
      return (
        <>
          <NewCommitmentList commitments={meeting.newCommitments} />
          {items.length ? itemList("Items about commitments", "") : null}
          {meeting.can.addCommitment ? <AddCommitmentForm oneOnOneId={meeting.id} today={meeting.today} member={meeting.member} coach={meeting.coach} levers={meeting.commitmentOptions.levers} plays={meeting.commitmentOptions.plays} /> : null}
        </>
      );
  }
}

/**
 * One meeting, prepared, run or reviewed, in the organization's agenda order. Private notes are
 * passed in only on the coach's page (`privateNote` is null for everyone else), and the rep's own
 * feedback only on the rep's page of a completed meeting (`coachingFeedback` is null for the coach
 * and any observer, who never see an individual rating).
 */
export function OneOnOneDetail({
  meeting,
  privateNote,
  coachingFeedback = null,
  timeZone,
  coachSelfRating = null,
}: {
  meeting: OneOnOneView;
  privateNote: { body: string; version: number } | null;
  coachingFeedback?: OwnCoachingFeedback | null;
  /** The organization's zone: a save time reads on the same clock as the meeting times. */
  timeZone: string;
  /** The coach's own rating of a completed rep meeting: the coach's page only. */
  coachSelfRating?: OwnCoachSelfRating | null;
}) {
  const seen = new Set<Section>();
  const sections = meeting.agenda.map((section) => {
    const first = !seen.has(section.section);
    seen.add(section.section);
    return { ...section, first };
  });
  const other = meeting.agendaItems.filter((item) => !seen.has(item.section));
  const sharedWith = meeting.role === "coach" ? meeting.member.name : meeting.role === "member" ? meeting.coach.name : null;

  return (
    <AutosaveProvider>
      <PageHeader
        title={titleOf(meeting)}
        description={
          <>
            {meeting.scheduledLabel} · <Badge tone={STATUS_TONE[meeting.status]}>{STATUS_LABEL[meeting.status]}</Badge>
            {meeting.kind === "LEADER" ? <Badge className="ml-1">Leader one-on-one</Badge> : null}
            {meeting.previous ? (
              <>
                {" · "}
                <Link href={`/one-on-ones/${meeting.previous.id}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                  Previous one-on-one ({meeting.previous.label})
                </Link>
              </>
            ) : null}
          </>
        }
        actions={
          meeting.role === "coach" ? (
            <MeetingControls oneOnOneId={meeting.id} can={meeting.can} pendingReviewIds={meeting.commitmentsToReview.filter((commitment) => commitment.reviewable).map((commitment) => commitment.id)} />
          ) : undefined
        }
      />
      <div className="mb-6">
        <Banner meeting={meeting} />
      </div>
      {coachingFeedback && meeting.role === "member" ? (
        <div className="mb-6">
          <CoachingFeedbackCard oneOnOneId={meeting.id} feedback={coachingFeedback} coachName={meeting.coach.name} />
        </div>
      ) : null}
      {coachSelfRating && meeting.role === "coach" ? (
        <div className="mb-6">
          <CoachSelfRatingCard oneOnOneId={meeting.id} selfRating={coachSelfRating} memberName={meeting.member.name} />
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <ol aria-label="Agenda" className="flex flex-col gap-4">
          {sections.map((section, index) => (
            <li key={`${section.section}-${index}`} id={section.first ? `agenda-${section.section.toLowerCase().replace("_", "-")}` : undefined} className="scroll-mt-4">
              <Card>
                <CardHeader>
                  <CardTitle>
                    {index + 1}. {section.title}
                  </CardTitle>
                  {meeting.role === "coach" && section.prompt ? <CardDescription>{section.prompt}</CardDescription> : null}
                </CardHeader>
                {section.first ? (
                  <CardContent>
                    <SectionContent meeting={meeting} section={section.section} />
                  </CardContent>
                ) : meeting.kind === "LEADER" && section.section === "NUMBERS" ? (
                  <CardContent>
                    <ScorecardLink meeting={meeting} />
                  </CardContent>
                ) : null}
              </Card>
            </li>
          ))}
          {other.length ? (
            <li>
              <Card>
                <CardHeader>
                  <CardTitle>Other items</CardTitle>
                </CardHeader>
                <CardContent>
                  <AgendaItemList oneOnOneId={meeting.id} items={other} canEdit={meeting.can.editAgenda} label="Other items" emptyText="" />
                </CardContent>
              </Card>
            </li>
          ) : null}
        </ol>
        <div className="flex flex-col gap-4 self-start lg:sticky lg:top-4">
          <AutosaveNotes
            oneOnOneId={meeting.id}
            notes="shared"
            title="Shared notes"
            description={sharedWith ? `Shared with ${sharedWith}.` : "Shared between the coach and the rep."}
            initialBody={meeting.sharedNotes.body}
            initialVersion={meeting.sharedNotes.version}
            readOnly={!meeting.can.editNotes}
            placeholder="What you discussed and agreed, for both of you."
            timeZone={timeZone}
          />
          {privateNote && meeting.role === "coach" ? (
            <AutosaveNotes
              oneOnOneId={meeting.id}
              notes="private"
              tone="private"
              title="Private notes"
              description={`Only you can see these. They are never shown to ${meeting.member.name}.`}
              initialBody={privateNote.body}
              initialVersion={privateNote.version}
              readOnly={!meeting.can.editNotes}
              placeholder="Your own observations; never shared."
              timeZone={timeZone}
            />
          ) : null}
        </div>
      </div>
      {meeting.status === "COMPLETED" || meeting.addenda.length ? (
        <Card className="mt-6">
          <CardHeader>
            <CardTitle>Addenda</CardTitle>
            <CardDescription>Changes after the meeting, appended and dated; the record itself stays as it was.</CardDescription>
          </CardHeader>
          <CardContent>
            {meeting.addenda.length === 0 ? (
              <EmptyState title="No addenda" />
            ) : (
              <ul aria-label="Addenda" className="flex flex-col gap-3">
                {meeting.addenda.map((addendum) => (
                  <li key={addendum.id} className="rounded-md border border-slate-200 p-3">
                    <p className="text-xs text-slate-600">
                      {addendum.author}, {addendum.createdLabel}
                    </p>
                    <p className="mt-1 whitespace-pre-wrap text-sm text-slate-900">{addendum.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {meeting.can.addAddendum ? <AddAddendumForm oneOnOneId={meeting.id} /> : null}
          </CardContent>
        </Card>
      ) : null}
    </AutosaveProvider>
  );
}
