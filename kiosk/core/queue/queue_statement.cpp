#include "kiosk/core/queue/queue_statement.h"

#include <sqlite3.h>

#include <stdexcept>

namespace storepulse::kiosk {

void queue_failure(sqlite3* db, const std::string& what) {
  throw std::runtime_error(queue_prefix + what + ": " + (db ? sqlite3_errmsg(db) : "no handle"));
}

void queue_exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    throw std::runtime_error(queue_prefix + text);
  }
}

queue_statement::queue_statement(sqlite3* db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) queue_failure(db, "prepare");
}

queue_statement::~queue_statement() { sqlite3_finalize(stmt_); }

void queue_statement::bind_blob(int index, const std::string& bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

void queue_statement::bind_text(int index, const std::string& text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void queue_statement::bind_int(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }

bool queue_statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) queue_failure(db_, "step");
  return false;
}

void queue_statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t queue_statement::column_int(int index) const { return sqlite3_column_int64(stmt_, index); }

std::string queue_statement::column_blob(int index) const {
  const void* data = sqlite3_column_blob(stmt_, index);
  int size = sqlite3_column_bytes(stmt_, index);
  return data ? std::string(static_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
}

queue_transaction::queue_transaction(sqlite3* db) : db_(db) { queue_exec(db, "BEGIN IMMEDIATE"); }

queue_transaction::~queue_transaction() {
  if (open_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void queue_transaction::commit() {
  queue_exec(db_, "COMMIT");
  open_ = false;
}

}  // namespace storepulse::kiosk
