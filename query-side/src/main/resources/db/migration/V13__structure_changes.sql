-- Every change to a gremium and its memberships with the decision behind it, and which gremia a
-- merger joined into which: the read model of "what changed between two days" and of a gremium's
-- lineage. Owned by the query side's StructureProjection, rebuildable from the event store.

-- One row per gremium event: kind is ESTABLISHED, RENAMED, DISSOLVED, APPOINTED or ENDED.
CREATE TABLE structure_change (
    gremium_id     VARCHAR(36)  NOT NULL,
    seq            BIGINT       NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    effective_date DATE         NOT NULL,
    name           VARCHAR(200),
    previous_name  VARCHAR(200),
    membership_id  VARCHAR(36),
    decision_text  VARCHAR(500) NOT NULL,
    besluit_id     VARCHAR(36),
    PRIMARY KEY (gremium_id, seq)
);

CREATE INDEX structure_change_day ON structure_change (effective_date);

-- A merger carried out by a besluit: merged_id went into successor_id on effective_date.
CREATE TABLE structure_succession (
    merged_id      VARCHAR(36) NOT NULL,
    successor_id   VARCHAR(36) NOT NULL,
    effective_date DATE        NOT NULL,
    besluit_id     VARCHAR(36) NOT NULL,
    PRIMARY KEY (merged_id, successor_id)
);

CREATE INDEX structure_succession_successor ON structure_succession (successor_id);
