-- A chair, adviser, representative or post holder names a province only where the sources do.
ALTER TABLE structure_membership ALTER COLUMN province DROP NOT NULL;

-- A dissolved gremium names its successors, each with the part of its tasks it takes over (null:
-- all of them). A pair is written by the dissolution (recorded_by DISSOLUTION, with the part) and,
-- for a merger, by the besluit's effect (EFFECT, the only source for dissolutions recorded before
-- they named successors); the two are processed in segments of their own, so each writes its own
-- row and the lineage reads the pair once. The read model is rebuilt from the events (its version
-- is raised), so the table is created anew.
DROP TABLE structure_succession;
CREATE TABLE structure_succession (
    merged_id      VARCHAR(36)  NOT NULL,
    successor_id   VARCHAR(36)  NOT NULL,
    recorded_by    VARCHAR(16)  NOT NULL,
    effective_date DATE         NOT NULL,
    besluit_id     VARCHAR(36),
    tasks          VARCHAR(500),
    PRIMARY KEY (merged_id, successor_id, recorded_by)
);

CREATE INDEX structure_succession_successor ON structure_succession (successor_id);
