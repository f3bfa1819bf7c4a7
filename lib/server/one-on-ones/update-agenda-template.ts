import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import type { OneOnOneKind } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError } from "@/lib/server/http/errors";
import { loadAgendaSections } from "@/lib/server/one-on-ones/load-agenda-sections";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { AgendaTemplateSection } from "@/lib/validation/one-on-ones";

/**
 * ADMIN replaces the agenda template of one kind of meeting. Meetings already started keep the
 * agenda they froze; the new template applies from the next start.
 */
export async function updateAgendaTemplate(viewer: Viewer, input: { kind: OneOnOneKind; sections: AgendaTemplateSection[] }): Promise<void> {
  if (!can(viewer, "organization.manage")) throw new ForbiddenError("Only an administrator can edit the agenda template");
  const sections = input.sections.map((section) => ({ section: section.section, title: section.title, prompt: section.prompt }));
  await db.$transaction(async (tx) => {
    const before = await loadAgendaSections(viewer.organizationId, input.kind, tx);
    await tx.agendaTemplate.upsert({
      where: { organizationId_kind: { organizationId: viewer.organizationId, kind: input.kind } },
      create: { organizationId: viewer.organizationId, kind: input.kind, sections },
      update: { sections },
    });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "agenda_template.updated", entityType: "AgendaTemplate", entityId: input.kind, before, after: sections }, tx);
  });
}
