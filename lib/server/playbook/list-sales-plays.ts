import "server-only";
import { can } from "@/lib/access/policy";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

const stepsSchema = z.array(z.string());

export interface SalesPlayView {
  id: string;
  title: string;
  competency: { id: string; name: string };
  whenToUse: string;
  steps: string[];
  talkTrack: string;
  retiredAt: string | null;
}

function matches(play: SalesPlayView, words: readonly string[]): boolean {
  const text = [play.title, play.competency.name, play.whenToUse, play.talkTrack, ...play.steps].join("\n").toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * The playbook: the organization's sales plays, searched (every word in the title, competency,
 * when to use, steps or talk track) and filtered by competency. Everyone in the organization reads
 * it; MANAGER, VP and ADMIN write plays; VP and ADMIN retire them and alone see the retired ones.
 */
export async function listSalesPlays(viewer: Viewer, filters: { q?: string; competency?: string } = {}) {
  const organizationId = viewer.organizationId;
  const canRetire = can(viewer, "play.retire");
  const canEdit = can(viewer, "play.write");
  const where: Prisma.SalesPlayWhereInput = {
    organizationId,
    ...(canRetire ? {} : { retiredAt: null }),
    ...(filters.competency ? { competencyId: filters.competency } : {}),
  };
  const [plays, competencies] = await Promise.all([
    // A playbook is tens of plays: steps are JSON, so the text search runs here rather than in SQL.
    db.salesPlay.findMany({
      where,
      select: { id: true, title: true, whenToUse: true, steps: true, talkTrack: true, retiredAt: true, competency: { select: { id: true, name: true } } },
      orderBy: [{ competency: { position: "asc" } }, { title: "asc" }],
    }),
    db.competency.findMany({ where: { organizationId, kind: "REP", retiredAt: null }, select: { id: true, name: true }, orderBy: { position: "asc" } }),
  ]);
  const words = (filters.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const views: SalesPlayView[] = plays
    .map((play) => {
      const steps = stepsSchema.safeParse(play.steps);
      return {
        id: play.id,
        title: play.title,
        competency: play.competency,
        whenToUse: play.whenToUse,
        steps: steps.success ? steps.data : [],
        talkTrack: play.talkTrack,
        retiredAt: play.retiredAt ? dayKey(play.retiredAt) : null,
      };
    })
    .filter((play) => matches(play, words));
  return {
    plays: views.filter((play) => !play.retiredAt),
    retired: views.filter((play) => play.retiredAt),
    competencies,
    filters: { q: filters.q ?? "", competency: filters.competency ?? "" },
    canEdit,
    canRetire,
  };
}

export type Playbook = Awaited<ReturnType<typeof listSalesPlays>>;
