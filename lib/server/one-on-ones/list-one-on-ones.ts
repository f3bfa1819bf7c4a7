import "server-only";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cadence, OneOnOneKind, OneOnOneStatus } from "@/lib/generated/prisma/enums";
import { can, roleInOneOnOne, visibleOneOnOnesWhere, type OneOnOneRole } from "@/lib/access/policy";
import { OPEN_STATUSES } from "@/lib/server/one-on-ones/one-on-one-access";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface OneOnOneListItem {
  id: string;
  kind: OneOnOneKind;
  status: OneOnOneStatus;
  scheduledAt: string;
  scheduledLabel: string;
  /** A scheduled meeting whose time has passed without it being started. */
  notHeld: boolean;
  role: OneOnOneRole;
  coach: { id: string; name: string };
  member: { id: string; name: string };
  focus: string | null;
}

export interface OneOnOneLists {
  upcoming: OneOnOneListItem[];
  past: OneOnOneListItem[];
  /** A VP's read-only view of the managers' one-on-ones with their reps. */
  observed: { upcoming: OneOnOneListItem[]; past: OneOnOneListItem[] } | null;
  /** A manager's cadence with their reps. */
  cadence: { value: Cadence; isOrganizationDefault: boolean } | null;
}

const PAST_LIMIT = 50;
const UPCOMING_LIMIT = 100;
const listSelect = { id: true, kind: true, status: true, coachId: true, memberId: true, scheduledAt: true, focusCompetency: { select: { name: true } } } as const;

/**
 * Upcoming (scheduled or under way) and past (completed or cancelled) one-on-ones the viewer takes
 * part in, optionally for one member or one coach. Names come from one extra query.
 */
export async function listOneOnOnes(viewer: Viewer, filters: { memberId?: string; coachId?: string } = {}): Promise<OneOnOneLists> {
  const visible = visibleOneOnOnesWhere(viewer);
  if (!visible) return { upcoming: [], past: [], observed: null, cadence: null };
  const filter: Prisma.OneOnOneWhereInput = { ...(filters.memberId ? { memberId: filters.memberId } : {}), ...(filters.coachId ? { coachId: filters.coachId } : {}) };
  const mine: Prisma.OneOnOneWhereInput = { AND: [visible, filter, { OR: [{ coachId: viewer.id }, { memberId: viewer.id }] }] };
  // A VP reads every rep meeting; a co-coach the other coaches' meetings with the reps they co-coach.
  const coCoached = viewer.coCoachedRepIds ?? [];
  const observed: Prisma.OneOnOneWhereInput | null = can(viewer, "oneOnOne.observe")
    ? { AND: [visible, filter, { kind: "REP", coachId: { not: viewer.id } }] }
    : coCoached.length > 0
      ? { AND: [visible, filter, { kind: "REP", memberId: { in: coCoached }, coachId: { not: viewer.id } }] }
      : null;

  const query = (where: Prisma.OneOnOneWhereInput) =>
    Promise.all([
      db.oneOnOne.findMany({ where: { AND: [where, { status: { in: OPEN_STATUSES } }] }, select: listSelect, orderBy: { scheduledAt: "asc" }, take: UPCOMING_LIMIT }),
      db.oneOnOne.findMany({ where: { AND: [where, { status: { in: ["COMPLETED", "CANCELLED"] } }] }, select: listSelect, orderBy: { scheduledAt: "desc" }, take: PAST_LIMIT }),
    ]);
  const [[upcoming, past], observedRows, cadenceRow] = await Promise.all([
    query(mine),
    observed ? query(observed) : Promise.resolve(null),
    can(viewer, "oneOnOne.setCadence")
      ? db.user.findFirst({ where: { id: viewer.id, organizationId: viewer.organizationId }, select: { cadence: true, organization: { select: { defaultCadence: true } } } })
      : Promise.resolve(null),
  ]);

  const rows = [...upcoming, ...past, ...(observedRows?.flat() ?? [])];
  const people = await db.user.findMany({
    where: { organizationId: viewer.organizationId, id: { in: [...new Set(rows.flatMap((row) => [row.coachId, row.memberId]))] } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((person) => [person.id, person.name]));
  const now = Date.now();
  const toItem = (row: (typeof rows)[number]): OneOnOneListItem => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    scheduledAt: row.scheduledAt.toISOString(),
    scheduledLabel: formatDateTime(row.scheduledAt, viewer.organization.timeZone),
    notHeld: row.status === "SCHEDULED" && row.scheduledAt.getTime() < now,
    role: roleInOneOnOne(viewer, row) ?? "observer",
    coach: { id: row.coachId, name: names.get(row.coachId) ?? "Former user" },
    member: { id: row.memberId, name: names.get(row.memberId) ?? "Former user" },
    focus: row.focusCompetency?.name ?? null,
  });

  return {
    upcoming: upcoming.map(toItem),
    past: past.map(toItem),
    observed: observedRows ? { upcoming: observedRows[0].map(toItem), past: observedRows[1].map(toItem) } : null,
    cadence: cadenceRow ? { value: cadenceRow.cadence ?? cadenceRow.organization.defaultCadence, isOrganizationDefault: cadenceRow.cadence === null } : null,
  };
}
