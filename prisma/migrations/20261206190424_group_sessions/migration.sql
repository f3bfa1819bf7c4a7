-- CreateEnum
CREATE TYPE "GroupSessionStatus" AS ENUM ('SCHEDULED', 'COMPLETED');

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "groupSessionId" TEXT;

-- CreateTable
CREATE TABLE "GroupSession" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "leverKey" TEXT,
    "focusLabel" TEXT NOT NULL,
    "agenda" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "status" "GroupSessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "sharedNotes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupSessionAttendee" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupSessionId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,

    CONSTRAINT "GroupSessionAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GroupSession_organizationId_coachId_scheduledAt_idx" ON "GroupSession"("organizationId", "coachId", "scheduledAt");

-- CreateIndex
CREATE INDEX "GroupSession_organizationId_teamId_idx" ON "GroupSession"("organizationId", "teamId");

-- CreateIndex
CREATE INDEX "GroupSessionAttendee_organizationId_repId_idx" ON "GroupSessionAttendee"("organizationId", "repId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupSessionAttendee_groupSessionId_repId_key" ON "GroupSessionAttendee"("groupSessionId", "repId");

-- AddForeignKey
ALTER TABLE "GroupSessionAttendee" ADD CONSTRAINT "GroupSessionAttendee_groupSessionId_fkey" FOREIGN KEY ("groupSessionId") REFERENCES "GroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_groupSessionId_fkey" FOREIGN KEY ("groupSessionId") REFERENCES "GroupSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;
