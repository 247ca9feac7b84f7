-- Content credentials (C2PA) read from an image's file when it is stored; older rows stay null
-- and are read the first time their detail page is opened.
ALTER TABLE "Image" ADD COLUMN "credentials" JSONB;
