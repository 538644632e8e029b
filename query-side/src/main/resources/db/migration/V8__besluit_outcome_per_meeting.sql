-- What happened to a voorstel at each meeting it was on the agenda of (aangehouden at one,
-- aangenomen at the next), so a meeting's besluitenlijst shows that meeting's outcome.
ALTER TABLE besluit_agenda ADD COLUMN outcome VARCHAR(32);
