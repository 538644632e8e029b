-- Read model of the budgets, owned by the query side's BegrotingProjection. The printed figures
-- are kept as stated facts beside the lines; amendments and realisations are kept as they came,
-- never folded into the original.

CREATE TABLE begroting_view (
    begroting_id          VARCHAR(36)  PRIMARY KEY,
    jaar                  INTEGER      NOT NULL,
    titel                 VARCHAR(300) NOT NULL,
    bron                  VARCHAR(300) NOT NULL,
    drafted_on            DATE         NOT NULL,
    drafted_by            VARCHAR(200),
    drafted_recorded_at   VARCHAR(40),
    submitted_on          DATE,
    approved_on           DATE,
    approved_by           VARCHAR(600),
    jaarrekening_on       DATE,
    auditor_statement     VARCHAR(500),
    stated_totaal         NUMERIC(17, 2),
    stated_totaal_pm      BOOLEAN      NOT NULL,
    stated_totaal_printed BOOLEAN      NOT NULL,
    totaal_bron           VARCHAR(400)
);

CREATE TABLE begroting_programma (
    begroting_id     VARCHAR(36)  NOT NULL,
    nummer           INTEGER      NOT NULL,
    naam             VARCHAR(300) NOT NULL,
    stated_totaal    NUMERIC(17, 2),
    stated_pm        BOOLEAN      NOT NULL,
    stated_printed   BOOLEAN      NOT NULL,
    bron             VARCHAR(400) NOT NULL,
    PRIMARY KEY (begroting_id, nummer)
);

CREATE TABLE begroting_opgave (
    begroting_id  VARCHAR(36)  NOT NULL,
    code          VARCHAR(20)  NOT NULL,
    programma     INTEGER      NOT NULL,
    position      INTEGER      NOT NULL,
    naam          VARCHAR(300) NOT NULL,
    soort         VARCHAR(10)  NOT NULL,
    stated_totaal NUMERIC(17, 2),
    stated_pm     BOOLEAN      NOT NULL,
    bron          VARCHAR(400) NOT NULL,
    PRIMARY KEY (begroting_id, code)
);

CREATE TABLE begroting_line (
    begroting_id VARCHAR(36)    NOT NULL,
    code         VARCHAR(20)    NOT NULL,
    cost_line    VARCHAR(32)    NOT NULL,
    original     NUMERIC(17, 2) NOT NULL,
    pm           BOOLEAN        NOT NULL,
    indicative   NUMERIC(17, 2),
    PRIMARY KEY (begroting_id, code, cost_line)
);

-- Every change of a line after the draft: amendments (delta) and realisations (cumulative).
CREATE TABLE begroting_mutation (
    begroting_id   VARCHAR(36)    NOT NULL,
    seq            BIGINT         NOT NULL,
    idx            INTEGER        NOT NULL,
    kind           VARCHAR(12)    NOT NULL,
    code           VARCHAR(20)    NOT NULL,
    cost_line      VARCHAR(32)    NOT NULL,
    amount         NUMERIC(17, 2) NOT NULL,
    effective_date DATE           NOT NULL,
    besluit_id     VARCHAR(36),
    nota           VARCHAR(16),
    reference      VARCHAR(600),
    source         VARCHAR(500),
    actor          VARCHAR(200),
    recorded_at    VARCHAR(40),
    PRIMARY KEY (begroting_id, seq, idx)
);

CREATE INDEX begroting_mutation_line ON begroting_mutation (begroting_id, code, cost_line);

-- The printed summary table and explanation of differences, as stated facts.
CREATE TABLE begroting_samenvatting (
    begroting_id    VARCHAR(36)    NOT NULL,
    idx             INTEGER        NOT NULL,
    regel           VARCHAR(200)   NOT NULL,
    was             NUMERIC(17, 2),
    wordt1          NUMERIC(17, 2),
    kassiersfunctie NUMERIC(17, 2),
    wordt2          NUMERIC(17, 2),
    verschil        NUMERIC(17, 2),
    bron            VARCHAR(400)   NOT NULL,
    PRIMARY KEY (begroting_id, idx)
);

CREATE TABLE begroting_verklaring (
    begroting_id VARCHAR(36)    NOT NULL,
    idx          INTEGER        NOT NULL,
    omschrijving VARCHAR(300)   NOT NULL,
    bedrag       NUMERIC(17, 2),
    pm           BOOLEAN        NOT NULL,
    bron         VARCHAR(400)   NOT NULL,
    PRIMARY KEY (begroting_id, idx)
);
