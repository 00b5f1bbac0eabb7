-- ============================================================================================
-- Hand-written (issue 13): the search's result cards are cached by the app for one read-model
-- version ("<epoch>:<generation>", migration 20261126160000), so the version must move whenever
-- anything a card shows changes, not only when "SearchPoint" does. Some writes change what a card
-- shows without rebuilding the read model (confirming a profile current sets "lastConfirmedAt";
-- a Care Compare import changes an assignment's file date): these triggers make every such write
-- raise the generation by construction, whichever code path makes it.
--
-- - Provider, Location, NeckExperience, Certification: the providers whose card columns changed are
--   logged, so the in-memory index reloads just those (an update that leaves every card column as
--   it was changes nothing). The card columns are those lib/search/sql.ts's pageRowsSql reads;
--   tests/integration/search-card-changes.test.ts fails when the two lists disagree.
-- - CareCompareClinician, MedicareServiceStat, MedicareImport (bulk, written only by the CMS
--   imports): each statement raises the generation with nothing logged; the index has nothing to
--   reload (its facts from these tables change through the imports' read-model rebuild), the
--   cards' cache starts again.
-- ============================================================================================

-- Raises the generation and logs the providers touched (NULL: too many or unknown: the index
-- reloads everything; an empty array: the version moves, nothing to reload). The former body of
-- x_search_point_changed, shared.
CREATE FUNCTION "x_search_bump"(ids INTEGER[]) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    g BIGINT;
BEGIN
    UPDATE "x_search_generation" SET "generation" = "generation" + 1 WHERE "id" = 1 RETURNING "generation" INTO g;
    IF ids IS NULL OR cardinality(ids) > 20000 THEN
        INSERT INTO "x_search_change" ("generation", "providerId") VALUES (g, NULL);
    ELSE
        INSERT INTO "x_search_change" ("generation", "providerId") SELECT DISTINCT g, i FROM unnest(ids) i;
    END IF;
    -- Keep the last 10,000 generations' changes; an index further behind reloads everything.
    IF g % 1000 = 0 THEN
        DELETE FROM "x_search_change" WHERE "generation" < g - 10000;
        UPDATE "x_search_generation" SET "keptFrom" = greatest("keptFrom", g - 10000) WHERE "id" = 1;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION "x_search_point_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids INTEGER[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        ids := NULL;
    ELSIF TG_OP = 'UPDATE' THEN
        -- Nothing updates SearchPoint rows in place (rebuilds delete and insert); if something
        -- ever does, the index reloads everything.
        IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
            RETURN NULL;
        END IF;
        ids := NULL;
    ELSE
        SELECT array_agg(DISTINCT "providerId") INTO ids FROM changed_rows;
        IF ids IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;
    PERFORM "x_search_bump"(ids);
    RETURN NULL;
END
$$;

-- A row-source table of the cards. TG_ARGV[0]: its primary key column; TG_ARGV[1]: the column
-- holding the provider's id; the others: the card columns. INSERT and DELETE log every row's
-- provider; UPDATE only the rows whose provider or card columns differ (an update of other
-- columns changes nothing a card shows).
CREATE FUNCTION "x_search_card_rows_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pk TEXT := quote_ident(TG_ARGV[0]);
    pid TEXT := quote_ident(TG_ARGV[1]);
    old_cols TEXT := 'o.' || quote_ident(TG_ARGV[1]);
    new_cols TEXT := 'n.' || quote_ident(TG_ARGV[1]);
    ids INTEGER[];
    i INTEGER;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM "x_search_bump"(NULL);
        RETURN NULL;
    ELSIF TG_OP = 'UPDATE' THEN
        FOR i IN 2 .. TG_NARGS - 1 LOOP
            old_cols := old_cols || ', o.' || quote_ident(TG_ARGV[i]);
            new_cols := new_cols || ', n.' || quote_ident(TG_ARGV[i]);
        END LOOP;
        EXECUTE format('SELECT array_agg(DISTINCT v) FROM old_rows o JOIN new_rows n ON o.%1$s = n.%1$s '
            || 'CROSS JOIN LATERAL (VALUES (o.%2$s), (n.%2$s)) u(v) '
            || 'WHERE v IS NOT NULL AND ROW(%3$s) IS DISTINCT FROM ROW(%4$s)', pk, pid, old_cols, new_cols) INTO ids;
    ELSE
        EXECUTE format('SELECT array_agg(DISTINCT x.%s) FROM changed_rows x', pid) INTO ids;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM "x_search_bump"(ids);
    END IF;
    RETURN NULL;
END
$$;

-- A bulk source (the CMS tables): the version moves once per statement, nothing to reload.
CREATE FUNCTION "x_search_card_bulk_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "x_search_bump"(ARRAY[]::INTEGER[]);
    RETURN NULL;
END
$$;

-- The card columns of each table, as pageRowsSql reads them (and the display name and profile
-- address it builds from them).
CREATE TRIGGER "x_search_card_inserted" AFTER INSERT ON "Provider" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'id');
CREATE TRIGGER "x_search_card_deleted" AFTER DELETE ON "Provider" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'id');
CREATE TRIGGER "x_search_card_updated" AFTER UPDATE ON "Provider" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'id',
        'status', 'npi', 'firstName', 'lastName', 'suffix', 'credential', 'source', 'claimed', 'registeredSpecialty',
        'lastConfirmedAt', 'reviewCount', 'languages', 'gender', 'insurancePlans', 'insuranceConfirmedAt',
        'ratingAverage', 'recommendationCount');
