-- What a kiosk's configuration check reports for operators and HR, besides its queue: a problem
-- it has (e.g. 'queue_error': it cannot read or write its queue; NULL when none), and how many
-- items the server refused for good since it was enrolled, by reason ('conflict:2,too_late:5').
-- Codes and counts only: never an answer's contents.
ALTER TABLE kiosks ADD COLUMN sync_state TEXT;
ALTER TABLE kiosks ADD COLUMN refused_items TEXT;
