-- Providers a team configures (presets: OpenAI, CometAPI, Modelverse, or any compatible URL),
-- and which one each generation went to (null: the environment's default).
CREATE TABLE "Provider" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "preset" TEXT NOT NULL,
    "baseURL" TEXT NOT NULL,
    "keyCiphertext" TEXT NOT NULL,
    "keyLast4" TEXT NOT NULL,
    "models" JSONB NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Provider_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Provider_teamId_name_key" ON "Provider"("teamId", "name");
CREATE INDEX "Provider_teamId_idx" ON "Provider"("teamId");
-- At most one default per team (a partial unique index: valid on SQLite and PostgreSQL).
CREATE UNIQUE INDEX "Provider_teamId_default_key" ON "Provider"("teamId") WHERE "isDefault";

-- RESTRICT: a provider that has generations is not deleted (lib/db/providers.ts says so in a sentence).
ALTER TABLE "Generation" ADD COLUMN "providerId" TEXT REFERENCES "Provider" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "Generation_providerId_idx" ON "Generation"("providerId");
