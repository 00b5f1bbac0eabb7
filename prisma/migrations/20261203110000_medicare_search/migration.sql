-- Search filters fed by public Medicare data (issue 14, decision 0005): medicareNeck and medicare
-- are facts of the read model; minMedicarePatients and sort=experience read its new number.

-- AlterTable
ALTER TABLE "SearchPoint" ADD COLUMN     "medicarePatients" INTEGER;

-- ============================================================================================
-- Hand-written: refill the read model, exactly searchPointsSelectText() of lib/search-columns.ts
-- (its facts now read MedicareServiceStat, MedicareImport and CareCompareClinician).
-- ============================================================================================
DELETE FROM "SearchPoint";
INSERT INTO "SearchPoint" ("locationId", "providerId", earth, "locCombo", facts, "nameWords", "years", "volume", "rating", "reviews", "medicarePatients", score)
    SELECT l.id, l."providerId", ll_to_earth(l.latitude, l.longitude),
      (CASE WHEN NOT l."referralRequired" THEN 1 ELSE 0 END) + (CASE WHEN l."acceptingNewPatients" THEN 4 ELSE 0 END) + (CASE WHEN l."telehealthConsults" THEN 2 ELSE 0 END),
      ARRAY(SELECT 'board:' || f.x FROM (SELECT a FROM unnest(p."boardAreas") a) f(x)
        UNION ALL SELECT 'verified-board:' || f.x FROM (SELECT a FROM unnest(p."verifiedBoardAreas") a) f(x)
        UNION ALL SELECT 'guidance:' || f.x FROM (SELECT lower(g::text) FROM unnest(e.guidance) g) f(x)
        UNION ALL SELECT 'recommended' FROM (SELECT 1 WHERE p."recommendationCount" > 0) f
        UNION ALL SELECT 'language:' || f.x FROM (SELECT c FROM unnest(p.languages) c) f(x)
        UNION ALL SELECT 'gender:' || f.x FROM (SELECT lower(p.gender::text) WHERE p.gender IS NOT NULL) f(x)
        UNION ALL SELECT 'focus:' || f.x FROM (SELECT 'cervical-dystonia' WHERE e."cervicalDystoniaFocus") f(x)
        UNION ALL SELECT 'medicareNeck' FROM (SELECT 1 WHERE EXISTS (SELECT 1 FROM "MedicareServiceStat" m WHERE m.npi = p.npi AND m.hcpcs IN ('64616', '64613') AND m.year > (SELECT coalesce(max(i.year), 0) FROM "MedicareImport" i WHERE i.dataset = 'claims') - 3)) f
        UNION ALL SELECT 'insurance:' || f.x FROM (SELECT i FROM unnest(p."insurancePlans") i) f(x)
        UNION ALL SELECT 'medicare' FROM (SELECT 1 WHERE EXISTS (SELECT 1 FROM "CareCompareClinician" cc WHERE cc.npi = p.npi AND cc."acceptsAssignment" = 'Y') OR 'medicare' = ANY(p."insurancePlans")) f),
      array_remove(regexp_split_to_array(x_fold(p."firstName" || ' ' || p."lastName" || ' ' || l."practiceName"), '[^[:alnum:]]+'), ''),
      e."yearsInjecting",
      e."yearlyNeckProcedures",
      p."ratingAverage",
      p."reviewCount",
      (SELECT max(m.beneficiaries) FROM "MedicareServiceStat" m WHERE m.npi = p.npi AND m.hcpcs IN ('64616', '64613') AND m.year > (SELECT coalesce(max(i.year), 0) FROM "MedicareImport" i WHERE i.dataset = 'claims') - 3 AND m.year = (SELECT max(m.year) FROM "MedicareServiceStat" m WHERE m.npi = p.npi AND m.hcpcs IN ('64616', '64613') AND m.year > (SELECT coalesce(max(i.year), 0) FROM "MedicareImport" i WHERE i.dataset = 'claims') - 3)),
      p."ratingScore"
    FROM "Location" l
    JOIN "Provider" p ON p.id = l."providerId"
    LEFT JOIN "NeckExperience" e ON e."providerId" = p.id
    WHERE p.status = 'PUBLISHED' AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL;
