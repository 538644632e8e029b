-- Indexes for the read paths measured by bin/bench's query workload (issue 14). One script for
-- PostgreSQL 15 and H2 (MODE=PostgreSQL).

-- The journal page's filter choices walk these indexes, one probe per distinct value, instead of
-- reading every row of the journal on each view (JournalChoicesQuery); besluit_id and body_id
-- have their index since V7.
CREATE INDEX journal_entry_actor ON journal_entry (actor);
CREATE INDEX journal_entry_event_type ON journal_entry (event_type);

-- The members in force on a day (MembersOnADay: start_date <= day AND (end_date IS NULL OR
-- end_date > day)): a long history's ended memberships are skipped by their end date.
CREATE INDEX structure_membership_end ON structure_membership (end_date, start_date);
