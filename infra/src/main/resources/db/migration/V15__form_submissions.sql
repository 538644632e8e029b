-- The forms of the secretariat that were posted (Verzendingen): each form carries its own id, so a
-- form posted twice (a double click, the back button) records once and leads to the first result.
-- A row is claimed before the command is sent and removed again when the command is refused, so
-- the corrected form can be sent under the same id.
CREATE TABLE form_submission (
    form_id     VARCHAR(36)              NOT NULL PRIMARY KEY,
    actor       VARCHAR(200)             NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    result_path VARCHAR(1000)
);
