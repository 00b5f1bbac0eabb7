-- CreateTable
CREATE TABLE "SearchPoint" (
    "locationId" INTEGER NOT NULL,
    "providerId" INTEGER NOT NULL,
    "earth" cube NOT NULL,
    "locCombo" INTEGER NOT NULL,
    "provBits" INTEGER NOT NULL,
    "years" INTEGER,
    "volume" INTEGER,
    "rating" DOUBLE PRECISION,
    "reviews" INTEGER NOT NULL,
    "score" DOUBLE PRECISION,

    CONSTRAINT "SearchPoint_pkey" PRIMARY KEY ("locationId")
);

-- CreateIndex
CREATE INDEX "SearchPoint_providerId_idx" ON "SearchPoint"("providerId");

-- ============================================================================================
-- Hand-written: the search's GiST index, foreign keys that clean up the read model, and the
-- first fill of SearchPoint (the same SELECT as rebuildSearchPoints in lib/search-columns.ts).
-- ============================================================================================

-- The radius search reads SearchPoint only; the expression index on "Location" is no longer used.
DROP INDEX IF EXISTS "x_location_earth_gist";

-- earth_box(origin, radius) @> earth: the radius search's index.
CREATE INDEX "x_search_point_earth" ON "SearchPoint" USING gist ("earth");

ALTER TABLE "SearchPoint" ADD CONSTRAINT "x_search_point_location_fkey"
    FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE;
ALTER TABLE "SearchPoint" ADD CONSTRAINT "x_search_point_provider_fkey"
    FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE;

INSERT INTO "SearchPoint" ("locationId", "providerId", earth, "locCombo", "provBits", years, volume, rating, reviews, score)
SELECT l.id, l."providerId", ll_to_earth(l.latitude, l.longitude),
  l."acceptingNewPatients"::int * 4 + l."telehealthConsults"::int * 2 + (NOT l."referralRequired")::int,
  (CASE WHEN 'neurology' = ANY(p."boardAreas") THEN 1 ELSE 0 END)
    | (CASE WHEN 'pain-medicine' = ANY(p."boardAreas") THEN 2 ELSE 0 END)
    | (CASE WHEN 'pmr' = ANY(p."boardAreas") THEN 4 ELSE 0 END)
    | (CASE WHEN 'neurology' = ANY(p."verifiedBoardAreas") THEN 8 ELSE 0 END)
    | (CASE WHEN 'pain-medicine' = ANY(p."verifiedBoardAreas") THEN 16 ELSE 0 END)
    | (CASE WHEN 'pmr' = ANY(p."verifiedBoardAreas") THEN 32 ELSE 0 END)
    | (CASE WHEN 'EMG'::"Guidance" = ANY(e.guidance) THEN 64 ELSE 0 END)
    | (CASE WHEN 'ULTRASOUND'::"Guidance" = ANY(e.guidance) THEN 128 ELSE 0 END)
    | (CASE WHEN p."recommendationCount" > 0 THEN 256 ELSE 0 END),
  e."yearsInjecting", e."yearlyNeckProcedures", p."ratingAverage", p."reviewCount", p."ratingScore"
FROM "Location" l
JOIN "Provider" p ON p.id = l."providerId"
LEFT JOIN "NeckExperience" e ON e."providerId" = p.id
WHERE p.status = 'PUBLISHED' AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL;
