-- Search filters from one table (decision 0005): languages as codes, gender, insurance plans, and the
-- read model's provider facts as keys instead of a fixed bit layout.

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE');

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "gender" "Gender",
ADD COLUMN     "insuranceConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "insurancePlans" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "languagesOther" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable (the read model is emptied first and refilled below: its rows are derived)
DELETE FROM "SearchPoint";
ALTER TABLE "SearchPoint" DROP COLUMN "provBits",
ADD COLUMN     "facts" TEXT[],
ADD COLUMN     "nameWords" TEXT[];

-- ============================================================================================
-- Hand-written.
-- ============================================================================================

-- Lower case without accents, for the name search's words (lib/search/name-tokens.ts folds the
-- search's own words the same way). IMMUTABLE and extension-free: translate() of the Latin letters
-- with diacritics that names carry.
CREATE FUNCTION x_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT lower(translate(t,
    'ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎĐďđÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĦĥħÌÍÎÏĨĪĬĮİìíîïĩīĭįıĴĵĶķĹĻĽĿŁĺļľŀłÑŃŅŇñńņňÒÓÔÕÖØŌŎŐòóôõöøōŏőŔŖŘŕŗřŚŜŞŠśŝşšŢŤŦţťŧÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŸŶýÿŷŹŻŽźżž',
    'AAAAAAAAAaaaaaaaaaCCCCCcccccDDddEEEEEEEEEeeeeeeeeeGGGGggggHHhhIIIIIIIIIiiiiiiiiiJjKkLLLLLlllllNNNNnnnnOOOOOOOOOoooooooooRRRrrrSSSSssssTTTtttUUUUUUUUUUuuuuuuuuuuWwYYYyyyZZZzzz'));
$$;

-- The name search (decision 0005): each search word is looked up, by trigram similarity (the %
-- operator), in a dictionary of the words names are made of; the locations holding a like word for
-- every search word are then found through a GIN index on their words.
CREATE INDEX "x_search_point_words" ON "SearchPoint" USING gin ("nameWords");

-- The dictionary: every word of a name ever written to SearchPoint. Words are never removed (a
-- stale word only matches no location); new ones arrive with the rows that use them.
CREATE TABLE "x_name_word" ("word" TEXT PRIMARY KEY);
CREATE INDEX "x_name_word_trgm" ON "x_name_word" USING gin ("word" gin_trgm_ops);

CREATE FUNCTION "x_search_point_words_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "x_name_word" ("word")
    SELECT DISTINCT w FROM added_rows, unnest(added_rows."nameWords") w
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER "x_search_point_words" AFTER INSERT ON "SearchPoint"
    REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION "x_search_point_words_added"();

-- Languages: free text becomes ISO 639-1 codes (lib/providers/languages.ts; a unit test holds this
-- list to that module). Text that matches no code is kept, as written, in "languagesOther".
CREATE TEMPORARY TABLE x_language_key (key TEXT PRIMARY KEY, code TEXT NOT NULL) ON COMMIT DROP;
INSERT INTO x_language_key (key, code) VALUES
  ('en', 'en'),
  ('english', 'en'),
  ('es', 'es'),
  ('spanish', 'es'),
  ('espanol', 'es'),
  ('zh', 'zh'),
  ('chinese', 'zh'),
  ('中文', 'zh'),
  ('tl', 'tl'),
  ('tagalog', 'tl'),
  ('vi', 'vi'),
  ('vietnamese', 'vi'),
  ('tieng viet', 'vi'),
  ('ar', 'ar'),
  ('arabic', 'ar'),
  ('العربية', 'ar'),
  ('fr', 'fr'),
  ('french', 'fr'),
  ('francais', 'fr'),
  ('ko', 'ko'),
  ('korean', 'ko'),
  ('한국어', 'ko'),
  ('ru', 'ru'),
  ('russian', 'ru'),
  ('русскии', 'ru'),
  ('pt', 'pt'),
  ('portuguese', 'pt'),
  ('portugues', 'pt'),
  ('ht', 'ht'),
  ('haitian creole', 'ht'),
  ('kreyol ayisyen', 'ht'),
  ('hi', 'hi'),
  ('hindi', 'hi'),
  ('हनद', 'hi'),
  ('de', 'de'),
  ('german', 'de'),
  ('deutsch', 'de'),
  ('pl', 'pl'),
  ('polish', 'pl'),
  ('polski', 'pl'),
  ('it', 'it'),
  ('italian', 'it'),
  ('italiano', 'it'),
  ('ur', 'ur'),
  ('urdu', 'ur'),
  ('اردو', 'ur'),
  ('fa', 'fa'),
  ('persian (farsi)', 'fa'),
  ('فارسی', 'fa'),
  ('gu', 'gu'),
  ('gujarati', 'gu'),
  ('ગજરત', 'gu'),
  ('ja', 'ja'),
  ('japanese', 'ja'),
  ('日本語', 'ja'),
  ('bn', 'bn'),
  ('bengali', 'bn'),
  ('বল', 'bn'),
  ('pa', 'pa'),
  ('punjabi', 'pa'),
  ('ਪਜਬ', 'pa'),
  ('te', 'te'),
  ('telugu', 'te'),
  ('తలగ', 'te'),
  ('ta', 'ta'),
  ('tamil', 'ta'),
  ('தமழ', 'ta'),
  ('he', 'he'),
  ('hebrew', 'he'),
  ('עברית', 'he'),
  ('hy', 'hy'),
  ('armenian', 'hy'),
  ('հայերեն', 'hy'),
  ('el', 'el'),
  ('greek', 'el'),
  ('ελληνικα', 'el'),
  ('uk', 'uk'),
  ('ukrainian', 'uk'),
  ('украінська', 'uk'),
  ('so', 'so'),
  ('somali', 'so'),
  ('soomaali', 'so'),
  ('am', 'am'),
  ('amharic', 'am'),
  ('አማርኛ', 'am'),
  ('km', 'km'),
  ('khmer', 'km'),
  ('ភសខមរ', 'km'),
  ('th', 'th'),
  ('thai', 'th'),
  ('ไทย', 'th'),
  ('yi', 'yi'),
  ('yiddish', 'yi'),
  ('יידיש', 'yi'),
  ('nv', 'nv'),
  ('navajo', 'nv'),
  ('dine bizaad', 'nv'),
  ('sgn', 'sgn'),
  ('american sign language', 'sgn'),
  ('asl', 'sgn'),
  ('castellano', 'es'),
  ('mandarin', 'zh'),
  ('cantonese', 'zh'),
  ('chinese (mandarin)', 'zh'),
  ('chinese (cantonese)', 'zh'),
  ('filipino', 'tl'),
  ('farsi', 'fa'),
  ('persian', 'fa'),
  ('creole', 'ht'),
  ('haitian-creole', 'ht'),
  ('kreyol', 'ht'),
  ('sign language', 'sgn'),
  ('american sign language (asl)', 'sgn'),
  ('punjabi (gurmukhi)', 'pa'),
  ('panjabi', 'pa'),
  ('bangla', 'bn'),
  ('English', 'en'),
  ('Español', 'es'),
  ('español', 'es'),
  ('Tagalog', 'tl'),
  ('Tiếng Việt', 'vi'),
  ('tiếng việt', 'vi'),
  ('Français', 'fr'),
  ('français', 'fr'),
  ('한국어', 'ko'),
  ('Русский', 'ru'),
  ('русский', 'ru'),
  ('Português', 'pt'),
  ('português', 'pt'),
  ('Kreyòl ayisyen', 'ht'),
  ('kreyòl ayisyen', 'ht'),
  ('हिन्दी', 'hi'),
  ('Deutsch', 'de'),
  ('Polski', 'pl'),
  ('Italiano', 'it'),
  ('ગુજરાતી', 'gu'),
  ('বাংলা', 'bn'),
  ('ਪੰਜਾਬੀ', 'pa'),
  ('తెలుగు', 'te'),
  ('தமிழ்', 'ta'),
  ('Հայերեն', 'hy'),
  ('Ελληνικά', 'el'),
  ('ελληνικά', 'el'),
  ('Українська', 'uk'),
  ('українська', 'uk'),
  ('Soomaali', 'so'),
  ('ភាសាខ្មែរ', 'km'),
  ('ייִדיש', 'yi'),
  ('Diné bizaad', 'nv'),
  ('diné bizaad', 'nv'),
  ('ASL', 'sgn');

