-- CreateTable
CREATE TABLE "Generation" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "parentImageId" TEXT,
    CONSTRAINT "Generation_priceTableId_fkey" FOREIGN KEY ("priceTableId") REFERENCES "PriceTable" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Generation_parentImageId_fkey" FOREIGN KEY ("parentImageId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Image" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "generationId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbnailKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Image_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PriceTable" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "textInPerM" DECIMAL NOT NULL,
    "cachedTextInPerM" DECIMAL NOT NULL,
    "imageInPerM" DECIMAL NOT NULL,
    "cachedImageInPerM" DECIMAL NOT NULL,
    "imageOutPerM" DECIMAL NOT NULL,
    "takenAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Generation_idempotencyKey_key" ON "Generation"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Generation_createdAt_idx" ON "Generation"("createdAt");

-- CreateIndex
CREATE INDEX "Generation_status_idx" ON "Generation"("status");

-- CreateIndex
CREATE INDEX "Image_sha256_idx" ON "Image"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Image_generationId_index_key" ON "Image"("generationId", "index");

-- CreateIndex
CREATE INDEX "PriceTable_provider_model_takenAt_idx" ON "PriceTable"("provider", "model", "takenAt");

