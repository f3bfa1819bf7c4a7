import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ColumnMapping } from "@/lib/import/types";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { importableRepsWhere } from "@/lib/server/import/importable-reps";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** Saves a column mapping under a name for the organization (replacing one of the same name); the API uses it as ?mapping=<name>. */
export async function saveImportPreset(viewer: Viewer, input: { name: string; mapping: ColumnMapping }) {
  importableRepsWhere(viewer);
  const { organizationId } = viewer;
  const mapping = JSON.parse(JSON.stringify(input.mapping)) as Prisma.InputJsonObject;
  return db.$transaction(async (tx) => {
    const where = { organizationId_name: { organizationId, name: input.name } };
    const before = await tx.importPreset.findUnique({ where, select: { mapping: true } });
    const saved = await tx.importPreset.upsert({ where, create: { organizationId, name: input.name, mapping }, update: { mapping }, select: { id: true, name: true } });
    await recordAudit(
      { organizationId, ...auditActor(viewer), action: "import_preset.saved", entityType: "ImportPreset", entityId: saved.id, before: before ? { mapping: before.mapping } : null, after: { name: saved.name, mapping } },
      tx,
    );
    return { name: saved.name, replaced: before !== null };
  });
}
