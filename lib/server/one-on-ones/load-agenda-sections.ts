import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { DEFAULT_LEADER_AGENDA, DEFAULT_REP_AGENDA } from "@/lib/defaults";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OneOnOneKind } from "@/lib/generated/prisma/enums";
import { agendaTemplateSectionSchema, type AgendaTemplateSection } from "@/lib/validation/one-on-ones";

const storedSectionsSchema = z.array(agendaTemplateSectionSchema).min(1);

export function defaultAgendaSections(kind: OneOnOneKind): AgendaTemplateSection[] {
  return (kind === "LEADER" ? DEFAULT_LEADER_AGENDA : DEFAULT_REP_AGENDA).map((section) => ({ ...section }));
}

/** The organization's agenda template for a kind of meeting; the product default when none is stored (or it is unreadable). */
export async function loadAgendaSections(organizationId: string, kind: OneOnOneKind, client: Pick<Prisma.TransactionClient, "agendaTemplate"> = db): Promise<AgendaTemplateSection[]> {
  const template = await client.agendaTemplate.findUnique({ where: { organizationId_kind: { organizationId, kind } }, select: { sections: true } });
  const parsed = storedSectionsSchema.safeParse(template?.sections);
  return parsed.success ? parsed.data : defaultAgendaSections(kind);
}
