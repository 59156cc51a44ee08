#include "server/storage/database.h"

#include "server/storage/batched_wal_vfs.h"

#include <utility>

namespace storepulse::storage {
namespace {

[[noreturn]] void throw_error(sqlite3* db, int rc, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  throw sqlite_error(db ? sqlite3_extended_errcode(db) : rc, message);
}

}  // namespace

database::database(const std::string& path, const open_options& options) : path_(path) {
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE;
    if (options.create) flags |= SQLITE_OPEN_CREATE;
  }
  if (options.batch_wal_writes && options.synchronous_full) {
    throw std::invalid_argument("batched WAL writes need synchronous=NORMAL");
  }
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, options.batch_wal_writes ? batched_wal_vfs() : nullptr);
  if (rc != SQLITE_OK) {
    std::string message = "cannot open database " + path + ": " +
                          (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    sqlite3_close(db_);
    db_ = nullptr;
    throw sqlite_error(rc, message);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  if (!options.read_only) exec("PRAGMA journal_mode=WAL");
  exec(options.synchronous_full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
  exec("PRAGMA foreign_keys=ON");
}

database::~database() {
  cache_.clear();
  sqlite3_close_v2(db_);
}

std::int64_t database::data_version() {
  auto& version = cached("PRAGMA data_version");
  std::int64_t value = version.step() ? version.column_int64(0) : 0;
  version.reset();
  return value;
}

void database::watch_table(std::string table) {
  for (const auto& name : watched_) {
    if (name == table) return;
  }
  if (watched_.empty()) {
    sqlite3_update_hook(
        db_,
        [](void* self, int, const char*, const char* table_name, sqlite3_int64) {
          auto& db = *static_cast<database*>(self);
          for (const auto& name : db.watched_) {
            if (name == table_name) ++db.watched_changes_;
          }
        },
        this);
  }
  watched_.push_back(std::move(table));
}

statement& database::cached(const char* sql) {
  auto& slot = cache_[sql];
  if (!slot) slot = std::make_unique<statement>(db_, sql);
  return *slot;
}

void database::exec(std::string_view sql) {
  std::string text(sql);
  char* error = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    throw sqlite_error(sqlite3_extended_errcode(db_), "exec failed: " + message);
  }
}

statement database::prepare(std::string_view sql) { return statement(db_, sql); }

std::int64_t database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

int database::changes() const { return sqlite3_changes(db_); }

statement::statement(sqlite3* db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                              &stmt_, nullptr);
  if (rc != SQLITE_OK) throw_error(db, rc, "prepare failed for: " + std::string(sql));
}

statement::~statement() { sqlite3_finalize(stmt_); }

statement::statement(statement&& other) noexcept : stmt_(other.stmt_), db_(other.db_) {
  other.stmt_ = nullptr;
}

statement& statement::operator=(statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = other.stmt_;
    db_ = other.db_;
    other.stmt_ = nullptr;
  }
  return *this;
}

void statement::check(int rc, const char* what) const {
  if (rc != SQLITE_OK) throw_error(db_, rc, what);
}

statement& statement::bind(int index, std::int64_t value) {
  check(sqlite3_bind_int64(stmt_, index, value), "bind int");
  return *this;
}

statement& statement::bind(int index, double value) {
  check(sqlite3_bind_double(stmt_, index, value), "bind double");
  return *this;
}

statement& statement::bind(int index, std::string_view text) {
  check(sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
        "bind text");
  return *this;
}

statement& statement::bind_blob(int index, std::span<const std::uint8_t> bytes) {
  check(sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT), "bind blob");
  return *this;
}

statement& statement::bind_blob(int index, std::string_view bytes) {
  check(sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT), "bind blob");
  return *this;
}

statement& statement::bind_null(int index) {
  check(sqlite3_bind_null(stmt_, index), "bind null");
  return *this;
}

bool statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string sql = sqlite3_sql(stmt_);
  sqlite3_reset(stmt_);
  throw_error(db_, rc, "step failed for: " + sql);
}

void statement::run() {
  while (step()) {
  }
  reset();
}

void statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t statement::column_int64(int index) const { return sqlite3_column_int64(stmt_, index); }

double statement::column_double(int index) const { return sqlite3_column_double(stmt_, index); }

std::string statement::column_text(int index) const {
  auto text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
  return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index))) : std::string();
}

std::string statement::column_blob(int index) const {
  auto data = static_cast<const char*>(sqlite3_column_blob(stmt_, index));
  return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index))) : std::string();
}

bool statement::column_is_null(int index) const { return sqlite3_column_type(stmt_, index) == SQLITE_NULL; }

transaction::transaction(database& db, bool immediate) : db_(db) {
  db_.cached(immediate ? "BEGIN IMMEDIATE" : "BEGIN").run();
}

transaction::~transaction() { rollback(); }

void transaction::rollback() {
  if (std::exchange(done_, true)) return;
  try {
    db_.cached("ROLLBACK").run();
  } catch (const sqlite_error&) {
    // The connection already rolled back (e.g. after SQLITE_FULL); nothing left to undo.
  }
}

void transaction::commit() {
  db_.cached("COMMIT").run();
  done_ = true;
}

read_snapshot::read_snapshot(database& db) : db_(db) {
  if (!sqlite3_get_autocommit(db_.handle())) return;
  db_.cached("BEGIN").run();
  began_ = true;
}

read_snapshot::~read_snapshot() {
  if (!began_) return;
  try {
    db_.cached("COMMIT").run();
  } catch (const sqlite_error&) {
    // A read transaction has nothing to lose; the next BEGIN starts afresh.
  }
}

std::optional<std::int64_t> query_int(database& db, std::string_view sql) {
  auto stmt = db.prepare(sql);
  if (!stmt.step()) return std::nullopt;
  return stmt.column_int64(0);
}

}  // namespace storepulse::storage
