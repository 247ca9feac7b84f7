-- Flat cost (issue 18): an image's refinements (the lineage on its detail page) are found by an
-- index, not by walking the team's generations.
CREATE INDEX "Generation_parentImageId_idx" ON "Generation"("parentImageId");
