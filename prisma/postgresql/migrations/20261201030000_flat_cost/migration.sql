-- Flat cost as the data grows (issue 18), PostgreSQL's twin of
-- prisma/migrations/20261201030000_flat_cost: what the studio and the top bar read on every page
-- is kept as work is made by triggers on "Generation", so every writer keeps it right.

-- The month's spend per team (UTC calendar month, "2026-11"): the known costs of the
-- generations that exist, in pico-dollars, and how many may have been billed at an unknown cost.
CREATE TABLE "TeamMonthSpend" (
    "teamId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "knownPicos" BIGINT NOT NULL DEFAULT 0,
    "unknownCosts" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "TeamMonthSpend_pkey" PRIMARY KEY ("teamId", "month"),
    CONSTRAINT "TeamMonthSpend_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- A person's distinct prompts in a team with when each was last used; "uses" counts the
-- person's generations with that prompt.
CREATE TABLE "RecentPrompt" (
    "id" SERIAL NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL,
    "uses" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "RecentPrompt_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "RecentPrompt_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecentPrompt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "RecentPrompt_teamId_userId_usedAt_idx" ON "RecentPrompt"("teamId", "userId", "usedAt");
-- One row per prompt. A prompt may be longer than a btree key can hold, so its md5 is the key.
CREATE UNIQUE INDEX "RecentPrompt_teamId_userId_prompt_key" ON "RecentPrompt"("teamId", "userId", md5("prompt"));

-- A generation's part of its month's spend: its known cost in pico-dollars, and 1 when it may
-- have been billed at a cost nobody knows (the definition in lib/db/month-spend.ts).
CREATE FUNCTION "fresco_known_picos"(cost DECIMAL) RETURNS BIGINT IMMUTABLE LANGUAGE sql
    AS $$ SELECT CASE WHEN cost IS NULL THEN 0 ELSE ROUND(cost * 1000000000000)::BIGINT END $$;
CREATE FUNCTION "fresco_unknown_cost"(cost DECIMAL, status TEXT, sent TIMESTAMP(3)) RETURNS INTEGER IMMUTABLE LANGUAGE sql
    AS $$ SELECT CASE WHEN cost IS NULL AND (status = 'succeeded' OR (status IN ('interrupted', 'canceled') AND sent IS NOT NULL)) THEN 1 ELSE 0 END $$;

-- Backfill from the work that exists.
INSERT INTO "TeamMonthSpend" ("teamId", "month", "knownPicos", "unknownCosts")
    SELECT "teamId", to_char("createdAt", 'YYYY-MM'), SUM("fresco_known_picos"("costUsd")), SUM("fresco_unknown_cost"("costUsd", "status", "sentAt"))
    FROM "Generation" GROUP BY "teamId", to_char("createdAt", 'YYYY-MM');
INSERT INTO "RecentPrompt" ("teamId", "userId", "prompt", "usedAt", "uses")
    SELECT "teamId", "createdById", "prompt", MAX("createdAt"), COUNT(*)
    FROM "Generation" WHERE "createdById" IS NOT NULL GROUP BY "teamId", "createdById", "prompt";

-- The month's spend: a generation adds its part when made, moves it when its cost, status or
-- month changes, and takes it back when deleted (one small write each, never a scan).
CREATE FUNCTION "fresco_generation_spend"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE "TeamMonthSpend" SET
            "knownPicos" = "knownPicos" - "fresco_known_picos"(OLD."costUsd"),
            "unknownCosts" = "unknownCosts" - "fresco_unknown_cost"(OLD."costUsd", OLD."status", OLD."sentAt")
        WHERE "teamId" = OLD."teamId" AND "month" = to_char(OLD."createdAt", 'YYYY-MM');
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO "TeamMonthSpend" ("teamId", "month", "knownPicos", "unknownCosts")
        VALUES (NEW."teamId", to_char(NEW."createdAt", 'YYYY-MM'), "fresco_known_picos"(NEW."costUsd"), "fresco_unknown_cost"(NEW."costUsd", NEW."status", NEW."sentAt"))
        ON CONFLICT ("teamId", "month") DO UPDATE SET
            "knownPicos" = "TeamMonthSpend"."knownPicos" + excluded."knownPicos",
            "unknownCosts" = "TeamMonthSpend"."unknownCosts" + excluded."unknownCosts";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Generation_spend_insert" AFTER INSERT ON "Generation" FOR EACH ROW EXECUTE FUNCTION "fresco_generation_spend"();
CREATE TRIGGER "Generation_spend_update" AFTER UPDATE OF "costUsd", "status", "sentAt", "createdAt", "teamId" ON "Generation" FOR EACH ROW EXECUTE FUNCTION "fresco_generation_spend"();
CREATE TRIGGER "Generation_spend_delete" AFTER DELETE ON "Generation" FOR EACH ROW EXECUTE FUNCTION "fresco_generation_spend"();

-- Recent prompts: a new generation makes its prompt the person's newest; deleting the last
-- generation with a prompt removes it.
CREATE FUNCTION "fresco_generation_prompt"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "RecentPrompt" ("teamId", "userId", "prompt", "usedAt", "uses")
        VALUES (NEW."teamId", NEW."createdById", NEW."prompt", NEW."createdAt", 1)
        ON CONFLICT ("teamId", "userId", md5("prompt")) DO UPDATE SET
            "uses" = "RecentPrompt"."uses" + 1,
            "usedAt" = GREATEST("RecentPrompt"."usedAt", excluded."usedAt");
    ELSE
        UPDATE "RecentPrompt" SET "uses" = "uses" - 1
        WHERE "teamId" = OLD."teamId" AND "userId" = OLD."createdById" AND md5("prompt") = md5(OLD."prompt") AND "prompt" = OLD."prompt";
        DELETE FROM "RecentPrompt"
        WHERE "teamId" = OLD."teamId" AND "userId" = OLD."createdById" AND md5("prompt") = md5(OLD."prompt") AND "prompt" = OLD."prompt" AND "uses" <= 0;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Generation_prompt_insert" AFTER INSERT ON "Generation" FOR EACH ROW WHEN (NEW."createdById" IS NOT NULL) EXECUTE FUNCTION "fresco_generation_prompt"();
CREATE TRIGGER "Generation_prompt_delete" AFTER DELETE ON "Generation" FOR EACH ROW WHEN (OLD."createdById" IS NOT NULL) EXECUTE FUNCTION "fresco_generation_prompt"();
