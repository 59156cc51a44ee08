-- The data version (report_data_version) at which each store's published figures last changed:
-- reports read again only the stores a publication run touched.
ALTER TABLE publication_state ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
