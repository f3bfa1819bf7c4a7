-- AlterTable
ALTER TABLE "Benchmark" ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedById" TEXT;
