-- Read model of the governance structure, owned by the query side's StructureProjection.
-- Rebuildable at any time from the event store: nothing here is a source of truth.

CREATE TABLE structure_gremium (
    id               VARCHAR(36) PRIMARY KEY,
    type             VARCHAR(32) NOT NULL,
    parent_id        VARCHAR(36),
    begin_date       DATE        NOT NULL,
    planned_end_date DATE,
    dissolved_on     DATE
);

-- One row per name a gremium carried: the name at establishment and every rename. The name in
-- force on a day is the row with the latest valid_from on or before it (seq breaks ties).
CREATE TABLE structure_gremium_name (
    gremium_id VARCHAR(36)  NOT NULL,
    seq        BIGINT       NOT NULL,
    valid_from DATE         NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (gremium_id, seq)
);

CREATE TABLE structure_membership (
    id          VARCHAR(36)  PRIMARY KEY,
    gremium_id  VARCHAR(36)  NOT NULL,
    person_name VARCHAR(200) NOT NULL,
    province    VARCHAR(32)  NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE
);

CREATE INDEX structure_membership_gremium ON structure_membership (gremium_id);
CREATE INDEX structure_gremium_lifetime ON structure_gremium (begin_date);
