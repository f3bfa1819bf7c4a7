-- The funnel's deal counts (opened, won, revenue per rep over a window) read every deal of a
-- team's reps: with created, outcome and amount in the index that is an index-only scan instead of
-- one heap page per deal (9-14 ms to 2-3 ms for 2,400 deals, docs/performance.md). It replaces the
-- owner index, so a deal still costs the imports three index inserts.
-- DropIndex
DROP INDEX "Deal_organizationId_ownerId_closeDate_idx";

-- CreateIndex
CREATE INDEX "Deal_owner_counts_idx" ON "Deal"("organizationId", "ownerId", "closeDate", "createdOn", "outcome", "amountMinor");
