-- /projects bounded by what it shows (issue 18), PostgreSQL's twin of
-- prisma/migrations/20261201080000_project_stats: each project's card figures (generations,
-- images outside the trash, known costs in pico-dollars, unknown costs, newest work, cover)
-- kept by triggers on "Project", "Generation" and "Image", read a page at a time by
-- (teamId, lastActivityAt). The rules are written out there.
CREATE TABLE "ProjectStats" (
    "projectId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "generations" INTEGER NOT NULL DEFAULT 0,
    "images" INTEGER NOT NULL DEFAULT 0,
    "knownPicos" BIGINT NOT NULL DEFAULT 0,
    "unknownCosts" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" TIMESTAMP(3) NOT NULL,
    "coverImageId" TEXT,
    CONSTRAINT "ProjectStats_pkey" PRIMARY KEY ("projectId"),
    CONSTRAINT "ProjectStats_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ProjectStats_teamId_lastActivityAt_projectId_idx" ON "ProjectStats"("teamId", "lastActivityAt", "projectId");

-- The cover chosen afresh: a finalist first, then the newest image kept and not discarded.
CREATE FUNCTION "fresco_project_cover"(pid TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT i."id" FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId"
    WHERE g."projectId" = pid AND i."trashedAt" IS NULL AND (i."pick" IS NULL OR i."pick" <> 'discarded')
    ORDER BY CASE WHEN i."pick" = 'finalist' THEN 1 ELSE 0 END DESC, i."createdAt" DESC, i."id" DESC LIMIT 1
$$;

-- The newest work's time, else the project's own: one seek on "Generation_projectId_createdAt_idx".
CREATE FUNCTION "fresco_project_last_activity"(pid TEXT) RETURNS TIMESTAMP(3) LANGUAGE sql STABLE AS $$
    SELECT GREATEST((SELECT p."createdAt" FROM "Project" p WHERE p."id" = pid), (SELECT MAX(g."createdAt") FROM "Generation" g WHERE g."projectId" = pid))
$$;

CREATE FUNCTION "fresco_project_images"(pid TEXT) RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT COUNT(*)::INTEGER FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId" WHERE g."projectId" = pid AND i."trashedAt" IS NULL
$$;

INSERT INTO "ProjectStats" ("projectId", "teamId", "generations", "images", "knownPicos", "unknownCosts", "lastActivityAt", "coverImageId")
SELECT p."id", p."teamId",
    (SELECT COUNT(*) FROM "Generation" g WHERE g."projectId" = p."id"),
    "fresco_project_images"(p."id"),
    (SELECT COALESCE(SUM(ROUND(g."costUsd" * 1000000000000)::BIGINT), 0) FROM "Generation" g WHERE g."projectId" = p."id"),
    (SELECT COUNT(*) FROM "Generation" g WHERE g."projectId" = p."id" AND g."costUsd" IS NULL AND (g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL))),
    "fresco_project_last_activity"(p."id"),
    "fresco_project_cover"(p."id")
FROM "Project" p;

CREATE FUNCTION "fresco_project_stats_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "ProjectStats" ("projectId", "teamId", "lastActivityAt") VALUES (NEW."id", NEW."teamId", NEW."createdAt");
    RETURN NULL;
END
$$;
CREATE TRIGGER "Project_stats_insert" AFTER INSERT ON "Project" FOR EACH ROW EXECUTE FUNCTION "fresco_project_stats_insert"();

-- A generation's part of its project's figures, added (sign 1) or taken back (sign -1).
CREATE FUNCTION "fresco_project_generation"(g "Generation", sign INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF g."projectId" IS NULL THEN
        RETURN;
    END IF;
    UPDATE "ProjectStats" SET "generations" = "generations" + sign,
        "knownPicos" = "knownPicos" + sign * COALESCE(ROUND(g."costUsd" * 1000000000000)::BIGINT, 0),
        "unknownCosts" = "unknownCosts" + sign * (CASE WHEN g."costUsd" IS NULL AND (g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END)
    WHERE "projectId" = g."projectId";
END
$$;

CREATE FUNCTION "fresco_generation_project_stats"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved INTEGER;
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "fresco_project_generation"(NEW, 1);
        UPDATE "ProjectStats" SET "lastActivityAt" = GREATEST("lastActivityAt", NEW."createdAt") WHERE "projectId" = NEW."projectId";
    ELSIF TG_OP = 'UPDATE' THEN
        IF (OLD."projectId", OLD."costUsd", OLD."status", OLD."sentAt", OLD."createdAt") IS NOT DISTINCT FROM (NEW."projectId", NEW."costUsd", NEW."status", NEW."sentAt", NEW."createdAt") THEN
            RETURN NULL;
        END IF;
        PERFORM "fresco_project_generation"(OLD, -1);
        PERFORM "fresco_project_generation"(NEW, 1);
        IF OLD."projectId" IS DISTINCT FROM NEW."projectId" THEN
            -- A move takes the generation's images with it, and perhaps the old project's cover.
            moved := (SELECT COUNT(*) FROM "Image" i WHERE i."generationId" = NEW."id" AND i."trashedAt" IS NULL);
            UPDATE "ProjectStats" SET "images" = "images" + (CASE WHEN "projectId" = NEW."projectId" THEN moved ELSE -moved END),
                "coverImageId" = "fresco_project_cover"("projectId"), "lastActivityAt" = "fresco_project_last_activity"("projectId")
            WHERE "projectId" IN (OLD."projectId", NEW."projectId");
        ELSIF OLD."createdAt" IS DISTINCT FROM NEW."createdAt" THEN
            UPDATE "ProjectStats" SET "lastActivityAt" = "fresco_project_last_activity"("projectId") WHERE "projectId" = NEW."projectId";
        END IF;
    ELSE
        -- Its images were counted out before (below); the cover chosen afresh if it was one of them.
        PERFORM "fresco_project_generation"(OLD, -1);
        UPDATE "ProjectStats" SET "lastActivityAt" = "fresco_project_last_activity"("projectId"),
            "coverImageId" = CASE WHEN "coverImageId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Image" c JOIN "Generation" g ON g."id" = c."generationId" WHERE c."id" = "ProjectStats"."coverImageId")
                THEN "fresco_project_cover"("projectId") ELSE "coverImageId" END
        WHERE "projectId" = OLD."projectId";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Generation_project_stats" AFTER INSERT OR UPDATE OR DELETE ON "Generation" FOR EACH ROW EXECUTE FUNCTION "fresco_generation_project_stats"();

-- A deleted generation's kept images counted out while they stand: the cascade that removes
-- them runs once its row is gone, where their own trigger no longer finds its project.
CREATE FUNCTION "fresco_generation_project_images_out"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD."projectId" IS NOT NULL THEN
        UPDATE "ProjectStats" SET "images" = "images" - (SELECT COUNT(*) FROM "Image" i WHERE i."generationId" = OLD."id" AND i."trashedAt" IS NULL)
        WHERE "projectId" = OLD."projectId";
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER "Generation_project_stats_images_out" BEFORE DELETE ON "Generation" FOR EACH ROW EXECUTE FUNCTION "fresco_generation_project_images_out"();

-- An image counted when kept; the cover when it outranks the one there, or chosen afresh when
-- the cover itself is trashed, discarded or deleted. A generation's own delete counted its images out.
CREATE FUNCTION "fresco_image_project_stats"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pid TEXT;
    img "Image";
    delta INTEGER;
BEGIN
    IF TG_OP = 'DELETE' THEN img := OLD; ELSE img := NEW; END IF;
    IF TG_OP = 'UPDATE' AND (OLD."trashedAt" IS NULL) = (NEW."trashedAt" IS NULL) AND OLD."pick" IS NOT DISTINCT FROM NEW."pick" THEN
        RETURN NULL;
    END IF;
    pid := (SELECT g."projectId" FROM "Generation" g WHERE g."id" = img."generationId");
    IF pid IS NULL THEN
        RETURN NULL;
    END IF;
    delta := CASE WHEN TG_OP <> 'DELETE' AND NEW."trashedAt" IS NULL THEN 1 ELSE 0 END - CASE WHEN TG_OP <> 'INSERT' AND OLD."trashedAt" IS NULL THEN 1 ELSE 0 END;
    UPDATE "ProjectStats" SET "images" = "images" + delta,
        "coverImageId" = CASE
            WHEN TG_OP <> 'INSERT' AND "coverImageId" = OLD."id" THEN "fresco_project_cover"(pid)
            WHEN TG_OP <> 'DELETE' AND NEW."trashedAt" IS NULL AND (NEW."pick" IS NULL OR NEW."pick" <> 'discarded') AND ("coverImageId" IS NULL
                OR (CASE WHEN NEW."pick" = 'finalist' THEN 1 ELSE 0 END, NEW."createdAt", NEW."id") > (SELECT CASE WHEN c."pick" = 'finalist' THEN 1 ELSE 0 END, c."createdAt", c."id" FROM "Image" c WHERE c."id" = "ProjectStats"."coverImageId"))
            THEN NEW."id" ELSE "coverImageId" END
    WHERE "projectId" = pid;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Image_project_stats" AFTER INSERT OR UPDATE OR DELETE ON "Image" FOR EACH ROW EXECUTE FUNCTION "fresco_image_project_stats"();
