-- /projects bounded by what it shows (issue 18): each project's card figures kept as work is
-- made, so the list reads a page of "ProjectStats" rows by (teamId, lastActivityAt) instead of
-- grouping every generation of the team and counting images per project on every load.
-- The figures, as lib/db/project-list.ts showed them when it computed them:
--   generations   every generation in the project, whatever its status;
--   images        its images outside the trash;
--   knownPicos    the sum of the known costs, in pico-dollars (integers add exactly);
--   unknownCosts  runs billed at a cost nobody knows: no cost, and succeeded, or interrupted
--                 or canceled after the request went out (the month's spend's rule);
--   lastActivityAt  the newest generation's createdAt, else the project's own;
--   coverImageId  a finalist first, then the newest (createdAt, id) image kept and not discarded.
-- Kept by triggers on "Project", "Generation" and "Image". Counts and sums change by the row's
-- part; the newest work is one seek on "Generation_projectId_createdAt_idx"; the cover is compared
-- with the new image, and chosen afresh (over the project's images) only when the cover itself
-- leaves (trashed, discarded, deleted, moved). A generation's images are counted out before it
-- is deleted: the cascade that removes them runs once its row is gone.
-- PostgreSQL's twin: prisma/postgresql/migrations/20261201080000_project_stats.
CREATE TABLE "ProjectStats" (
    "projectId" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "generations" INTEGER NOT NULL DEFAULT 0,
    "images" INTEGER NOT NULL DEFAULT 0,
    "knownPicos" BIGINT NOT NULL DEFAULT 0,
    "unknownCosts" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" DATETIME NOT NULL,
    "coverImageId" TEXT,
    CONSTRAINT "ProjectStats_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ProjectStats_teamId_lastActivityAt_projectId_idx" ON "ProjectStats"("teamId", "lastActivityAt", "projectId");

-- Backfill from what exists.
INSERT INTO "ProjectStats" ("projectId", "teamId", "generations", "images", "knownPicos", "unknownCosts", "lastActivityAt", "coverImageId")
SELECT p."id", p."teamId",
    (SELECT COUNT(*) FROM "Generation" g WHERE g."projectId" = p."id"),
    (SELECT COUNT(*) FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId" WHERE g."projectId" = p."id" AND i."trashedAt" IS NULL),
    (SELECT COALESCE(SUM(CAST(ROUND(g."costUsd" * 1000000000000) AS INTEGER)), 0) FROM "Generation" g WHERE g."projectId" = p."id"),
    (SELECT COUNT(*) FROM "Generation" g WHERE g."projectId" = p."id" AND g."costUsd" IS NULL AND (g."status" = 'succeeded' OR (g."status" IN ('interrupted', 'canceled') AND g."sentAt" IS NOT NULL))),
    MAX(p."createdAt", COALESCE((SELECT MAX(g."createdAt") FROM "Generation" g WHERE g."projectId" = p."id"), '')),
    (SELECT i."id" FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId" WHERE g."projectId" = p."id" AND i."trashedAt" IS NULL AND (i."pick" IS NULL OR i."pick" <> 'discarded')
        ORDER BY CASE WHEN i."pick" = 'finalist' THEN 1 ELSE 0 END DESC, i."createdAt" DESC, i."id" DESC LIMIT 1)
FROM "Project" p;

CREATE TRIGGER "Project_stats_insert" AFTER INSERT ON "Project" BEGIN
    INSERT INTO "ProjectStats" ("projectId", "teamId", "lastActivityAt") VALUES (new."id", new."teamId", new."createdAt");
END;

-- A generation's part: added when it is made in a project.
CREATE TRIGGER "Generation_project_stats_insert" AFTER INSERT ON "Generation" WHEN new."projectId" IS NOT NULL BEGIN
    UPDATE "ProjectStats" SET "generations" = "generations" + 1,
        "knownPicos" = "knownPicos" + COALESCE(CAST(ROUND(new."costUsd" * 1000000000000) AS INTEGER), 0),
        "unknownCosts" = "unknownCosts" + CASE WHEN new."costUsd" IS NULL AND (new."status" = 'succeeded' OR (new."status" IN ('interrupted', 'canceled') AND new."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END,
        "lastActivityAt" = MAX("lastActivityAt", new."createdAt")
    WHERE "projectId" = new."projectId";
END;

-- Its cost or status settles, or it moves: its old part out of the old project, its new part in.
CREATE TRIGGER "Generation_project_stats_update" AFTER UPDATE OF "projectId", "costUsd", "status", "sentAt", "createdAt" ON "Generation" BEGIN
    UPDATE "ProjectStats" SET "generations" = "generations" - 1,
        "knownPicos" = "knownPicos" - COALESCE(CAST(ROUND(old."costUsd" * 1000000000000) AS INTEGER), 0),
        "unknownCosts" = "unknownCosts" - CASE WHEN old."costUsd" IS NULL AND (old."status" = 'succeeded' OR (old."status" IN ('interrupted', 'canceled') AND old."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END
    WHERE "projectId" = old."projectId";
    UPDATE "ProjectStats" SET "generations" = "generations" + 1,
        "knownPicos" = "knownPicos" + COALESCE(CAST(ROUND(new."costUsd" * 1000000000000) AS INTEGER), 0),
        "unknownCosts" = "unknownCosts" + CASE WHEN new."costUsd" IS NULL AND (new."status" = 'succeeded' OR (new."status" IN ('interrupted', 'canceled') AND new."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END
    WHERE "projectId" = new."projectId";
    UPDATE "ProjectStats" SET "lastActivityAt" = MAX((SELECT p."createdAt" FROM "Project" p WHERE p."id" = "ProjectStats"."projectId"),
            COALESCE((SELECT MAX(g."createdAt") FROM "Generation" g WHERE g."projectId" = "ProjectStats"."projectId"), ''))
    WHERE "projectId" IN (old."projectId", new."projectId") AND (old."projectId" IS NOT new."projectId" OR old."createdAt" IS NOT new."createdAt");
END;

-- A move takes the generation's images with it, and perhaps the old project's cover.
CREATE TRIGGER "Generation_project_stats_move" AFTER UPDATE OF "projectId" ON "Generation" WHEN old."projectId" IS NOT new."projectId" BEGIN
    UPDATE "ProjectStats" SET "images" = "images" + (CASE WHEN "projectId" = new."projectId" THEN 1 ELSE -1 END) * (SELECT COUNT(*) FROM "Image" i WHERE i."generationId" = new."id" AND i."trashedAt" IS NULL)
    WHERE "projectId" IN (old."projectId", new."projectId");
    UPDATE "ProjectStats" SET "coverImageId" = (SELECT i."id" FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId" WHERE g."projectId" = "ProjectStats"."projectId" AND i."trashedAt" IS NULL AND (i."pick" IS NULL OR i."pick" <> 'discarded')
        ORDER BY CASE WHEN i."pick" = 'finalist' THEN 1 ELSE 0 END DESC, i."createdAt" DESC, i."id" DESC LIMIT 1)
    WHERE "projectId" IN (old."projectId", new."projectId");
END;

-- Deleted: its kept images counted out first, while they stand (the cascade that removes them
-- runs after the generation's row is gone, where their own triggers no longer find its project);
-- then its part out, and the cover chosen afresh only if it was one of them.
CREATE TRIGGER "Generation_project_stats_delete_images" BEFORE DELETE ON "Generation" WHEN old."projectId" IS NOT NULL BEGIN
    UPDATE "ProjectStats" SET "images" = "images" - (SELECT COUNT(*) FROM "Image" i WHERE i."generationId" = old."id" AND i."trashedAt" IS NULL)
    WHERE "projectId" = old."projectId";
END;

CREATE TRIGGER "Generation_project_stats_delete" AFTER DELETE ON "Generation" WHEN old."projectId" IS NOT NULL BEGIN
    UPDATE "ProjectStats" SET "generations" = "generations" - 1,
        "knownPicos" = "knownPicos" - COALESCE(CAST(ROUND(old."costUsd" * 1000000000000) AS INTEGER), 0),
        "unknownCosts" = "unknownCosts" - CASE WHEN old."costUsd" IS NULL AND (old."status" = 'succeeded' OR (old."status" IN ('interrupted', 'canceled') AND old."sentAt" IS NOT NULL)) THEN 1 ELSE 0 END,
        "coverImageId" = CASE WHEN "coverImageId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Image" c JOIN "Generation" g ON g."id" = c."generationId" WHERE c."id" = "ProjectStats"."coverImageId")
            THEN (SELECT i."id" FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId" WHERE g."projectId" = old."projectId" AND i."trashedAt" IS NULL AND (i."pick" IS NULL OR i."pick" <> 'discarded')
                ORDER BY CASE WHEN i."pick" = 'finalist' THEN 1 ELSE 0 END DESC, i."createdAt" DESC, i."id" DESC LIMIT 1)
            ELSE "coverImageId" END,
        "lastActivityAt" = MAX((SELECT p."createdAt" FROM "Project" p WHERE p."id" = old."projectId"), COALESCE((SELECT MAX(g."createdAt") FROM "Generation" g WHERE g."projectId" = old."projectId"), ''))
    WHERE "projectId" = old."projectId";
END;

-- A new image: counted when kept, and the cover when it outranks the one there.
CREATE TRIGGER "Image_project_stats_insert" AFTER INSERT ON "Image" BEGIN
    UPDATE "ProjectStats" SET
        "images" = "images" + CASE WHEN new."trashedAt" IS NULL THEN 1 ELSE 0 END,
        "coverImageId" = CASE WHEN new."trashedAt" IS NULL AND (new."pick" IS NULL OR new."pick" <> 'discarded') AND ("coverImageId" IS NULL
            OR (CASE WHEN new."pick" = 'finalist' THEN 1 ELSE 0 END, new."createdAt", new."id") > (SELECT CASE WHEN c."pick" = 'finalist' THEN 1 ELSE 0 END, c."createdAt", c."id" FROM "Image" c WHERE c."id" = "ProjectStats"."coverImageId"))
            THEN new."id" ELSE "coverImageId" END
    WHERE "projectId" = (SELECT g."projectId" FROM "Generation" g WHERE g."id" = new."generationId");
END;

-- Trashed, restored or picked: counted again, and the cover chosen afresh if it was this one.
CREATE TRIGGER "Image_project_stats_update" AFTER UPDATE OF "trashedAt", "pick" ON "Image" BEGIN
    UPDATE "ProjectStats" SET
        "images" = "images" + (CASE WHEN new."trashedAt" IS NULL THEN 1 ELSE 0 END) - (CASE WHEN old."trashedAt" IS NULL THEN 1 ELSE 0 END),
        "coverImageId" = CASE
            WHEN "coverImageId" = old."id" THEN (SELECT i."id" FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId" WHERE g."projectId" = "ProjectStats"."projectId" AND i."trashedAt" IS NULL AND (i."pick" IS NULL OR i."pick" <> 'discarded')
                ORDER BY CASE WHEN i."pick" = 'finalist' THEN 1 ELSE 0 END DESC, i."createdAt" DESC, i."id" DESC LIMIT 1)
            WHEN new."trashedAt" IS NULL AND (new."pick" IS NULL OR new."pick" <> 'discarded') AND ("coverImageId" IS NULL
                OR (CASE WHEN new."pick" = 'finalist' THEN 1 ELSE 0 END, new."createdAt", new."id") > (SELECT CASE WHEN c."pick" = 'finalist' THEN 1 ELSE 0 END, c."createdAt", c."id" FROM "Image" c WHERE c."id" = "ProjectStats"."coverImageId"))
            THEN new."id" ELSE "coverImageId" END
    WHERE "projectId" = (SELECT g."projectId" FROM "Generation" g WHERE g."id" = new."generationId");
END;

-- Deleted for good (the purge, "Delete now"); a generation's own delete counted them already.
CREATE TRIGGER "Image_project_stats_delete" AFTER DELETE ON "Image" BEGIN
    UPDATE "ProjectStats" SET
        "images" = "images" - CASE WHEN old."trashedAt" IS NULL THEN 1 ELSE 0 END,
        "coverImageId" = CASE WHEN "coverImageId" = old."id" THEN (SELECT i."id" FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId" WHERE g."projectId" = "ProjectStats"."projectId" AND i."trashedAt" IS NULL AND (i."pick" IS NULL OR i."pick" <> 'discarded')
            ORDER BY CASE WHEN i."pick" = 'finalist' THEN 1 ELSE 0 END DESC, i."createdAt" DESC, i."id" DESC LIMIT 1) ELSE "coverImageId" END
    WHERE "projectId" = (SELECT g."projectId" FROM "Generation" g WHERE g."id" = old."generationId");
END;
