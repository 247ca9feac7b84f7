-- The trash: a deleted image keeps its row and files for 30 days (restorable), then the purge
-- (lib/storage/trash-purge.ts) deletes the row and releases its files.
ALTER TABLE "Image" ADD COLUMN "trashedAt" DATETIME;
-- Who put it there; no foreign key: the id only names a person (a deleted account leaves it dangling, shown as "someone").
ALTER TABLE "Image" ADD COLUMN "trashedById" TEXT;
-- The purge finds what is due, and the trash view lists it newest first.
CREATE INDEX "Image_trashedAt_idx" ON "Image"("trashedAt");
