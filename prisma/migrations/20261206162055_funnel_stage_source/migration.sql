-- CreateTable
CREATE TABLE "FunnelStageSource" (
    "organizationId" TEXT NOT NULL,
    "stageKey" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FunnelStageSource_pkey" PRIMARY KEY ("organizationId","stageKey")
);

-- AddForeignKey
ALTER TABLE "FunnelStageSource" ADD CONSTRAINT "FunnelStageSource_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
