-- A chair, adviser, representative or post holder names a province only where the sources do.
ALTER TABLE structure_membership ALTER COLUMN province DROP NOT NULL;

-- A dissolved gremium names its successors, each with the part of its tasks it takes over (null:
-- all of them); a dissolution recorded without a besluit may name successors too.
ALTER TABLE structure_succession ADD COLUMN tasks VARCHAR(500);
ALTER TABLE structure_succession ALTER COLUMN besluit_id DROP NOT NULL;
