-- The gallery: favourites per person, full-text search in prompts, and the indexes its pages use.

-- A person's favourite images (a star on the tile and the image page).
CREATE TABLE "Favourite" (
    "userId" TEXT NOT NULL,
    "imageId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ("userId", "imageId"),
    CONSTRAINT "Favourite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Favourite_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Favourite_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Favourite_imageId_idx" ON "Favourite"("imageId");

-- The grid pages images newest (or oldest) first by (createdAt, id): keyset, never OFFSET.
CREATE INDEX "Image_createdAt_id_idx" ON "Image"("createdAt", "id");
-- Failed and canceled work, listed apart from the grid.
CREATE INDEX "Generation_teamId_status_createdAt_idx" ON "Generation"("teamId", "status", "createdAt");
-- One author's work, and the highest cost first (unknown cost last: the expression the query
-- sorts by, so this index is raw SQL that schema.prisma cannot state). bench/gallery.ts: at
-- 100,000 images these take those pages from ~80 ms and ~60 ms to ~30 ms and ~3 ms.
CREATE INDEX "Generation_teamId_createdById_idx" ON "Generation"("teamId", "createdById");
CREATE INDEX "Generation_teamId_cost_idx" ON "Generation"("teamId", COALESCE("costUsd", -1));

-- Full-text search in prompts (SQLite FTS5; not in schema.prisma, which cannot describe it).
-- Generation's text ids are not FTS rowids, and its implicit rowid may change on VACUUM, so
-- each generation gets a stable integer key here; triggers keep both tables in step.
CREATE TABLE "GenerationSearchKey" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "generationId" TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE "GenerationSearch" USING fts5(
    "prompt",
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

INSERT INTO "GenerationSearchKey" ("generationId") SELECT "id" FROM "Generation" ORDER BY "createdAt", "id";
INSERT INTO "GenerationSearch" (rowid, "prompt")
    SELECT k."rowid", g."prompt" FROM "GenerationSearchKey" k JOIN "Generation" g ON g."id" = k."generationId";

CREATE TRIGGER "Generation_search_insert" AFTER INSERT ON "Generation" BEGIN
    INSERT INTO "GenerationSearchKey" ("generationId") VALUES (new."id");
    INSERT INTO "GenerationSearch" (rowid, "prompt")
        SELECT "rowid", new."prompt" FROM "GenerationSearchKey" WHERE "generationId" = new."id";
END;

CREATE TRIGGER "Generation_search_update" AFTER UPDATE OF "prompt" ON "Generation" BEGIN
    UPDATE "GenerationSearch" SET "prompt" = new."prompt"
        WHERE rowid = (SELECT "rowid" FROM "GenerationSearchKey" WHERE "generationId" = old."id");
END;

CREATE TRIGGER "Generation_search_delete" AFTER DELETE ON "Generation" BEGIN
    DELETE FROM "GenerationSearch"
        WHERE rowid = (SELECT "rowid" FROM "GenerationSearchKey" WHERE "generationId" = old."id");
    DELETE FROM "GenerationSearchKey" WHERE "generationId" = old."id";
END;
