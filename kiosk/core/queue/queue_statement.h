#pragma once

#include <cstdint>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace storepulse::kiosk {

// Starts every message of the queue's errors.
inline constexpr const char* queue_prefix = "offline queue: ";

// Throws std::runtime_error naming what failed and SQLite's message.
[[noreturn]] void queue_failure(sqlite3* db, const std::string& what);

// Runs statements without results; throws on failure.
void queue_exec(sqlite3* db, const char* sql);

// A prepared statement of the offline queue that finalizes itself; steps throw on failure.
class queue_statement {
 public:
  queue_statement(sqlite3* db, const char* sql);
  ~queue_statement();
  queue_statement(const queue_statement&) = delete;
  queue_statement& operator=(const queue_statement&) = delete;

  void bind_blob(int index, const std::string& bytes);
  void bind_text(int index, const std::string& text);
  void bind_int(int index, std::int64_t value);
  // Returns true while a row is available.
  bool step();
  // Makes the statement ready to run again with new values.
  void reset();
  std::int64_t column_int(int index) const;
  std::string column_blob(int index) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// A write transaction (BEGIN IMMEDIATE) that rolls back unless committed.
class queue_transaction {
 public:
  explicit queue_transaction(sqlite3* db);
  ~queue_transaction();
  queue_transaction(const queue_transaction&) = delete;
  queue_transaction& operator=(const queue_transaction&) = delete;
  void commit();

 private:
  sqlite3* db_;
  bool open_ = true;
};

}  // namespace storepulse::kiosk
