-- An index by (date, kiosk) takes each kiosk's next session at its own place, so that every
-- submission dirtied a page of its own, as many as the random client ids. By date alone, a day's
-- rows all go at the end of that day's run: a commit group touches one page per date it holds.
-- The daily cap now counts a whole date, every kiosk at once, the first time that date is
-- needed; retention still deletes by date.

DROP INDEX submissions_by_date_kiosk;
CREATE INDEX submissions_by_date ON submissions(local_date);

DROP INDEX remediation_events_by_date_kiosk;
CREATE INDEX remediation_events_by_date ON remediation_events(local_date);
