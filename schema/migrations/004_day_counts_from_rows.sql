-- The daily cap counts a kiosk's sessions and remediation logs of one store-local day straight
-- from their rows, through an index by (date, kiosk), and the writer keeps the counts in memory:
-- no table of counts to update with every submission. The index still serves retention, which
-- deletes by date.

DROP TABLE kiosk_day_counts;

DROP INDEX submissions_by_date;
CREATE INDEX submissions_by_date_kiosk ON submissions(local_date, kiosk_id);

DROP INDEX remediation_events_by_date;
CREATE INDEX remediation_events_by_date_kiosk ON remediation_events(local_date, kiosk_id);
