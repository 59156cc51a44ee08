-- What the kiosks show staff beside the shared plans: success stories (a store's, or every
-- store's) and HR's messages to every store. Plain text per language; withdrawn posts stay for
-- their history but leave the kiosks. Dates are calendar dates; every change is recorded in
-- staff_post_history.

CREATE TABLE staff_posts (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('story', 'message')),
  location_id  INTEGER REFERENCES locations(id),  -- NULL: every store
  created_by   INTEGER NOT NULL REFERENCES users(id),
  posted_on    TEXT NOT NULL,  -- YYYY-MM-DD
  withdrawn_on TEXT,
  CHECK (kind = 'story' OR location_id IS NULL)
);
CREATE INDEX staff_posts_by_location ON staff_posts(location_id, withdrawn_on);

-- The text of a post in one language (at most 200 characters).
CREATE TABLE staff_post_texts (
  post_id  INTEGER NOT NULL REFERENCES staff_posts(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (post_id, language)
) WITHOUT ROWID;

-- Every change to a post: who, when (unix seconds of the request), and what in plain words.
CREATE TABLE staff_post_history (
  id         INTEGER PRIMARY KEY,
  post_id    INTEGER NOT NULL REFERENCES staff_posts(id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  changed_at INTEGER NOT NULL,
  what       TEXT NOT NULL
);
CREATE INDEX staff_post_history_by_post ON staff_post_history(post_id, id);