UPDATE "Provider" p SET
  "languages" = coalesce((
    SELECT array_agg(DISTINCT k.code ORDER BY k.code) FROM unnest(p."languages") t
    JOIN x_language_key k ON k.key = regexp_replace(x_fold(btrim(t)), '\s+', ' ', 'g')), '{}'),
  "languagesOther" = coalesce((
    SELECT array_agg(btrim(t) ORDER BY ord) FROM unnest(p."languages") WITH ORDINALITY u(t, ord)
    WHERE btrim(t) <> '' AND NOT EXISTS (
      SELECT 1 FROM x_language_key k WHERE k.key = regexp_replace(x_fold(btrim(t)), '\s+', ' ', 'g'))), '{}')
WHERE cardinality(p."languages") > 0;

-- Refill the read model: exactly searchPointsSelectText() of lib/search-columns.ts.
INSERT INTO "SearchPoint" ("locationId", "providerId", earth, "locCombo", facts, "nameWords", years, volume, rating, reviews, score)
    SELECT l.id, l."providerId", ll_to_earth(l.latitude, l.longitude),
      (CASE WHEN NOT l."referralRequired" THEN 1 ELSE 0 END) + (CASE WHEN l."acceptingNewPatients" THEN 4 ELSE 0 END) + (CASE WHEN l."telehealthConsults" THEN 2 ELSE 0 END),
      ARRAY(SELECT 'board:' || f.x FROM (SELECT a FROM unnest(p."boardAreas") a) f(x)
        UNION ALL SELECT 'verified-board:' || f.x FROM (SELECT a FROM unnest(p."verifiedBoardAreas") a) f(x)
        UNION ALL SELECT 'guidance:' || f.x FROM (SELECT lower(g::text) FROM unnest(e.guidance) g) f(x)
        UNION ALL SELECT 'recommended' FROM (SELECT 1 WHERE p."recommendationCount" > 0) f
        UNION ALL SELECT 'language:' || f.x FROM (SELECT c FROM unnest(p.languages) c) f(x)
        UNION ALL SELECT 'gender:' || f.x FROM (SELECT lower(p.gender::text) WHERE p.gender IS NOT NULL) f(x)
        UNION ALL SELECT 'focus:' || f.x FROM (SELECT 'cervical-dystonia' WHERE e."cervicalDystoniaFocus") f(x)
        UNION ALL SELECT 'insurance:' || f.x FROM (SELECT i FROM unnest(p."insurancePlans") i) f(x)),
      array_remove(regexp_split_to_array(x_fold(p."firstName" || ' ' || p."lastName" || ' ' || l."practiceName"), '[^[:alnum:]]+'), ''),
      e."yearsInjecting", e."yearlyNeckProcedures", p."ratingAverage", p."reviewCount", p."ratingScore"
    FROM "Location" l
    JOIN "Provider" p ON p.id = l."providerId"
    LEFT JOIN "NeckExperience" e ON e."providerId" = p.id
    WHERE p.status = 'PUBLISHED' AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL;
