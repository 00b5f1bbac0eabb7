-- ============================================================================================
-- Hand-written (decision 0003): a change log of the search read model, so the app's in-memory
-- search index can tell, in the statement that fetches a page, whether it is current, and catch
-- up by reloading only the providers that changed.
--
-- Every statement that changes "SearchPoint" (from any code path, including cascading deletes and
-- TRUNCATE) raises the generation by one and records the providers it touched under that number.
-- Raising it locks the one generation row until the transaction ends, so generations become
-- visible in the order of their numbers: a reader that sees generation G has seen every change
-- up to G, and no change above it.
-- ============================================================================================

CREATE TABLE "x_search_generation" (
    "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
    -- Random, per database: a reset or restored database restarts its generations, and an index
    -- built from another one must not mistake them for its own.
    "epoch" TEXT NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text),
    "generation" BIGINT NOT NULL,
    -- Changes from this generation on are still in x_search_change; older ones were pruned.
    "keptFrom" BIGINT NOT NULL
);
INSERT INTO "x_search_generation" ("id", "generation", "keptFrom") VALUES (1, 1, 1);

-- "providerId" NULL: too many to list (a full rebuild or TRUNCATE): reload everything.
CREATE TABLE "x_search_change" (
    "generation" BIGINT NOT NULL,
    "providerId" INTEGER
);
CREATE INDEX "x_search_change_generation" ON "x_search_change" ("generation");

CREATE FUNCTION "x_search_point_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    g BIGINT;
    n BIGINT;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        n := NULL;
    ELSIF TG_OP = 'UPDATE' THEN
        -- Nothing updates SearchPoint rows in place (rebuilds delete and insert); if something
        -- ever does, the index reloads everything.
        IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
            RETURN NULL;
        END IF;
        n := NULL;
    ELSE
        SELECT count(DISTINCT "providerId") INTO n FROM changed_rows;
        IF n = 0 THEN
            RETURN NULL;
        END IF;
    END IF;
    UPDATE "x_search_generation" SET "generation" = "generation" + 1 WHERE "id" = 1 RETURNING "generation" INTO g;
    IF n IS NULL OR n > 20000 THEN
        INSERT INTO "x_search_change" ("generation", "providerId") VALUES (g, NULL);
    ELSE
        INSERT INTO "x_search_change" ("generation", "providerId") SELECT DISTINCT g, "providerId" FROM changed_rows;
    END IF;
    -- Keep the last 10,000 generations' changes; an index further behind reloads everything.
    IF g % 1000 = 0 THEN
        DELETE FROM "x_search_change" WHERE "generation" < g - 10000;
        UPDATE "x_search_generation" SET "keptFrom" = greatest("keptFrom", g - 10000) WHERE "id" = 1;
    END IF;
    RETURN NULL;
END
$$;

-- Transition tables allow one event per trigger, hence one trigger per event.
CREATE TRIGGER "x_search_point_inserted" AFTER INSERT ON "SearchPoint"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "x_search_point_changed"();
CREATE TRIGGER "x_search_point_deleted" AFTER DELETE ON "SearchPoint"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "x_search_point_changed"();
CREATE TRIGGER "x_search_point_updated" AFTER UPDATE ON "SearchPoint"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "x_search_point_changed"();
CREATE TRIGGER "x_search_point_truncated" AFTER TRUNCATE ON "SearchPoint"
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_point_changed"();
