-- Read models of decisions, mandates and the competence matrix, owned by the query side's
-- projections (BesluitenlijstProjection, MandaatProjection, CompetenceProjection).
-- Rebuildable at any time from the event store.

CREATE TABLE besluit_view (
    besluit_id          VARCHAR(36)  PRIMARY KEY,
    subject             VARCHAR(500) NOT NULL,
    besluit_type        VARCHAR(32)  NOT NULL,
    submitted_by        VARCHAR(200) NOT NULL,
    deciding_gremium_id VARCHAR(36)  NOT NULL,
    submitted_on        DATE         NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    decision_date       DATE,
    decider_gremium_id  VARCHAR(36),
    decider_person      VARCHAR(200),
    vergadering_id      VARCHAR(36),
    mandaat_id          VARCHAR(36)
);

CREATE INDEX besluit_view_decider ON besluit_view (decider_gremium_id);
CREATE INDEX besluit_view_deciding ON besluit_view (deciding_gremium_id);

-- Every meeting a voorstel was placed on the agenda of.
CREATE TABLE besluit_agenda (
    besluit_id     VARCHAR(36) NOT NULL,
    vergadering_id VARCHAR(36) NOT NULL,
    gremium_id     VARCHAR(36) NOT NULL,
    meeting_date   DATE        NOT NULL,
    agenda_item    VARCHAR(100),
    PRIMARY KEY (besluit_id, vergadering_id)
);

CREATE INDEX besluit_agenda_meeting ON besluit_agenda (vergadering_id);

CREATE TABLE mandaat_view (
    mandaat_id             VARCHAR(36) PRIMARY KEY,
    parent_id              VARCHAR(36),
    mandaatgever_gremium_id VARCHAR(36),
    mandaatgever_person    VARCHAR(200),
    mandataris_gremium_id  VARCHAR(36),
    mandataris_person      VARCHAR(200),
    start_date             DATE        NOT NULL,
    revoked_from           DATE,
    expired_on             DATE
);

CREATE INDEX mandaat_view_parent ON mandaat_view (parent_id);

-- Every version of a mandate's terms; version 0 is the grant. Lists are stored one item a line.
CREATE TABLE mandaat_version (
    mandaat_id    VARCHAR(36)    NOT NULL,
    version       INTEGER        NOT NULL,
    valid_from    DATE           NOT NULL,
    scope_types   VARCHAR(1000)  NOT NULL,
    scope_subjects VARCHAR(4000) NOT NULL,
    ceiling       NUMERIC(17, 2),
    end_date      DATE,
    conditions    VARCHAR(4000),
    decision_text VARCHAR(500)   NOT NULL,
    PRIMARY KEY (mandaat_id, version)
);

-- Every version of the competence matrix; seq is the matrix stream's sequence number.
CREATE TABLE competence_version (
    seq            BIGINT       PRIMARY KEY,
    besluit_type   VARCHAR(32)  NOT NULL,
    effective_from DATE         NOT NULL,
    deciders       VARCHAR(500) NOT NULL,
    advisers       VARCHAR(500) NOT NULL,
    voting_rule    VARCHAR(40)  NOT NULL,
    decision_text  VARCHAR(500) NOT NULL
);
