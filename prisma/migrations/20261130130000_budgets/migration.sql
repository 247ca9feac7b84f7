-- Budgets: team limits, per-person budgets, and the counters and reservations that keep
-- concurrent submissions within them. Money is integer micro-dollars.

-- CreateTable
CREATE TABLE "TeamBudget" (
    "teamId" TEXT NOT NULL PRIMARY KEY,
    "monthlyMicros" BIGINT,
    "requestCeilingMicros" BIGINT,
    "ratePerMinute" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TeamBudget_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonBudget" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "monthlyMicros" BIGINT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("teamId", "userId"),
    CONSTRAINT "PersonBudget_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetCounter" (
    "teamId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "spentMicros" BIGINT NOT NULL DEFAULT 0,
    "reservedMicros" BIGINT NOT NULL DEFAULT 0,
    "warnedAt" DATETIME,

    PRIMARY KEY ("teamId", "scope", "month"),
    CONSTRAINT "BudgetCounter_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetReservation" (
    "generationId" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "micros" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settledAt" DATETIME,
    "outcome" TEXT,
    "actualMicros" BIGINT
);

-- CreateIndex
CREATE INDEX "BudgetReservation_teamId_settledAt_idx" ON "BudgetReservation"("teamId", "settledAt");
