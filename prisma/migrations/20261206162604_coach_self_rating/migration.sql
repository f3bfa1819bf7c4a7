-- CreateTable
CREATE TABLE "CoachSelfRating" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "oneOnOneId" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachSelfRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoachSelfRating_oneOnOneId_key" ON "CoachSelfRating"("oneOnOneId");

-- CreateIndex
CREATE INDEX "CoachSelfRating_organizationId_coachId_createdAt_idx" ON "CoachSelfRating"("organizationId", "coachId", "createdAt");

-- AddForeignKey
ALTER TABLE "CoachSelfRating" ADD CONSTRAINT "CoachSelfRating_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachSelfRating" ADD CONSTRAINT "CoachSelfRating_oneOnOneId_fkey" FOREIGN KEY ("oneOnOneId") REFERENCES "OneOnOne"("id") ON DELETE CASCADE ON UPDATE CASCADE;
