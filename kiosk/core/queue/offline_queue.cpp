#include "kiosk/core/queue/offline_queue.h"

#include <sqlite3.h>

#include <stdexcept>

namespace storepulse::kiosk {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  throw std::runtime_error("offline queue: " + what + ": " + (db ? sqlite3_errmsg(db) : "no handle"));
}

// A prepared statement that finalizes itself.
class query {
 public:
  query(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      fail(db, "prepare");
    }
  }
  ~query() { sqlite3_finalize(stmt_); }
  query(const query&) = delete;
  query& operator=(const query&) = delete;

  void bind_blob(int index, const std::string& bytes) {
    sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  }
  void bind_text(int index, const std::string& text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
  void bind_int(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }

  // Returns true while a row is available.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
      return true;
    }
    if (rc != SQLITE_DONE) {
      fail(db_, "step");
    }
    return false;
  }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::int64_t column_int(int index) const { return sqlite3_column_int64(stmt_, index); }
  std::string column_blob(int index) const {
    const void* data = sqlite3_column_blob(stmt_, index);
    int size = sqlite3_column_bytes(stmt_, index);
    return data ? std::string(static_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

void exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw std::runtime_error(std::string("offline queue: ") + text);
  }
}

// No timestamp column: the queue must not reveal when an answer was given.
constexpr const char* schema_sql = R"sql(
CREATE TABLE IF NOT EXISTS queue_items (
  client_id BLOB PRIMARY KEY,
  remediation INTEGER NOT NULL,
  payload BLOB NOT NULL,
  set_aside_reason TEXT
) WITHOUT ROWID;
)sql";

}  // namespace

offline_queue::offline_queue(const std::string& path) : path_(path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error("offline queue: cannot open " + path + ": " + reason);
  }
  try {
    sqlite3_busy_timeout(db_, 5000);
    exec(db_, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
    exec(db_, schema_sql);
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

offline_queue::~offline_queue() { sqlite3_close(db_); }

void offline_queue::push(const storepulse::v1::SurveySubmission& submission) {
  insert(submission.client_id(), false, submission.SerializeAsString());
}

void offline_queue::push(const storepulse::v1::RemediationEvent& event) {
  insert(event.client_id(), true, event.SerializeAsString());
}

void offline_queue::insert(const std::string& client_id, bool remediation, const std::string& payload) {
  if (client_id.empty()) {
    throw std::invalid_argument("offline queue: an item needs a client id");
  }
  std::lock_guard lock(mutex_);
  query insert_item(db_, "INSERT OR IGNORE INTO queue_items (client_id, remediation, payload) VALUES (?, ?, ?)");
  insert_item.bind_blob(1, client_id);
  insert_item.bind_int(2, remediation ? 1 : 0);
  insert_item.bind_blob(3, payload);
  insert_item.step();
}

std::size_t offline_queue::size() const {
  std::lock_guard lock(mutex_);
  query count(db_, "SELECT count(*) FROM queue_items WHERE set_aside_reason IS NULL");
  count.step();
  return static_cast<std::size_t>(count.column_int(0));
}

std::size_t offline_queue::set_aside_count() const {
  std::lock_guard lock(mutex_);
  query count(db_, "SELECT count(*) FROM queue_items WHERE set_aside_reason IS NOT NULL");
  count.step();
  return static_cast<std::size_t>(count.column_int(0));
}

std::vector<queued_item> offline_queue::take(std::size_t max) {
  std::lock_guard lock(mutex_);
  // Shuffled so that upload order never mirrors the order in which people answered.
  query select(db_,
               "SELECT client_id, remediation, payload FROM queue_items WHERE set_aside_reason IS NULL "
               "ORDER BY random() LIMIT ?");
  select.bind_int(1, static_cast<std::int64_t>(max));
  std::vector<queued_item> items;
  while (select.step()) {
    items.push_back({select.column_blob(0), select.column_int(1) != 0, select.column_blob(2)});
  }
  return items;
}

void offline_queue::remove(const std::vector<std::string>& client_ids) {
  if (client_ids.empty()) {
    return;
  }
  std::lock_guard lock(mutex_);
  exec(db_, "BEGIN IMMEDIATE");
  try {
    query remove_item(db_, "DELETE FROM queue_items WHERE client_id = ?");
    for (const auto& id : client_ids) {
      remove_item.bind_blob(1, id);
      remove_item.step();
      remove_item.reset();
    }
    exec(db_, "COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

void offline_queue::set_aside(const std::string& client_id, const std::string& reason) {
  std::lock_guard lock(mutex_);
  query update(db_, "UPDATE queue_items SET set_aside_reason = ? WHERE client_id = ?");
  update.bind_text(1, reason.empty() ? std::string("refused") : reason);
  update.bind_blob(2, client_id);
  update.step();
}

std::vector<set_aside_item> offline_queue::set_aside_items() const {
  std::lock_guard lock(mutex_);
  query select(db_,
               "SELECT client_id, remediation, set_aside_reason FROM queue_items "
               "WHERE set_aside_reason IS NOT NULL");
  std::vector<set_aside_item> items;
  while (select.step()) {
    items.push_back({select.column_blob(0), select.column_int(1) != 0, select.column_blob(2)});
  }
  return items;
}

}  // namespace storepulse::kiosk
