-- The meetings of the gremia, for the list of meetings and a meeting's besluitenlijst. Owned by the
-- query side's BesluitenlijstProjection; rebuildable from the event store. Meetings already on an
-- agenda are carried over from besluit_agenda; a rebuild of the besluitenlijst adds their
-- descriptions and the meetings with an empty agenda.
CREATE TABLE besluit_vergadering (
    vergadering_id VARCHAR(36)  PRIMARY KEY,
    gremium_id     VARCHAR(36)  NOT NULL,
    meeting_date   DATE         NOT NULL,
    description    VARCHAR(2000)
);

CREATE INDEX besluit_vergadering_gremium ON besluit_vergadering (gremium_id, meeting_date);

INSERT INTO besluit_vergadering (vergadering_id, gremium_id, meeting_date)
SELECT vergadering_id, MIN(gremium_id), MIN(meeting_date)
  FROM besluit_agenda
 GROUP BY vergadering_id;

-- Searching and filtering the besluitenlijst by the year of the decision or submission.
CREATE INDEX besluit_view_dates ON besluit_view (decision_date, submitted_on);
