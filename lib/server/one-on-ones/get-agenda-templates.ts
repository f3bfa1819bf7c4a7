import "server-only";
import { can } from "@/lib/access/policy";
import type { OneOnOneKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/server/http/errors";
import { loadAgendaSections } from "@/lib/server/one-on-ones/load-agenda-sections";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import type { AgendaTemplateSection } from "@/lib/validation/one-on-ones";

/** ADMIN: the organization's agenda templates, for the editor (the meeting pages read them through getOneOnOne). */
export async function getAgendaTemplates(viewer: Viewer): Promise<Record<OneOnOneKind, AgendaTemplateSection[]>> {
  if (!can(viewer, "organization.manage")) throw new NotFoundError("Agenda template");
  const [rep, leader] = await Promise.all([loadAgendaSections(viewer.organizationId, "REP"), loadAgendaSections(viewer.organizationId, "LEADER")]);
  return { REP: rep, LEADER: leader };
}
