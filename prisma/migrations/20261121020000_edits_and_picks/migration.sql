-- AlterTable
ALTER TABLE "Image" ADD COLUMN "derivation" JSONB;
ALTER TABLE "Image" ADD COLUMN "pick" TEXT;
ALTER TABLE "Image" ADD COLUMN "rawBytes" INTEGER;
ALTER TABLE "Image" ADD COLUMN "rawFormat" TEXT;
ALTER TABLE "Image" ADD COLUMN "rawSha256" TEXT;
ALTER TABLE "Image" ADD COLUMN "rawStorageKey" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "lastParams" JSONB;

-- CreateTable
CREATE TABLE "GenerationInput" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "generationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GenerationInput_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Generation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "createdById" TEXT,
    "kind" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "requestId" TEXT,
    "idempotencyKey" TEXT,
    "textTokensIn" INTEGER,
    "imageTokensIn" INTEGER,
    "imageTokensOut" INTEGER,
    "totalTokens" INTEGER,
    "costUsd" DECIMAL,
    "priceTableId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "providerMs" INTEGER,
    "retries" INTEGER NOT NULL DEFAULT 0,
    "batchId" TEXT,
    "parentImageId" TEXT,
    CONSTRAINT "Generation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Generation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Generation_priceTableId_fkey" FOREIGN KEY ("priceTableId") REFERENCES "PriceTable" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Generation_parentImageId_fkey" FOREIGN KEY ("parentImageId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Generation" ("costUsd", "createdAt", "createdById", "errorCode", "errorMessage", "finishedAt", "id", "idempotencyKey", "imageTokensIn", "imageTokensOut", "kind", "model", "params", "parentImageId", "priceTableId", "prompt", "providerMs", "requestId", "startedAt", "status", "teamId", "textTokensIn", "totalTokens") SELECT "costUsd", "createdAt", "createdById", "errorCode", "errorMessage", "finishedAt", "id", "idempotencyKey", "imageTokensIn", "imageTokensOut", "kind", "model", "params", "parentImageId", "priceTableId", "prompt", "providerMs", "requestId", "startedAt", "status", "teamId", "textTokensIn", "totalTokens" FROM "Generation";
DROP TABLE "Generation";
ALTER TABLE "new_Generation" RENAME TO "Generation";
CREATE INDEX "Generation_teamId_createdAt_idx" ON "Generation"("teamId", "createdAt");
CREATE INDEX "Generation_teamId_batchId_idx" ON "Generation"("teamId", "batchId");
CREATE INDEX "Generation_status_idx" ON "Generation"("status");
CREATE UNIQUE INDEX "Generation_teamId_idempotencyKey_key" ON "Generation"("teamId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "GenerationInput_generationId_role_index_key" ON "GenerationInput"("generationId", "role", "index");