CREATE TRIGGER "x_search_card_truncated" AFTER TRUNCATE ON "Provider"
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'id');

CREATE TRIGGER "x_search_card_inserted" AFTER INSERT ON "Location" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'providerId');
CREATE TRIGGER "x_search_card_deleted" AFTER DELETE ON "Location" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'providerId');
CREATE TRIGGER "x_search_card_updated" AFTER UPDATE ON "Location" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'providerId',
        'practiceName', 'city', 'state', 'latitude', 'longitude', 'acceptingNewPatients', 'telehealthConsults',
        'inPersonConsults', 'referralRequired');
CREATE TRIGGER "x_search_card_truncated" AFTER TRUNCATE ON "Location"
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'providerId');

CREATE TRIGGER "x_search_card_inserted" AFTER INSERT ON "NeckExperience" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('providerId', 'providerId');
CREATE TRIGGER "x_search_card_deleted" AFTER DELETE ON "NeckExperience" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('providerId', 'providerId');
CREATE TRIGGER "x_search_card_updated" AFTER UPDATE ON "NeckExperience" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('providerId', 'providerId',
        'yearsInjecting', 'yearlyNeckProcedures', 'guidance', 'cervicalDystoniaFocus');
CREATE TRIGGER "x_search_card_truncated" AFTER TRUNCATE ON "NeckExperience"
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('providerId', 'providerId');

CREATE TRIGGER "x_search_card_inserted" AFTER INSERT ON "Certification" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'providerId');
CREATE TRIGGER "x_search_card_deleted" AFTER DELETE ON "Certification" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'providerId');
CREATE TRIGGER "x_search_card_updated" AFTER UPDATE ON "Certification" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'providerId',
        'board', 'specialty', 'subspecialty', 'year', 'verificationState', 'verifiedAt');
CREATE TRIGGER "x_search_card_truncated" AFTER TRUNCATE ON "Certification"
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_rows_changed"('id', 'providerId');

CREATE TRIGGER "x_search_card_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CareCompareClinician"
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_bulk_changed"();
CREATE TRIGGER "x_search_card_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MedicareServiceStat"
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_bulk_changed"();
CREATE TRIGGER "x_search_card_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MedicareImport"
    FOR EACH STATEMENT EXECUTE FUNCTION "x_search_card_bulk_changed"();
