-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "horizonDays" INTEGER,
ADD COLUMN     "leverKey" TEXT,
ADD COLUMN     "salesPlayId" TEXT;

-- AlterTable
ALTER TABLE "DevelopmentPlan" ADD COLUMN     "expectedFrom" DOUBLE PRECISION,
ADD COLUMN     "expectedTo" DOUBLE PRECISION,
ADD COLUMN     "reviewOn" DATE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_salesPlayId_fkey" FOREIGN KEY ("salesPlayId") REFERENCES "SalesPlay"("id") ON DELETE SET NULL ON UPDATE CASCADE;

