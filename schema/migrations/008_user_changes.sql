-- Dashboard accounts can be deactivated, reactivated, given another role or stores and a new
-- password, from the web and from the admin tool. Every such change raises the account's
-- credentials version, which ends the sessions begun under an older one (the server compares
-- them, since the admin tool runs in another process), and is recorded for HR.
ALTER TABLE users ADD COLUMN credentials_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE user_changes (
  id         INTEGER PRIMARY KEY,
  changed_at TEXT NOT NULL,     -- UTC, to the minute: 'YYYY-MM-DD HH:MM' (staff answers carry no time; this is an admin's act)
  actor      TEXT NOT NULL,     -- the dashboard user who made it, or "storepulse-admin (OS user)"
  user_id    INTEGER NOT NULL REFERENCES users(id),
  action     TEXT NOT NULL,     -- added, deactivated, reactivated, role, stores, password
  detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX user_changes_by_user ON user_changes(user_id);
