-- AlterEnum
ALTER TYPE "GroupSessionStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "GroupSession" ADD COLUMN     "cancelledAt" TIMESTAMP(3);
