-- /usage from daily sums (issue 18), PostgreSQL's twin of prisma/migrations/20261201030100_flat_usage:
-- what the usage page shows, summed per (team, day, person, model, provider, project) over the
-- generations that may have been billed, kept by triggers on "Generation" and "BudgetReservation".
CREATE TABLE "UsageDay" (
    "id" SERIAL NOT NULL,
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
    CONSTRAINT "UsageDay_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "UsageDay_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "UsageDay_teamId_day_userId_model_providerId_projectId_key" ON "UsageDay"("teamId", "day", "userId", "model", "providerId", "projectId");
CREATE INDEX "UsageDay_teamId_userId_day_idx" ON "UsageDay"("teamId", "userId", "day");

INSERT INTO "UsageDay" ("teamId", "day", "userId", "model", "providerId", "projectId", "generations", "unknownCosts", "knownPicos", "tokens", "bothCount", "bothEstimateMicros", "bothActualPicos")
    SELECT g."teamId", to_char(g."createdAt", 'YYYY-MM-DD'), COALESCE(g."createdById", ''), g."model", COALESCE(g."providerId", ''), COALESCE(g."projectId", ''), COUNT(*), SUM(CASE WHEN g."costUsd" IS NULL THEN 1 ELSE 0 END), SUM(COALESCE(ROUND(g."costUsd" * 1000000000000)::BIGINT, 0)), SUM(COALESCE(g."textTokensIn", 0) + COALESCE(g."imageTokensIn", 0) + COALESCE(g."imageTokensOut", 0) + COALESCE(g."textTokensOut", 0)),
        SUM(CASE WHEN (g."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0) > 0) THEN 1 ELSE 0 END), SUM(CASE WHEN (g."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0) > 0) THEN COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0) ELSE 0 END), SUM(CASE WHEN (g."costUsd" IS NOT NULL AND COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0) > 0) THEN ROUND(g."costUsd" * 1000000000000)::BIGINT ELSE 0 END)
    FROM "Generation" g WHERE (g."status" NOT IN ('queued', 'running') AND (g."costUsd" IS NOT NULL OR g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL) OR (g."status" = 'failed' AND g."errorCode" = 'storage')))
    GROUP BY g."teamId", to_char(g."createdAt", 'YYYY-MM-DD'), COALESCE(g."createdById", ''), g."model", COALESCE(g."providerId", ''), COALESCE(g."projectId", '');

-- A generation's part of its day's sums, added (sign 1) or taken back (sign -1).
CREATE FUNCTION "fresco_usage_day"(g "Generation", sign INTEGER) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    estimate BIGINT;
    is_both BOOLEAN;
BEGIN
    IF NOT (g."status" NOT IN ('queued', 'running') AND (g."costUsd" IS NOT NULL OR g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL) OR (g."status" = 'failed' AND g."errorCode" = 'storage'))) THEN
        RETURN;
    END IF;
    estimate := COALESCE((SELECT b."micros" FROM "BudgetReservation" b WHERE b."generationId" = g."id"), 0);
    is_both := g."costUsd" IS NOT NULL AND estimate > 0;
    INSERT INTO "UsageDay" ("teamId", "day", "userId", "model", "providerId", "projectId", "generations", "unknownCosts", "knownPicos", "tokens", "bothCount", "bothEstimateMicros", "bothActualPicos")
    VALUES (g."teamId", to_char(g."createdAt", 'YYYY-MM-DD'), COALESCE(g."createdById", ''), g."model", COALESCE(g."providerId", ''), COALESCE(g."projectId", ''), sign, sign * (CASE WHEN g."costUsd" IS NULL THEN 1 ELSE 0 END), sign * COALESCE(ROUND(g."costUsd" * 1000000000000)::BIGINT, 0), sign * (COALESCE(g."textTokensIn", 0) + COALESCE(g."imageTokensIn", 0) + COALESCE(g."imageTokensOut", 0) + COALESCE(g."textTokensOut", 0)),
        sign * (CASE WHEN is_both THEN 1 ELSE 0 END), sign * (CASE WHEN is_both THEN estimate ELSE 0 END), sign * (CASE WHEN is_both THEN ROUND(g."costUsd" * 1000000000000)::BIGINT ELSE 0 END))
    ON CONFLICT ("teamId", "day", "userId", "model", "providerId", "projectId") DO UPDATE SET
        "generations" = "UsageDay"."generations" + excluded."generations", "unknownCosts" = "UsageDay"."unknownCosts" + excluded."unknownCosts",
        "knownPicos" = "UsageDay"."knownPicos" + excluded."knownPicos", "tokens" = "UsageDay"."tokens" + excluded."tokens",
        "bothCount" = "UsageDay"."bothCount" + excluded."bothCount", "bothEstimateMicros" = "UsageDay"."bothEstimateMicros" + excluded."bothEstimateMicros",
        "bothActualPicos" = "UsageDay"."bothActualPicos" + excluded."bothActualPicos";
END
$$;

CREATE FUNCTION "fresco_generation_usage"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM "fresco_usage_day"(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM "fresco_usage_day"(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Generation_usage" AFTER INSERT OR UPDATE OR DELETE ON "Generation" FOR EACH ROW EXECUTE FUNCTION "fresco_generation_usage"();

-- The estimate arrives (or goes) with the generation's budget hold.
CREATE FUNCTION "fresco_reservation_usage"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r "BudgetReservation";
    sign INTEGER;
BEGIN
    IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
    IF r."micros" <= 0 THEN
        RETURN NULL;
    END IF;
    UPDATE "UsageDay" SET
        "bothCount" = "bothCount" + sign, "bothEstimateMicros" = "bothEstimateMicros" + sign * r."micros",
        "bothActualPicos" = "bothActualPicos" + sign * (SELECT ROUND(g."costUsd" * 1000000000000)::BIGINT FROM "Generation" g WHERE g."id" = r."generationId")
    WHERE ("teamId", "day", "userId", "model", "providerId", "projectId") = (
        SELECT g."teamId", to_char(g."createdAt", 'YYYY-MM-DD'), COALESCE(g."createdById", ''), g."model", COALESCE(g."providerId", ''), COALESCE(g."projectId", '') FROM "Generation" g WHERE g."id" = r."generationId" AND g."costUsd" IS NOT NULL AND (g."status" NOT IN ('queued', 'running') AND (g."costUsd" IS NOT NULL OR g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL) OR (g."status" = 'failed' AND g."errorCode" = 'storage'))));
    RETURN NULL;
END
$$;
CREATE TRIGGER "BudgetReservation_usage" AFTER INSERT OR DELETE ON "BudgetReservation" FOR EACH ROW EXECUTE FUNCTION "fresco_reservation_usage"();
