import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CancelGroupSessionButton } from "@/components/group-sessions/cancel-group-session-button";
import { CompleteGroupSessionButton } from "@/components/group-sessions/complete-group-session-button";
import { GroupSessionStatusBadge } from "@/components/group-sessions/group-session-status-badge";
import { GroupCommitmentForm } from "@/components/group-sessions/group-commitment-form";
import { GroupSessionNotes } from "@/components/group-sessions/group-session-notes";
import { addDays, todayIn } from "@/lib/calendar/days";
import { formatDate } from "@/lib/format";
import { getGroupSession } from "@/lib/server/group-sessions/get-group-session";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { requireViewer } from "@/lib/server/viewer/get-viewer";
import { idSchema } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Group session" };

export default async function GroupSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("groupSession.list");
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  // Access is decided before anything renders: a stranger's session answers a real 404.
  const session = await orNotFound(getGroupSession(viewer, id));
  const today = todayIn(viewer.organization.timeZone);
  return (
    <>
      <PageHeader
        title={`Group session: ${session.focusLabel}`}
        description={`${session.teamName} · ${session.scheduledLabel} · coached by ${session.coach.name}`}
        actions={<GroupSessionStatusBadge status={session.status} />}
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Agenda</CardTitle>
            <CardDescription>The team&apos;s most common focus, {session.focusLabel}, and its coaching questions.</CardDescription>
          </CardHeader>
          <CardContent>
            {session.agenda.length === 0 ? (
              <p className="text-sm text-slate-600">No coaching questions for this focus yet.</p>
            ) : (
              <ol className="list-decimal pl-5 text-sm" aria-label="Coaching questions">
                {session.agenda.map((question, index) => (
                  <li key={`${index}-${question}`}>{question}</li>
                ))}
              </ol>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Notes</CardTitle>
            <CardDescription>Shared with every attendee. A group session has no private notes.</CardDescription>
          </CardHeader>
          <CardContent>
            {session.can.writeNotes ? (
              <GroupSessionNotes groupSessionId={session.id} initial={session.sharedNotes} />
            ) : (
              <p className="whitespace-pre-wrap text-sm" data-testid="group-notes">
                {session.sharedNotes.body || "No notes."}
              </p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Commitments</CardTitle>
            <CardDescription>One for each rep; it follows them to their next one-on-one like any other.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {session.attendees.map((attendee) => (
              <section key={attendee.id} aria-label={attendee.name} className="flex flex-col gap-2 border-b border-slate-100 pb-3">
                <h3 className="text-sm font-semibold text-slate-800">{attendee.name}</h3>
                {attendee.commitments.length === 0 ? (
                  <p className="text-sm text-slate-600">No commitment yet.</p>
                ) : (
                  <ul className="text-sm">
                    {attendee.commitments.map((commitment) => (
                      <li key={commitment.id}>
                        {commitment.text} <span className="text-slate-600">· due {formatDate(commitment.dueOn)}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {session.can.addCommitment ? <GroupCommitmentForm groupSessionId={session.id} rep={{ id: attendee.id, name: attendee.name }} defaultDueOn={addDays(today, 7)} minDueOn={today} /> : null}
              </section>
            ))}
            {session.can.complete || session.can.cancel ? (
              <div className="flex flex-wrap items-start gap-4">
                {session.can.complete ? <CompleteGroupSessionButton groupSessionId={session.id} /> : null}
                {session.can.cancel ? <CancelGroupSessionButton groupSessionId={session.id} /> : null}
              </div>
            ) : null}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
