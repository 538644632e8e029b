-- A membership may record a province's seat where the sources name no person.
ALTER TABLE structure_membership ALTER COLUMN person_name DROP NOT NULL;
