-- CreateEnum
CREATE TYPE "DealOutcome" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateTable
CREATE TABLE "Deal" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "outcome" "DealOutcome" NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "createdOn" DATE,
    "closeDate" DATE,
    "lostReason" TEXT,
    "productName" TEXT,
    "accountName" TEXT,
    "lastImportId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealImport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdById" TEXT,
    "tokenId" TEXT,
    "fileName" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '',
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DealImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealOwnerAlias" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealOwnerAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealImportMapping" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DealImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Deal_organizationId_ownerId_closeDate_idx" ON "Deal"("organizationId", "ownerId", "closeDate");

-- CreateIndex
CREATE INDEX "Deal_organizationId_ownerId_createdOn_idx" ON "Deal"("organizationId", "ownerId", "createdOn");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_organizationId_externalId_key" ON "Deal"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "DealImport_organizationId_createdAt_idx" ON "DealImport"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DealOwnerAlias_organizationId_alias_key" ON "DealOwnerAlias"("organizationId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "DealImportMapping_organizationId_name_key" ON "DealImportMapping"("organizationId", "name");

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_lastImportId_fkey" FOREIGN KEY ("lastImportId") REFERENCES "DealImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealImport" ADD CONSTRAINT "DealImport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealOwnerAlias" ADD CONSTRAINT "DealOwnerAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealOwnerAlias" ADD CONSTRAINT "DealOwnerAlias_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealImportMapping" ADD CONSTRAINT "DealImportMapping_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
