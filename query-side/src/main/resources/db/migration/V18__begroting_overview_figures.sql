-- The budget read model keeps the document's overview figures as printed: the unit of its figures,
-- the printed basis total, a "+ p.m." beside a printed total, the tiles of the programmes'
-- overview pages, and the cost lines a summary row sums. Rows projected before this migration get
-- the defaults (nothing printed); the read model is rebuilt from the events at the next start
-- (BegrotingProjection.READ_MODEL_VERSION 3, see ReadModelVersions).
ALTER TABLE begroting_view ADD COLUMN eenheid NUMERIC(17, 2);
ALTER TABLE begroting_view ADD COLUMN stated_basis NUMERIC(17, 2);
ALTER TABLE begroting_view ADD COLUMN stated_basis_pm BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE begroting_view ADD COLUMN stated_basis_plus_pm BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE begroting_view ADD COLUMN stated_basis_printed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE begroting_view ADD COLUMN basis_bron VARCHAR(400);
ALTER TABLE begroting_view ADD COLUMN stated_totaal_plus_pm BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE begroting_programma ADD COLUMN stated_plus_pm BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE begroting_opgave ADD COLUMN stated_plus_pm BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE begroting_samenvatting ADD COLUMN kostenregels VARCHAR(100) NOT NULL DEFAULT '';

CREATE TABLE begroting_tegel (
    begroting_id VARCHAR(36)    NOT NULL,
    code         VARCHAR(20)    NOT NULL,
    bedrag       NUMERIC(17, 2),
    pm           BOOLEAN        NOT NULL,
    plus_pm      BOOLEAN        NOT NULL,
    bron         VARCHAR(400)   NOT NULL,
    PRIMARY KEY (begroting_id, code)
);
