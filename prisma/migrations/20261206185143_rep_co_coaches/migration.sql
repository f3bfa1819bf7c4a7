-- CreateTable
CREATE TABLE "RepCoCoach" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepCoCoach_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RepCoCoach_organizationId_coachId_idx" ON "RepCoCoach"("organizationId", "coachId");

-- CreateIndex
CREATE UNIQUE INDEX "RepCoCoach_repId_coachId_key" ON "RepCoCoach"("repId", "coachId");

-- AddForeignKey
ALTER TABLE "RepCoCoach" ADD CONSTRAINT "RepCoCoach_repId_fkey" FOREIGN KEY ("repId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepCoCoach" ADD CONSTRAINT "RepCoCoach_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
