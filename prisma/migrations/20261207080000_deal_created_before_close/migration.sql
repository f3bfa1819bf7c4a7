-- A deal cannot close before it was created: the import has always refused such rows, and the
-- funnel's deal counts now rely on it to read only deals closing in or after the window (or still
-- open), not every deal a rep ever had (docs/performance.md, seventh pass).
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_created_before_close" CHECK ("createdOn" IS NULL OR "closeDate" IS NULL OR "createdOn" <= "closeDate");
