-- CreateEnum
CREATE TYPE "FocusRule" AS ENUM ('REVENUE_AT_STAKE', 'EFFORT_FIRST');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "focusRule" "FocusRule" NOT NULL DEFAULT 'REVENUE_AT_STAKE';
