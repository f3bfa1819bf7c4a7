-- Deals are keyed by (organization, external id), and the import that last changed a deal is a
-- plain reference: each saved one index entry and one key check per deal written (decision 0031).
-- DropForeignKey
ALTER TABLE "Deal" DROP CONSTRAINT "Deal_lastImportId_fkey";

-- DropIndex
DROP INDEX "Deal_organizationId_externalId_key";

-- AlterTable
ALTER TABLE "Deal" DROP CONSTRAINT "Deal_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "Deal_pkey" PRIMARY KEY ("organizationId", "externalId");
