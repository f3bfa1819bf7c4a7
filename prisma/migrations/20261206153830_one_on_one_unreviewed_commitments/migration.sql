-- AlterTable
ALTER TABLE "OneOnOne" ADD COLUMN     "unreviewedCommitmentIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
