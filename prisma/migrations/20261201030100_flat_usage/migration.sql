-- Usage per day, kept as work is made (issue 18): what /usage shows (spend, tokens, generations
-- and unknown costs per day, person, model, provider and project, and estimates against actual
-- costs) summed per (team, day, person, model, provider, project), so a month or a year of
-- usage reads a few rows per day instead of every generation. Kept by triggers on "Generation"
-- and "BudgetReservation" (the estimate), like migration 20261201030000_flat_cost; the usage
-- CSV still reads the generations themselves, a page at a time (lib/db/usage.ts).
-- A generation counts when it may have been billed (lib/db/usage.ts billingOf): its cost is
-- known, or unknown but the provider may have charged it. '' stands for "none" in the key
-- (no author any more, the environment's provider, no project), so the key is unique.
CREATE TABLE "UsageDay" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "teamId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "userId" TEXT NOT NULL DEFAULT '',
    "model" TEXT NOT NULL,
    "providerId" TEXT NOT NULL DEFAULT '',
    "projectId" TEXT NOT NULL DEFAULT '',
    "generations" INTEGER NOT NULL DEFAULT 0,
    "unknownCosts" INTEGER NOT NULL DEFAULT 0,
    "knownPicos" BIGINT NOT NULL DEFAULT 0,
    "tokens" BIGINT NOT NULL DEFAULT 0,
    "bothCount" INTEGER NOT NULL DEFAULT 0,
    "bothEstimateMicros" BIGINT NOT NULL DEFAULT 0,
    "bothActualPicos" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "UsageDay_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "UsageDay_teamId_day_userId_model_providerId_projectId_key" ON "UsageDay"("teamId", "day", "userId", "model", "providerId", "projectId");
CREATE INDEX "UsageDay_teamId_userId_day_idx" ON "UsageDay"("teamId", "userId", "day");

-- Backfill from the work that exists.
INSERT INTO "UsageDay" ("teamId", "day", "userId", "model", "providerId", "projectId", "generations", "unknownCosts", "knownPicos", "tokens", "bothCount", "bothEstimateMicros", "bothActualPicos")
    SELECT g."teamId", substr(g."createdAt", 1, 10), COALESCE(g."createdById", ''), g."model", COALESCE(g."providerId", ''), COALESCE(g."projectId", ''), COUNT(*), SUM(CASE WHEN g."costUsd" IS NULL THEN 1 ELSE 0 END), SUM(COALESCE(CAST(ROUND(g."costUsd" * 1000000000000) AS INTEGER), 0)), SUM(COALESCE(g."textTokensIn", 0) + COALESCE(g."imageTokensIn", 0) + COALESCE(g."imageTokensOut", 0) + COALESCE(g."textTokensOut", 0)),
        SUM(CASE WHEN (g."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0) > 0) THEN 1 ELSE 0 END), SUM(CASE WHEN (g."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0) > 0) THEN COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0) ELSE 0 END), SUM(CASE WHEN (g."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0) > 0) THEN CAST(ROUND(g."costUsd" * 1000000000000) AS INTEGER) ELSE 0 END)
    FROM "Generation" g WHERE (g."status" NOT IN ('queued', 'running') AND (g."costUsd" IS NOT NULL OR (g."costUsd" IS NULL AND (g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL) OR (g."status" = 'failed' AND g."errorCode" = 'storage')))))
    GROUP BY g."teamId", substr(g."createdAt", 1, 10), COALESCE(g."createdById", ''), g."model", COALESCE(g."providerId", ''), COALESCE(g."projectId", '');

CREATE TRIGGER "Generation_usage_insert" AFTER INSERT ON "Generation" BEGIN
    INSERT INTO "UsageDay" ("teamId", "day", "userId", "model", "providerId", "projectId", "generations", "unknownCosts", "knownPicos", "tokens", "bothCount", "bothEstimateMicros", "bothActualPicos")
    SELECT new."teamId", substr(new."createdAt", 1, 10), COALESCE(new."createdById", ''), new."model", COALESCE(new."providerId", ''), COALESCE(new."projectId", ''), 1, CASE WHEN new."costUsd" IS NULL THEN 1 ELSE 0 END, COALESCE(CAST(ROUND(new."costUsd" * 1000000000000) AS INTEGER), 0), COALESCE(new."textTokensIn", 0) + COALESCE(new."imageTokensIn", 0) + COALESCE(new."imageTokensOut", 0) + COALESCE(new."textTokensOut", 0),
        CASE WHEN (new."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = new."id"), 0) > 0) THEN 1 ELSE 0 END, CASE WHEN (new."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = new."id"), 0) > 0) THEN COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = new."id"), 0) ELSE 0 END, CASE WHEN (new."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = new."id"), 0) > 0) THEN CAST(ROUND(new."costUsd" * 1000000000000) AS INTEGER) ELSE 0 END
    WHERE (new."status" NOT IN ('queued', 'running') AND (new."costUsd" IS NOT NULL OR (new."costUsd" IS NULL AND (new."status" = 'succeeded' OR (new."status" IN ('interrupted', 'canceled') AND new."sentAt" IS NOT NULL) OR (new."status" = 'failed' AND new."errorCode" = 'storage')))))
    ON CONFLICT ("teamId", "day", "userId", "model", "providerId", "projectId") DO UPDATE SET
        "generations" = "generations" + excluded."generations", "unknownCosts" = "unknownCosts" + excluded."unknownCosts",
        "knownPicos" = "knownPicos" + excluded."knownPicos", "tokens" = "tokens" + excluded."tokens", "bothCount" = "bothCount" + excluded."bothCount",
        "bothEstimateMicros" = "bothEstimateMicros" + excluded."bothEstimateMicros", "bothActualPicos" = "bothActualPicos" + excluded."bothActualPicos";
END;

CREATE TRIGGER "Generation_usage_update" AFTER UPDATE ON "Generation" BEGIN
    UPDATE "UsageDay" SET
        "generations" = "generations" - 1, "unknownCosts" = "unknownCosts" - CASE WHEN old."costUsd" IS NULL THEN 1 ELSE 0 END,
        "knownPicos" = "knownPicos" - COALESCE(CAST(ROUND(old."costUsd" * 1000000000000) AS INTEGER), 0), "tokens" = "tokens" - (COALESCE(old."textTokensIn", 0) + COALESCE(old."imageTokensIn", 0) + COALESCE(old."imageTokensOut", 0) + COALESCE(old."textTokensOut", 0)),
        "bothCount" = "bothCount" - CASE WHEN (old."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = old."id"), 0) > 0) THEN 1 ELSE 0 END,
        "bothEstimateMicros" = "bothEstimateMicros" - CASE WHEN (old."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = old."id"), 0) > 0) THEN COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = old."id"), 0) ELSE 0 END,
        "bothActualPicos" = "bothActualPicos" - CASE WHEN (old."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = old."id"), 0) > 0) THEN CAST(ROUND(old."costUsd" * 1000000000000) AS INTEGER) ELSE 0 END
    WHERE "UsageDay"."teamId" = old."teamId" AND "UsageDay"."day" = substr(old."createdAt", 1, 10) AND "UsageDay"."userId" = COALESCE(old."createdById", '') AND "UsageDay"."model" = old."model" AND "UsageDay"."providerId" = COALESCE(old."providerId", '') AND "UsageDay"."projectId" = COALESCE(old."projectId", '') AND (old."status" NOT IN ('queued', 'running') AND (old."costUsd" IS NOT NULL OR (old."costUsd" IS NULL AND (old."status" = 'succeeded' OR (old."status" IN ('interrupted', 'canceled') AND old."sentAt" IS NOT NULL) OR (old."status" = 'failed' AND old."errorCode" = 'storage')))));
    INSERT INTO "UsageDay" ("teamId", "day", "userId", "model", "providerId", "projectId", "generations", "unknownCosts", "knownPicos", "tokens", "bothCount", "bothEstimateMicros", "bothActualPicos")
    SELECT new."teamId", substr(new."createdAt", 1, 10), COALESCE(new."createdById", ''), new."model", COALESCE(new."providerId", ''), COALESCE(new."projectId", ''), 1, CASE WHEN new."costUsd" IS NULL THEN 1 ELSE 0 END, COALESCE(CAST(ROUND(new."costUsd" * 1000000000000) AS INTEGER), 0), COALESCE(new."textTokensIn", 0) + COALESCE(new."imageTokensIn", 0) + COALESCE(new."imageTokensOut", 0) + COALESCE(new."textTokensOut", 0),
        CASE WHEN (new."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = new."id"), 0) > 0) THEN 1 ELSE 0 END, CASE WHEN (new."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = new."id"), 0) > 0) THEN COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = new."id"), 0) ELSE 0 END, CASE WHEN (new."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = new."id"), 0) > 0) THEN CAST(ROUND(new."costUsd" * 1000000000000) AS INTEGER) ELSE 0 END
    WHERE (new."status" NOT IN ('queued', 'running') AND (new."costUsd" IS NOT NULL OR (new."costUsd" IS NULL AND (new."status" = 'succeeded' OR (new."status" IN ('interrupted', 'canceled') AND new."sentAt" IS NOT NULL) OR (new."status" = 'failed' AND new."errorCode" = 'storage')))))
    ON CONFLICT ("teamId", "day", "userId", "model", "providerId", "projectId") DO UPDATE SET
        "generations" = "generations" + excluded."generations", "unknownCosts" = "unknownCosts" + excluded."unknownCosts",
        "knownPicos" = "knownPicos" + excluded."knownPicos", "tokens" = "tokens" + excluded."tokens", "bothCount" = "bothCount" + excluded."bothCount",
        "bothEstimateMicros" = "bothEstimateMicros" + excluded."bothEstimateMicros", "bothActualPicos" = "bothActualPicos" + excluded."bothActualPicos";
END;

CREATE TRIGGER "Generation_usage_delete" AFTER DELETE ON "Generation" BEGIN
    UPDATE "UsageDay" SET
        "generations" = "generations" - 1, "unknownCosts" = "unknownCosts" - CASE WHEN old."costUsd" IS NULL THEN 1 ELSE 0 END,
        "knownPicos" = "knownPicos" - COALESCE(CAST(ROUND(old."costUsd" * 1000000000000) AS INTEGER), 0), "tokens" = "tokens" - (COALESCE(old."textTokensIn", 0) + COALESCE(old."imageTokensIn", 0) + COALESCE(old."imageTokensOut", 0) + COALESCE(old."textTokensOut", 0)),
        "bothCount" = "bothCount" - CASE WHEN (old."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = old."id"), 0) > 0) THEN 1 ELSE 0 END,
        "bothEstimateMicros" = "bothEstimateMicros" - CASE WHEN (old."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = old."id"), 0) > 0) THEN COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = old."id"), 0) ELSE 0 END,
        "bothActualPicos" = "bothActualPicos" - CASE WHEN (old."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = old."id"), 0) > 0) THEN CAST(ROUND(old."costUsd" * 1000000000000) AS INTEGER) ELSE 0 END
    WHERE "UsageDay"."teamId" = old."teamId" AND "UsageDay"."day" = substr(old."createdAt", 1, 10) AND "UsageDay"."userId" = COALESCE(old."createdById", '') AND "UsageDay"."model" = old."model" AND "UsageDay"."providerId" = COALESCE(old."providerId", '') AND "UsageDay"."projectId" = COALESCE(old."projectId", '') AND (old."status" NOT IN ('queued', 'running') AND (old."costUsd" IS NOT NULL OR (old."costUsd" IS NULL AND (old."status" = 'succeeded' OR (old."status" IN ('interrupted', 'canceled') AND old."sentAt" IS NOT NULL) OR (old."status" = 'failed' AND old."errorCode" = 'storage')))));
END;

-- The estimate arrives (or goes) with the generation's budget hold.
CREATE TRIGGER "BudgetReservation_usage_insert" AFTER INSERT ON "BudgetReservation" BEGIN
    UPDATE "UsageDay" SET
        "bothCount" = "bothCount" + 1, "bothEstimateMicros" = "bothEstimateMicros" + new."micros",
        "bothActualPicos" = "bothActualPicos" + (SELECT CAST(ROUND(g."costUsd" * 1000000000000) AS INTEGER) FROM "Generation" g WHERE g."id" = new."generationId")
    WHERE new."micros" > 0 AND ("teamId", "day", "userId", "model", "providerId", "projectId") = (
        SELECT g."teamId", substr(g."createdAt", 1, 10), COALESCE(g."createdById", ''), g."model", COALESCE(g."providerId", ''), COALESCE(g."projectId", '')
        FROM "Generation" g WHERE g."id" = new."generationId" AND g."costUsd" IS NOT NULL AND (g."status" NOT IN ('queued', 'running') AND (g."costUsd" IS NOT NULL OR (g."costUsd" IS NULL AND (g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL) OR (g."status" = 'failed' AND g."errorCode" = 'storage'))))));
END;

CREATE TRIGGER "BudgetReservation_usage_delete" AFTER DELETE ON "BudgetReservation" BEGIN
    UPDATE "UsageDay" SET
        "bothCount" = "bothCount" - 1, "bothEstimateMicros" = "bothEstimateMicros" - old."micros",
        "bothActualPicos" = "bothActualPicos" - (SELECT CAST(ROUND(g."costUsd" * 1000000000000) AS INTEGER) FROM "Generation" g WHERE g."id" = old."generationId")
    WHERE old."micros" > 0 AND ("teamId", "day", "userId", "model", "providerId", "projectId") = (
        SELECT g."teamId", substr(g."createdAt", 1, 10), COALESCE(g."createdById", ''), g."model", COALESCE(g."providerId", ''), COALESCE(g."projectId", '')
        FROM "Generation" g WHERE g."id" = old."generationId" AND g."costUsd" IS NOT NULL AND (g."status" NOT IN ('queued', 'running') AND (g."costUsd" IS NOT NULL OR (g."costUsd" IS NULL AND (g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL) OR (g."status" = 'failed' AND g."errorCode" = 'storage'))))));
END;
