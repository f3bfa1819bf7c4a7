import "server-only";
import { db } from "@/lib/db";
import { normalizePersonName } from "@/lib/import/deals/owner-names";
import { pendingEmail } from "@/lib/users/pending-email";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertDealImporter } from "@/lib/server/deals/deal-importer";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { MapDealOwnersInput } from "@/lib/validation/deals";


/**
 * Saves each owner name of an export as an alias of a person ("M. Frase" → Moses Frase), creating the
 * person first where asked, in one transaction. The next import (and every later one) resolves them.
 */
export async function mapDealOwners(viewer: Viewer, input: MapDealOwnersInput): Promise<{ aliases: { alias: string; userId: string; created: boolean }[] }> {
  assertDealImporter(viewer);
  const { organizationId } = viewer;
  const keys = input.owners.map((owner) => normalizePersonName(owner.name));
  if (keys.some((key) => key === "")) throw new InvalidInputError("owners: a name is blank", { owners: ["a name is blank"] });
  const userIds = input.owners.flatMap((owner) => ("userId" in owner ? [owner.userId] : []));
  const teamIds = input.owners.flatMap((owner) => ("createPerson" in owner && owner.createPerson.teamId ? [owner.createPerson.teamId] : []));
  const [people, teams] = await Promise.all([
    db.user.findMany({ where: { organizationId, id: { in: userIds } }, select: { id: true } }),
    db.team.findMany({ where: { organizationId, id: { in: teamIds } }, select: { id: true } }),
  ]);
  if (people.length !== new Set(userIds).size) throw new NotFoundError("Person");
  if (teams.length !== new Set(teamIds).size) throw new NotFoundError("Team");

  return db.$transaction(async (tx) => {
    const aliases: { alias: string; userId: string; created: boolean }[] = [];
    for (const [index, owner] of input.owners.entries()) {
      const alias = keys[index] ?? "";
      let userId: string;
      let created = false;
      if ("userId" in owner) userId = owner.userId;
      else {
        const teamId = owner.createPerson.teamId ?? null;
        const person = await tx.user.create({ data: { organizationId, name: owner.createPerson.name, email: pendingEmail("deal-owner"), role: "REP", teamId }, select: { id: true, name: true, teamId: true } });
        if (teamId) await tx.teamMembership.create({ data: { organizationId, userId: person.id, teamId } });
        await recordAudit({ organizationId, ...auditActor(viewer), action: "user.created", entityType: "User", entityId: person.id, after: { ...person, from: "deal import" } }, tx);
        userId = person.id;
        created = true;
      }
      await tx.dealOwnerAlias.upsert({ where: { organizationId_alias: { organizationId, alias } }, create: { organizationId, alias, userId }, update: { userId } });
      aliases.push({ alias, userId, created });
    }
    await recordAudit({ organizationId, ...auditActor(viewer), action: "deal_owner_aliases.saved", entityType: "DealOwnerAlias", after: { aliases } }, tx);
    return { aliases };
  });
}
