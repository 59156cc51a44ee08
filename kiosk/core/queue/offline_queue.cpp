#include "kiosk/core/queue/offline_queue.h"

#include "kiosk/core/queue/queue_statement.h"

#include <sqlite3.h>

#include <stdexcept>
#include <string_view>
#include <type_traits>

namespace storepulse::kiosk {

namespace {

// No timestamp column: the queue must not reveal when an answer was given.
constexpr const char* schema_sql = R"sql(
CREATE TABLE IF NOT EXISTS queue_items (
  client_id BLOB PRIMARY KEY,
  remediation INTEGER NOT NULL,
  payload BLOB NOT NULL,
  held_reason TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS refusals (
  reason TEXT PRIMARY KEY,
  items INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS queue_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

constexpr int schema_version = 1;

std::int64_t single_number(sqlite3* db, const char* sql) {
  queue_statement query(db, sql);
  query.step();
  return query.column_int(0);
}

// Brings a queue file to the current schema. Items set aside for good by earlier versions wait to
// be sent again: the server now acknowledges or refuses each for a reason, so none stays forever.
void migrate(sqlite3* db) {
  queue_transaction tx(db);
  if (single_number(db, "PRAGMA user_version") < 1) {
    if (single_number(db, "SELECT count(*) FROM pragma_table_info('queue_items') WHERE name = 'set_aside_reason'") > 0) {
      queue_exec(db, "UPDATE queue_items SET set_aside_reason = NULL;"
                     "ALTER TABLE queue_items RENAME COLUMN set_aside_reason TO held_reason;");
    }
    queue_exec(db, schema_sql);
    queue_exec(db, ("PRAGMA user_version = " + std::to_string(schema_version)).c_str());
  }
  tx.commit();
}

std::string meta_store(sqlite3* db) {
  queue_statement select(db, "SELECT value FROM queue_meta WHERE key = 'store'");
  return select.step() ? select.column_blob(0) : std::string();
}

void set_meta_store(sqlite3* db, const std::string& code) {
  queue_statement upsert(db, "INSERT INTO queue_meta (key, value) VALUES ('store', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  upsert.bind_text(1, code);
  upsert.step();
}

}  // namespace

offline_queue::offline_queue(const std::string& path) : path_(path) {
  std::lock_guard lock(mutex_);
  try {
    open();
  } catch (const std::exception& e) {
    problem_ = e.what();  // each call tries again
  }
}

offline_queue::~offline_queue() { sqlite3_close(db_); }

void offline_queue::open() const {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string reason = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw std::runtime_error(std::string(queue_prefix) + "cannot open " + path_ + ": " + reason);
  }
  try {
    sqlite3_busy_timeout(db, 5000);
    queue_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
    migrate(db);
  } catch (const std::exception& e) {
    sqlite3_close(db);
    // The inner message names the queue already.
    std::string reason = e.what();
    if (reason.rfind(queue_prefix, 0) == 0) reason.erase(0, std::string_view(queue_prefix).size());
    throw std::runtime_error(std::string(queue_prefix) + "cannot open " + path_ + ": " + reason);
  }
  db_ = db;
  problem_.clear();
}

sqlite3* offline_queue::handle() const {
  if (!db_) open();
  return db_;
}

template <class Operation>
auto offline_queue::guarded(bool write, Operation&& operation) const {
  std::lock_guard lock(mutex_);
  try {
    if constexpr (std::is_void_v<decltype(operation(handle()))>) {
      operation(handle());
      if (write) problem_.clear();
    } else {
      auto result = operation(handle());
      if (write) problem_.clear();
      return result;
    }
  } catch (const std::exception& e) {
    problem_ = e.what();
    throw;
  }
}

void offline_queue::push(const storepulse::v1::SurveySubmission& submission) {
  insert(submission.client_id(), false, submission.SerializeAsString());
}

void offline_queue::push(const storepulse::v1::RemediationEvent& event) {
  insert(event.client_id(), true, event.SerializeAsString());
}

void offline_queue::insert(const std::string& client_id, bool remediation, const std::string& payload) {
  if (client_id.empty()) throw std::invalid_argument("offline queue: an item needs a client id");
  guarded(true, [&](sqlite3* db) {
    queue_statement insert_item(db, "INSERT OR IGNORE INTO queue_items (client_id, remediation, payload) VALUES (?, ?, ?)");
    insert_item.bind_blob(1, client_id);
    insert_item.bind_int(2, remediation ? 1 : 0);
    insert_item.bind_blob(3, payload);
    insert_item.step();
  });
}

std::size_t offline_queue::size() const {
  return guarded(false, [](sqlite3* db) {
    return static_cast<std::size_t>(single_number(db, "SELECT count(*) FROM queue_items WHERE held_reason IS NULL"));
  });
}

std::size_t offline_queue::held_count() const {
  return guarded(false, [](sqlite3* db) {
    return static_cast<std::size_t>(single_number(db, "SELECT count(*) FROM queue_items WHERE held_reason IS NOT NULL"));
  });
}

std::vector<queued_item> offline_queue::take(std::size_t max, const std::optional<std::string>& store) {
  return guarded(false, [&](sqlite3* db) {
    std::vector<queued_item> items;
    // A queue without a store yet holds the current enrollment's answers.
    if (const auto current = store ? meta_store(db) : std::string(); !current.empty() && current != *store) return items;
    // Shuffled so that upload order never mirrors the order in which people answered.
    queue_statement select(db,
                           "SELECT client_id, remediation, payload FROM queue_items WHERE held_reason IS NULL "
                           "ORDER BY random() LIMIT ?");
    select.bind_int(1, static_cast<std::int64_t>(max));
    while (select.step()) items.push_back({select.column_blob(0), select.column_int(1) != 0, select.column_blob(2)});
    return items;
  });
}

void offline_queue::remove(const std::vector<std::string>& client_ids) {
  if (client_ids.empty()) return;
  guarded(true, [&](sqlite3* db) {
    queue_transaction tx(db);
    queue_statement remove_item(db, "DELETE FROM queue_items WHERE client_id = ?");
    for (const auto& id : client_ids) {
      remove_item.bind_blob(1, id);
      remove_item.step();
      remove_item.reset();
    }
    tx.commit();
  });
}

void offline_queue::hold(const std::string& client_id, const std::string& reason) {
  guarded(true, [&](sqlite3* db) {
    queue_statement update(db, "UPDATE queue_items SET held_reason = ? WHERE client_id = ?");
    update.bind_text(1, reason.empty() ? std::string("refused") : reason);
    update.bind_blob(2, client_id);
    update.step();
  });
}

void offline_queue::release_held() {
  guarded(true, [](sqlite3* db) { queue_exec(db, "UPDATE queue_items SET held_reason = NULL WHERE held_reason IS NOT NULL"); });
}

std::vector<held_item> offline_queue::held_items() const {
  return guarded(false, [](sqlite3* db) {
    queue_statement select(db, "SELECT client_id, remediation, held_reason FROM queue_items WHERE held_reason IS NOT NULL");
    std::vector<held_item> items;
    while (select.step()) items.push_back({select.column_blob(0), select.column_int(1) != 0, select.column_blob(2)});
    return items;
  });
}

void offline_queue::refuse(const std::vector<std::pair<std::string, std::string>>& refused) {
  if (refused.empty()) return;
  guarded(true, [&](sqlite3* db) {
    queue_transaction tx(db);
    queue_statement remove_item(db, "DELETE FROM queue_items WHERE client_id = ?");
    queue_statement count(db, "INSERT INTO refusals (reason, items) VALUES (?, 1) "
                              "ON CONFLICT (reason) DO UPDATE SET items = items + 1");
    for (const auto& item : refused) {
      remove_item.bind_blob(1, item.first);
      remove_item.step();
      remove_item.reset();
      if (sqlite3_changes(db) == 0) continue;  // already gone: counted when it went
      count.bind_text(1, item.second);
      count.step();
      count.reset();
    }
    tx.commit();
  });
}

std::map<std::string, std::int64_t> offline_queue::refusals() const {
  return guarded(false, [](sqlite3* db) {
    std::map<std::string, std::int64_t> counts;
    queue_statement select(db, "SELECT reason, items FROM refusals");
    while (select.step()) counts.emplace(select.column_blob(0), select.column_int(1));
    return counts;
  });
}

void offline_queue::reset_refusals() {
  guarded(true, [](sqlite3* db) { queue_exec(db, "DELETE FROM refusals"); });
}

std::string offline_queue::store() const {
  return guarded(false, [](sqlite3* db) { return meta_store(db); });
}

void offline_queue::adopt_store(const std::string& code) {
  if (code.empty()) return;
  guarded(true, [&](sqlite3* db) {
    queue_transaction tx(db);
    if (meta_store(db).empty()) set_meta_store(db, code);
    tx.commit();
  });
}

store_switch offline_queue::switch_store(const std::string& code, bool discard) {
  return guarded(true, [&](sqlite3* db) {
    queue_transaction tx(db);
    store_switch result;
    const std::string current = meta_store(db);
    const auto items = static_cast<std::size_t>(single_number(db, "SELECT count(*) FROM queue_items"));
    if (current != code && !current.empty() && items > 0) {
      if (!discard) {
        result.left = items;
        return result;
      }
      queue_exec(db, "DELETE FROM queue_items");
      result.discarded = items;
    }
    set_meta_store(db, code);
    tx.commit();
    result.switched = true;
    return result;
  });
}

std::string offline_queue::problem() const {
  std::lock_guard lock(mutex_);
  return problem_;
}

}  // namespace storepulse::kiosk
