-- Flat cost as the data grows (issue 18): what the studio and the top bar read on every page is
-- kept as work is made, so reading it costs the same at 100 generations or 100,000.
-- Both tables are maintained by triggers on "Generation", so every writer (submissions, the
-- runner, deletions, a team's cascade, a seeder writing SQL) keeps them right without knowing.
-- PostgreSQL's twin: prisma/postgresql/migrations/20261201030000_flat_cost.

-- The month's spend per team (UTC calendar month, "2026-11"): the sum of the known costs of
-- the generations that exist, in pico-dollars (integers add exactly; a cost has at most ~10
-- decimal places), and how many may have been billed at a cost nobody knows (the top bar's
-- "≥"). The same definition lib/db/month-spend.ts documents.
CREATE TABLE "TeamMonthSpend" (
    "teamId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "knownPicos" BIGINT NOT NULL DEFAULT 0,
    "unknownCosts" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("teamId", "month"),
    CONSTRAINT "TeamMonthSpend_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- A person's distinct prompts in a team with when each was last used: the studio's recent
-- prompts are the newest few rows of the index below, not a DISTINCT over their history.
-- "uses" counts the person's generations with that prompt; the row goes with the last of them.
CREATE TABLE "RecentPrompt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "usedAt" DATETIME NOT NULL,
    "uses" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "RecentPrompt_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecentPrompt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "RecentPrompt_teamId_userId_usedAt_idx" ON "RecentPrompt"("teamId", "userId", "usedAt");
-- One row per prompt (raw SQL: PostgreSQL indexes md5("prompt"), a long text cannot be a btree key there).
CREATE UNIQUE INDEX "RecentPrompt_teamId_userId_prompt_key" ON "RecentPrompt"("teamId", "userId", "prompt");

-- Backfill from the work that exists.
INSERT INTO "TeamMonthSpend" ("teamId", "month", "knownPicos", "unknownCosts")
    SELECT "teamId", substr("createdAt", 1, 7),
        SUM(CASE WHEN "costUsd" IS NULL THEN 0 ELSE CAST(ROUND("costUsd" * 1000000000000) AS INTEGER) END),
        SUM(CASE WHEN "costUsd" IS NULL AND ("status" = 'succeeded' OR ("status" IN ('interrupted', 'canceled') AND "sentAt" IS NOT NULL)) THEN 1 ELSE 0 END)
    FROM "Generation" GROUP BY "teamId", substr("createdAt", 1, 7);
INSERT INTO "RecentPrompt" ("teamId", "userId", "prompt", "usedAt", "uses")
    SELECT "teamId", "createdById", "prompt", MAX("createdAt"), COUNT(*)
    FROM "Generation" WHERE "createdById" IS NOT NULL GROUP BY "teamId", "createdById", "prompt";

-- The month's spend: a generation adds its part when it is made, moves it when its cost or
-- status changes, takes it back when it is deleted (one small UPDATE each, never a scan).
CREATE TRIGGER "Generation_spend_insert" AFTER INSERT ON "Generation" BEGIN
    INSERT INTO "TeamMonthSpend" ("teamId", "month", "knownPicos", "unknownCosts")
    VALUES (new."teamId", substr(new."createdAt", 1, 7),
        CASE WHEN new."costUsd" IS NULL THEN 0 ELSE CAST(ROUND(new."costUsd" * 1000000000000) AS INTEGER) END,
        CASE WHEN new."costUsd" IS NULL AND (new."status" = 'succeeded' OR (new."status" IN ('interrupted', 'canceled') AND new."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END)
    ON CONFLICT ("teamId", "month") DO UPDATE SET
        "knownPicos" = "knownPicos" + excluded."knownPicos", "unknownCosts" = "unknownCosts" + excluded."unknownCosts";
END;

CREATE TRIGGER "Generation_spend_update" AFTER UPDATE OF "costUsd", "status", "sentAt", "createdAt", "teamId" ON "Generation" BEGIN
    UPDATE "TeamMonthSpend" SET
        "knownPicos" = "knownPicos" - CASE WHEN old."costUsd" IS NULL THEN 0 ELSE CAST(ROUND(old."costUsd" * 1000000000000) AS INTEGER) END,
        "unknownCosts" = "unknownCosts" - CASE WHEN old."costUsd" IS NULL AND (old."status" = 'succeeded' OR (old."status" IN ('interrupted', 'canceled') AND old."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END
    WHERE "teamId" = old."teamId" AND "month" = substr(old."createdAt", 1, 7);
    INSERT INTO "TeamMonthSpend" ("teamId", "month", "knownPicos", "unknownCosts")
    VALUES (new."teamId", substr(new."createdAt", 1, 7),
        CASE WHEN new."costUsd" IS NULL THEN 0 ELSE CAST(ROUND(new."costUsd" * 1000000000000) AS INTEGER) END,
        CASE WHEN new."costUsd" IS NULL AND (new."status" = 'succeeded' OR (new."status" IN ('interrupted', 'canceled') AND new."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END)
    ON CONFLICT ("teamId", "month") DO UPDATE SET
        "knownPicos" = "knownPicos" + excluded."knownPicos", "unknownCosts" = "unknownCosts" + excluded."unknownCosts";
END;

CREATE TRIGGER "Generation_spend_delete" AFTER DELETE ON "Generation" BEGIN
    UPDATE "TeamMonthSpend" SET
        "knownPicos" = "knownPicos" - CASE WHEN old."costUsd" IS NULL THEN 0 ELSE CAST(ROUND(old."costUsd" * 1000000000000) AS INTEGER) END,
        "unknownCosts" = "unknownCosts" - CASE WHEN old."costUsd" IS NULL AND (old."status" = 'succeeded' OR (old."status" IN ('interrupted', 'canceled') AND old."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END
    WHERE "teamId" = old."teamId" AND "month" = substr(old."createdAt", 1, 7);
END;

-- Recent prompts: a new generation makes its prompt the person's newest; deleting the last
-- generation with a prompt removes it (its use count reaches 0).
CREATE TRIGGER "Generation_prompt_insert" AFTER INSERT ON "Generation" WHEN new."createdById" IS NOT NULL BEGIN
    INSERT INTO "RecentPrompt" ("teamId", "userId", "prompt", "usedAt", "uses")
    VALUES (new."teamId", new."createdById", new."prompt", new."createdAt", 1)
    ON CONFLICT ("teamId", "userId", "prompt") DO UPDATE SET
        "uses" = "uses" + 1,
        "usedAt" = CASE WHEN excluded."usedAt" > "usedAt" THEN excluded."usedAt" ELSE "usedAt" END;
END;

CREATE TRIGGER "Generation_prompt_delete" AFTER DELETE ON "Generation" WHEN old."createdById" IS NOT NULL BEGIN
    UPDATE "RecentPrompt" SET "uses" = "uses" - 1
    WHERE "teamId" = old."teamId" AND "userId" = old."createdById" AND "prompt" = old."prompt";
    DELETE FROM "RecentPrompt"
    WHERE "teamId" = old."teamId" AND "userId" = old."createdById" AND "prompt" = old."prompt" AND "uses" <= 0;
END;
