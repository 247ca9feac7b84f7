-- AlterTable
ALTER TABLE "Generation" ADD COLUMN "sentAt" DATETIME;

-- CreateTable
CREATE TABLE "ProviderCallLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ProviderCallLog_userId_createdAt_idx" ON "ProviderCallLog"("userId", "createdAt");

-- Before this column, a row was marked running just before its provider call: every row that
-- started was sent. Without this, the first start after the upgrade would queue again work
-- the provider may already have billed.
UPDATE "Generation" SET "sentAt" = "startedAt" WHERE "startedAt" IS NOT NULL;
