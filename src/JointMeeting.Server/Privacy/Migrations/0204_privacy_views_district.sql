-- The audit is read per district (an admin sees only their district's), and repeated views of the same fields by the
-- same viewer on the same screen within a few minutes count on one row instead of a row per read (live pages re-read).
ALTER TABLE privacy_views
    ADD COLUMN district_id    text        NULL,
    ADD COLUMN view_count     int         NOT NULL DEFAULT 1,
    ADD COLUMN last_viewed_at timestamptz NULL;

-- Rows written before: their district from what was viewed (a wish's resident, a unit's contact, an account's home).
UPDATE privacy_views p SET district_id = w.district_id FROM wish_cards w WHERE p.subject_person_id = 'resident:' || w.id;
UPDATE privacy_views p SET district_id = o.district_id FROM org_organisations o WHERE p.subject_person_id = 'unit-contact:' || o.id;
UPDATE privacy_views p SET district_id = o.district_id
    FROM account_accounts a JOIN org_organisations o ON o.id = a.home_organisation_id
    WHERE p.subject_person_id = a.person_id AND p.district_id IS NULL;

CREATE INDEX privacy_views_district_at ON privacy_views (district_id, viewed_at DESC);
