import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type CommitmentClient = Pick<Prisma.TransactionClient, "commitment" | "oneOnOne">;
type MeetingRef = { id: string; organizationId: string; kind: "REP" | "LEADER"; memberId: string; scheduledAt: Date };

/** The member's last completed meeting of the same kind before this one: what it agreed comes up for review. */
export function previousOneOnOneWhere(meeting: MeetingRef): Prisma.OneOnOneWhereInput {
  return {
    organizationId: meeting.organizationId,
    kind: meeting.kind,
    memberId: meeting.memberId,
    status: "COMPLETED",
    id: { not: meeting.id },
    scheduledAt: { lte: meeting.scheduledAt },
  };
}

/**
 * The commitments an open meeting asks its coach to review: the member's earlier ones not reviewed
 * yet that are still open or were agreed in the previous meeting. The meeting page lists exactly
 * these, and completing the meeting warns about exactly these.
 */
export function commitmentsDueForReviewWhere(meeting: MeetingRef, previousId: string | null): Prisma.CommitmentWhereInput {
  return {
    organizationId: meeting.organizationId,
    memberId: meeting.memberId,
    reviewedInId: null,
    AND: [
      { OR: [{ oneOnOneId: null }, { oneOnOneId: { not: meeting.id } }] },
      { OR: [{ status: "OPEN" }, ...(previousId ? [{ oneOnOneId: previousId }] : [])] },
    ],
  };
}

export async function loadCommitmentsDueForReview(client: CommitmentClient, meeting: MeetingRef): Promise<{ id: string; text: string; dueOn: string }[]> {
  const previous = await client.oneOnOne.findFirst({ where: previousOneOnOneWhere(meeting), orderBy: [{ scheduledAt: "desc" }], select: { id: true } });
  const commitments = await client.commitment.findMany({
    where: commitmentsDueForReviewWhere(meeting, previous?.id ?? null),
    select: { id: true, text: true, dueOn: true },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
  });
  return commitments.map((commitment) => ({ id: commitment.id, text: commitment.text, dueOn: commitment.dueOn.toISOString().slice(0, 10) }));
}
