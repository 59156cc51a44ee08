-- Dashboard users and the locations a manager may see. Passwords are stored only as Argon2id
-- strings from libsodium's crypto_pwhash_str (algorithm, parameters and salt included).

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('hr_admin', 'manager', 'operator')),
  active        INTEGER NOT NULL DEFAULT 1,
  created_on    TEXT NOT NULL,           -- date only
  last_login_on TEXT                     -- date only
);

CREATE TABLE user_locations (
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, location_id)
) WITHOUT ROWID;
CREATE INDEX user_locations_by_location ON user_locations(location_id);
