import "server-only";
import { db } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/server/http/action";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError } from "@/lib/server/http/errors";
import { ORGANIZATION_SETTINGS_SELECT } from "@/lib/server/organization/get-organization-settings";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { organizationSettingsSchema, type OrganizationSettingsInput } from "@/lib/validation/organization";

/** ADMIN: the organization's settings; the audit record keeps the fields that changed, before and after. */
export async function updateOrganizationSettings(viewer: Viewer, input: OrganizationSettingsInput): Promise<{ changed: string[] }> {
  assertAdmin(viewer, "Only an administrator can change the organization's settings");
  // The invariants (A ≥ B > 0, confidence 0.5–0.99, known currency and zone) hold whoever calls this.
  const parsed = organizationSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const [field, messages] = Object.entries(fieldErrors)[0] ?? ["form", ["is invalid"]];
    throw new InvalidInputError(`${field}: ${messages[0]}`, fieldErrors);
  }
  const next = parsed.data;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${viewer.organizationId} FOR UPDATE`;
    const current = await tx.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: ORGANIZATION_SETTINGS_SELECT });
    const changed = (Object.keys(next) as (keyof OrganizationSettingsInput)[]).filter((field) => current[field] !== next[field]);
    if (!changed.length) return { changed };
    await tx.organization.update({ where: { id: viewer.organizationId }, data: next });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "organization.updated",
        entityType: "Organization",
        entityId: viewer.organizationId,
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, next[field]])),
      },
      tx,
    );
    return { changed };
  });
}
