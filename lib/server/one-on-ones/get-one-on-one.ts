import "server-only";
import { leversFor } from "@/lib/coaching";
import { isOverdue } from "@/lib/coaching/commitments";
import { db } from "@/lib/db";
import { todayIn, dayKey } from "@/lib/calendar/days";
import { formatDateTime } from "@/lib/format";
import type { CommitmentStatus, OneOnOneKind, OneOnOneStatus, AgendaSection } from "@/lib/generated/prisma/enums";
import { commitmentHorizon, loadCommitmentOutcomes } from "@/lib/server/commitments/load-commitment-outcomes";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { commitmentsDueForReviewWhere, previousOneOnOneWhere } from "@/lib/server/one-on-ones/commitments-due-for-review";
import { loadAgendaSections } from "@/lib/server/one-on-ones/load-agenda-sections";
import type { OneOnOneRole } from "@/lib/access/policy";
import { findOneOnOneForViewer, OPEN_STATUSES } from "@/lib/server/one-on-ones/one-on-one-access";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { kpiSnapshotSchema, type AgendaTemplateSection, type KpiSnapshot } from "@/lib/validation/one-on-ones";

export interface CommitmentView {
  id: string;
  text: string;
  owner: { id: string; name: string; isCoach: boolean };
  dueOn: string;
  status: CommitmentStatus;
  overdue: boolean;
  /** How it was reviewed in this meeting, if it was. */
  outcome: "DONE" | "MISSED" | "CARRY_OVER" | null;
  /** A new commitment that continues one carried over from an earlier meeting. */
  carried: boolean;
  reviewable: boolean;
  /** Due for review in this meeting, and completed without a review (the coach was warned). */
  leftUnreviewed: boolean;
  /** Tied to a lever: what it should move, over which days, with which play (decision 0035). */
  lever: { label: string; horizonFrom: string; horizonTo: string; play: string | null } | null;
}

/** A commitment tied to a lever whose horizon ended since the last meeting, scored from the activity. */
export interface ScoredCommitmentView {
  id: string;
  text: string;
  lever: string;
  play: string | null;
  horizonFrom: string;
  horizonTo: string;
  status: "pending" | "not_enough_data" | "moved" | "not_moved";
  reasonText: string;
}

export interface AgendaItemView {
  id: string;
  section: AgendaSection;
  title: string;
  done: boolean;
  addedBy: string;
  carried: boolean;
  canRemove: boolean;
}

export interface OneOnOneView {
  id: string;
  kind: OneOnOneKind;
  status: OneOnOneStatus;
  role: OneOnOneRole;
  coach: { id: string; name: string };
  member: { id: string; name: string };
  scheduledLabel: string;
  startedLabel: string | null;
  completedLabel: string | null;
  today: string;
  sharedNotes: { body: string; version: number };
  agenda: AgendaTemplateSection[];
  agendaItems: AgendaItemView[];
  snapshot: KpiSnapshot | null;
  /** The previous meeting's frozen numbers, for "what moved since last time" (snapshot null when it froze none). */
  previousSnapshot: { label: string; snapshot: KpiSnapshot | null } | null;
  focus: { id: string; name: string; description: string; questions: { id: string; text: string }[] } | null;
  focusOptions: { id: string; name: string }[];
  commitmentsToReview: CommitmentView[];
  newCommitments: CommitmentView[];
  /** Commitments tied to a lever whose horizon ended between the previous meeting and this one. */
  scoredCommitments: ScoredCommitmentView[];
  /** For a new commitment in an open rep meeting: the levers and plays it can be tied to. */
  commitmentOptions: { levers: { key: string; label: string }[]; plays: { id: string; title: string }[] };
  addenda: { id: string; author: string; body: string; createdLabel: string }[];
  previous: { id: string; label: string } | null;
  can: { editNotes: boolean; editAgenda: boolean; start: boolean; complete: boolean; cancel: boolean; chooseFocus: boolean; review: boolean; addCommitment: boolean; addAddendum: boolean };
}

const QUESTIONS_PER_MEETING = 5;

const commitmentSelect = {
  id: true,
  text: true,
  memberId: true,
  leverKey: true,
  horizonDays: true,
  createdAt: true,
  oneOnOne: { select: { scheduledAt: true } },
  salesPlay: { select: { title: true } },
} as const;

function parsedSnapshot(stored: unknown): KpiSnapshot | null {
  const snapshot = kpiSnapshotSchema.safeParse(stored);
  return snapshot.success ? snapshot.data : null;
}

/**
 * One meeting as the coach, the member or an observer sees it: agenda, frozen numbers, focus and
 * its coaching questions, commitments to review and made, shared notes, addenda. It never reads
 * PrivateNote — a member's or observer's page is built from this alone, so private notes cannot
 * reach them by construction; the coach's page adds getPrivateNote separately.
 */
