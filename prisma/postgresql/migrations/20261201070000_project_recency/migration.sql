-- Flat cost (issue 18): the project pickers show the team's most recently used projects, the
-- newest few rows of "Project_teamId_updatedAt_idx"; "updatedAt" is kept as the project's last
-- activity (new work in it, work moved into it). The SQLite twin:
-- prisma/migrations/20261201070000_project_recency, which says more.

UPDATE "Project" p SET "updatedAt" = last."at"
FROM (SELECT "projectId", MAX("createdAt") AS "at" FROM "Generation" WHERE "projectId" IS NOT NULL GROUP BY "projectId") last
WHERE last."projectId" = p."id" AND last."at" > p."updatedAt";

CREATE FUNCTION "fresco_project_used"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    "at" TIMESTAMP(3);
BEGIN
    -- New work stamps its own time (never moving a stamp back); work moved in stamps now (UTC,
    -- as Prisma keeps TIMESTAMP(3)).
    IF TG_OP = 'INSERT' THEN
        "at" := NEW."createdAt";
    ELSE
        "at" := (now() AT TIME ZONE 'UTC')::TIMESTAMP(3);
    END IF;
    UPDATE "Project" SET "updatedAt" = "at" WHERE "id" = NEW."projectId" AND "updatedAt" < "at";
    RETURN NULL;
END
$$;
CREATE TRIGGER "Generation_project_used_insert" AFTER INSERT ON "Generation" FOR EACH ROW
    WHEN (NEW."projectId" IS NOT NULL) EXECUTE FUNCTION "fresco_project_used"();
CREATE TRIGGER "Generation_project_used_move" AFTER UPDATE OF "projectId" ON "Generation" FOR EACH ROW
    WHEN (NEW."projectId" IS NOT NULL AND NEW."projectId" IS DISTINCT FROM OLD."projectId") EXECUTE FUNCTION "fresco_project_used"();
