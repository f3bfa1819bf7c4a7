import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface GettingStartedStep {
  key: "people" | "activity" | "benchmarks" | "one-on-one";
  done: boolean;
  /** What the data says, e.g. "12 people, 3 invitations pending". */
  detail: string;
}

/** ADMIN: a new organization's first steps, each ticked from what is in the database (never a stored flag). */
export async function getGettingStarted(viewer: Viewer): Promise<GettingStartedStep[]> {
  assertAdmin(viewer, "Only an administrator can see the getting-started checklist");
  const organizationId = viewer.organizationId;
  const [people, pending, activity, imports, benchmarkChanges, oneOnOnes] = await Promise.all([
    db.user.count({ where: { organizationId, id: { not: viewer.id } } }),
    db.invitation.count({ where: { organizationId, acceptedAt: null, revokedAt: null } }),
    db.activity.findFirst({ where: { organizationId }, select: { day: true } }),
    db.importJob.count({ where: { organizationId, status: "SUCCEEDED" } }),
    db.auditLog.count({ where: { organizationId, action: "benchmark.set" } }),
    db.oneOnOne.count({ where: { organizationId } }),
  ]);
  return [
    { key: "people", done: people > 0, detail: people ? `${people} ${people === 1 ? "person" : "people"} besides you${pending ? `, ${pending} invitation${pending === 1 ? "" : "s"} pending` : ""}` : "Only you so far" },
    { key: "activity", done: Boolean(activity) || imports > 0, detail: activity || imports ? "Activity is in" : "No activity yet" },
    { key: "benchmarks", done: benchmarkChanges > 0, detail: benchmarkChanges ? `${benchmarkChanges} benchmark change${benchmarkChanges === 1 ? "" : "s"} saved` : "Still the defaults" },
    { key: "one-on-one", done: oneOnOnes > 0, detail: oneOnOnes ? `${oneOnOnes} one-on-one${oneOnOnes === 1 ? "" : "s"} so far` : "None yet" },
  ];
}