export async function getOneOnOne(viewer: Viewer, oneOnOneId: string): Promise<OneOnOneView> {
  const access = await findOneOnOneForViewer(viewer, oneOnOneId);
  const organizationId = viewer.organizationId;
  const timeZone = viewer.organization.timeZone;
  const today = todayIn(timeZone);
  const meeting = await db.oneOnOne.findFirstOrThrow({
    where: { id: access.id, organizationId },
    select: {
      id: true,
      kind: true,
      status: true,
      coachId: true,
      memberId: true,
      scheduledAt: true,
      startedAt: true,
      completedAt: true,
      kpiSnapshot: true,
      sharedNotes: true,
      version: true,
      unreviewedCommitmentIds: true,
      focusCompetency: { select: { id: true, name: true, description: true } },
      agendaItems: { select: { id: true, section: true, title: true, done: true, addedById: true, carriedFromId: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      addenda: { select: { id: true, authorId: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const role = access.role;
  const open = OPEN_STATUSES.includes(meeting.status);
  const participant = role === "coach" || role === "member";

  // While the meeting is open it reviews what is still open and whatever the last meeting agreed;
  // once completed it shows what was reviewed in it.
  const meetingRef = { id: meeting.id, organizationId, kind: meeting.kind, memberId: meeting.memberId, scheduledAt: meeting.scheduledAt };
  const previous = await db.oneOnOne.findFirst({ where: previousOneOnOneWhere(meetingRef), orderBy: [{ scheduledAt: "desc" }], select: { id: true, scheduledAt: true, kpiSnapshot: true } });
  const [commitments, questions, focusOptions, agenda] = await Promise.all([
    db.commitment.findMany({
      where: {
        organizationId,
        memberId: meeting.memberId,
        OR: [
          { oneOnOneId: meeting.id },
          { reviewedInId: meeting.id },
          ...(open ? [commitmentsDueForReviewWhere(meetingRef, previous?.id ?? null)] : []),
          ...(meeting.unreviewedCommitmentIds.length ? [{ id: { in: meeting.unreviewedCommitmentIds } }] : []),
        ],
      },
      select: { ...commitmentSelect, ownerId: true, dueOn: true, status: true, oneOnOneId: true, reviewedInId: true, carriedFromId: true },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    }),
    meeting.focusCompetency
      ? db.coachingQuestion.findMany({ where: { organizationId, competencyId: meeting.focusCompetency.id, retiredAt: null }, select: { id: true, text: true }, orderBy: { position: "asc" }, take: QUESTIONS_PER_MEETING })
      : Promise.resolve([]),
    role === "coach" && open
      ? db.competency.findMany({ where: { organizationId, kind: meeting.kind, retiredAt: null }, select: { id: true, name: true }, orderBy: { position: "asc" } })
      : Promise.resolve([]),
    (async () => {
      const snapshot = kpiSnapshotSchema.safeParse(meeting.kpiSnapshot);
      return snapshot.success ? snapshot.data.agenda : loadAgendaSections(organizationId, meeting.kind);
    })(),
  ]);

  // Scored since the last meeting: lever-tied commitments whose horizon ended on or after the
  // previous meeting's day and before this one's; the earliest horizon start is 56 days earlier.
  const meetingDay = todayIn(timeZone, meeting.scheduledAt);
  const previousDay = previous ? todayIn(timeZone, previous.scheduledAt) : null;
  const tied =
    meeting.kind === "REP"
      ? await db.commitment.findMany({
          where: {
            organizationId,
            memberId: meeting.memberId,
            leverKey: { not: null },
            createdAt: { gte: new Date((previous?.scheduledAt ?? meeting.scheduledAt).getTime() - 120 * 86_400_000) },
          },
          select: commitmentSelect,
          orderBy: { createdAt: "asc" },
          take: 200,
        })
      : [];
  const scoredHere = tied.filter((commitment) => {
    const horizon = commitmentHorizon(commitment, timeZone);
    return horizon !== null && horizon.to < meetingDay && (previousDay === null || horizon.to >= previousDay);
  });
  const leverTied = [...commitments.filter((commitment) => commitment.leverKey), ...scoredHere];
  const offersLevers = meeting.kind === "REP" && open && participant;
  const settings = leverTied.length || offersLevers ? await loadOrganizationCoachingSettings(organizationId) : null;
  const plays = offersLevers ? await db.salesPlay.findMany({ where: { organizationId, retiredAt: null }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 200 }) : [];
  const scores = settings ? await loadCommitmentOutcomes({ id: organizationId, timeZone, currency: settings.currency, stages: settings.stages }, leverTied, today) : new Map();

  const people = await db.user.findMany({
    where: { organizationId, id: { in: [...new Set([meeting.coachId, meeting.memberId, ...meeting.agendaItems.map((item) => item.addedById), ...meeting.addenda.map((addendum) => addendum.authorId), ...commitments.map((commitment) => commitment.ownerId)])] } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? "Former user";

  const can = {
    editNotes: open && participant,
    editAgenda: open && participant,
    start: role === "coach" && meeting.status === "SCHEDULED",
    complete: role === "coach" && meeting.status === "IN_PROGRESS",
    cancel: role === "coach" && meeting.status === "SCHEDULED",
    chooseFocus: role === "coach" && open,
    review: role === "coach" && open,
    addCommitment: open && participant,
    addAddendum: meeting.status === "COMPLETED" && participant,
  };

  const successorOf = new Map(commitments.filter((commitment) => commitment.carriedFromId).map((commitment) => [commitment.carriedFromId, commitment.id]));
  const toView = (commitment: (typeof commitments)[number]): CommitmentView => {
    const dueOn = dayKey(commitment.dueOn);
    const reviewedHere = commitment.reviewedInId === meeting.id;
    const outcome = !reviewedHere ? null : successorOf.has(commitment.id) ? "CARRY_OVER" : commitment.status === "DONE" ? "DONE" : "MISSED";
    return {
      id: commitment.id,
      text: commitment.text,
      owner: { id: commitment.ownerId, name: nameOf(commitment.ownerId), isCoach: commitment.ownerId === meeting.coachId },
      dueOn,
      status: commitment.status,
      overdue: isOverdue({ status: commitment.status, dueOn }, today),
      outcome,
      carried: commitment.carriedFromId !== null && commitment.oneOnOneId === meeting.id,
      reviewable: can.review && commitment.reviewedInId === null && commitment.oneOnOneId !== meeting.id,
      leftUnreviewed: !open && meeting.unreviewedCommitmentIds.includes(commitment.id),
      lever: leverOf(commitment),
    };
  };
  const leverOf = (commitment: (typeof commitments)[number]) => {
    const score = scores.get(commitment.id);
    return score ? { label: score.lever.label, horizonFrom: score.horizonFrom, horizonTo: score.horizonTo, play: commitment.salesPlay?.title ?? null } : null;
  };

  const snapshot = kpiSnapshotSchema.safeParse(meeting.kpiSnapshot);
  return {
    id: meeting.id,
    kind: meeting.kind,
    status: meeting.status,
    role,
    coach: { id: meeting.coachId, name: nameOf(meeting.coachId) },
    member: { id: meeting.memberId, name: nameOf(meeting.memberId) },
    scheduledLabel: formatDateTime(meeting.scheduledAt, timeZone),
    startedLabel: meeting.startedAt ? formatDateTime(meeting.startedAt, timeZone) : null,
    completedLabel: meeting.completedAt ? formatDateTime(meeting.completedAt, timeZone) : null,
    today,
    sharedNotes: { body: meeting.sharedNotes, version: meeting.version },
    agenda,
    agendaItems: meeting.agendaItems.map((item) => ({
      id: item.id,
      section: item.section,
      title: item.title,
      done: item.done,
      addedBy: nameOf(item.addedById),
      carried: item.carriedFromId !== null,
      canRemove: can.editAgenda && (role === "coach" || item.addedById === viewer.id),
    })),
    snapshot: snapshot.success ? snapshot.data : null,
    previousSnapshot: previous ? { label: formatDateTime(previous.scheduledAt, timeZone), snapshot: parsedSnapshot(previous.kpiSnapshot) } : null,
    focus: meeting.focusCompetency ? { ...meeting.focusCompetency, questions } : null,
    focusOptions,
    commitmentsToReview: commitments.filter((commitment) => commitment.oneOnOneId !== meeting.id).map(toView),
    newCommitments: commitments.filter((commitment) => commitment.oneOnOneId === meeting.id).map(toView),
    commitmentOptions: { levers: offersLevers && settings ? leversFor(settings.stages).map((lever) => ({ key: lever.key, label: lever.label })) : [], plays },
    scoredCommitments: scoredHere.flatMap((commitment) => {
      const score = scores.get(commitment.id);
      return score
        ? [
            {
              id: commitment.id,
              text: commitment.text,
              lever: score.lever.label,
              play: commitment.salesPlay?.title ?? null,
              horizonFrom: score.horizonFrom,
              horizonTo: score.horizonTo,
              status: score.outcome.status,
              reasonText: score.outcome.reasonText,
            },
          ]
        : [];
    }),
    addenda: meeting.addenda.map((addendum) => ({ id: addendum.id, author: nameOf(addendum.authorId), body: addendum.body, createdLabel: formatDateTime(addendum.createdAt, timeZone) })),
    previous: previous ? { id: previous.id, label: formatDateTime(previous.scheduledAt, timeZone) } : null,
    can,
  };
}
