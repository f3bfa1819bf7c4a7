-- DropIndex
DROP INDEX "Deal_organizationId_ownerId_createdOn_idx";
