-- Price tables a team's owners and admins edit: a team's rows sit beside the shared list
-- prices (teamId null), each with the date it takes effect. Rows are only ever added.

-- AlterTable
ALTER TABLE "PriceTable" ADD COLUMN "teamId" TEXT REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PriceTable" ADD COLUMN "createdById" TEXT;

-- CreateIndex
CREATE INDEX "PriceTable_teamId_provider_model_takenAt_idx" ON "PriceTable"("teamId", "provider", "model", "takenAt");
