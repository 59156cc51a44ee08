#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace storepulse::storage {

// An SQLite failure, carrying SQLite's extended result code.
class sqlite_error : public std::runtime_error {
 public:
  sqlite_error(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
  // Returns SQLite's extended result code.
  int code() const { return code_; }

 private:
  int code_;
};

class statement;

struct open_options {
  bool read_only = false;
  bool create = true;
  int busy_timeout_ms = 5000;
  // FULL makes every commit durable before it returns; NORMAL is enough for readers.
  bool synchronous_full = true;
  // Writes each commit's WAL frames with one system call (see batched_wal_vfs.h); only with
  // synchronous_full off, where no commit pads or syncs the WAL in the middle of its frames.
  bool batch_wal_writes = false;
};

// One SQLite connection in WAL mode with foreign keys on. Not thread-safe: one thread at a time.
class database {
 public:
  database(const std::string& path, const open_options& options = {});
  ~database();
  database(const database&) = delete;
  database& operator=(const database&) = delete;

  // Runs one or more statements that return no rows.
  void exec(std::string_view sql);
  // Returns a prepared statement.
  statement prepare(std::string_view sql);
  // Returns a statement prepared once per connection and kept, reset and unbound, for reuse
  // on hot paths; the SQL text must be a string constant.
  statement& cached(const char* sql);
  // Returns the rowid of the last insert on this connection.
  std::int64_t last_insert_rowid() const;
  // Returns the number of rows changed by the last statement.
  int changes() const;
  // Returns a number that changes whenever another connection commits to the database; this
  // connection's own commits leave it as it is.
  std::int64_t data_version();
  // Counts, from now on, the rows this connection inserts, updates or deletes in a rowid table
  // (SQLite's update hook: rows a REPLACE conflict or a DELETE without WHERE removes are not
  // counted). Watching a table twice counts it once.
  void watch_table(std::string table);
  // Returns how many rows of the watched tables this connection has changed.
  std::uint64_t watched_changes() const { return watched_changes_; }
  // Returns the underlying handle.
  sqlite3* handle() const { return db_; }
  // Returns the file this connection was opened on.
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::map<const char*, std::unique_ptr<statement>> cache_;
  std::vector<std::string> watched_;
  std::uint64_t watched_changes_ = 0;
};

// A prepared statement; parameters are 1-based, columns 0-based, as in SQLite.
class statement {
 public:
  statement(sqlite3* db, std::string_view sql);
  ~statement();
  statement(statement&& other) noexcept;
  statement& operator=(statement&& other) noexcept;
  statement(const statement&) = delete;
  statement& operator=(const statement&) = delete;

  statement& bind(int index, std::int64_t value);
  statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  statement& bind(int index, double value);
  statement& bind(int index, std::string_view text);
  statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  statement& bind_blob(int index, std::span<const std::uint8_t> bytes);
  statement& bind_blob(int index, std::string_view bytes);
  statement& bind_null(int index);

  // Steps once; returns true while a row is available.
  bool step();
  // Steps to completion, expecting no rows, then resets.
  void run();
  // Resets for re-execution and clears bindings.
  void reset();

  std::int64_t column_int64(int index) const;
  int column_int(int index) const { return static_cast<int>(column_int64(index)); }
  double column_double(int index) const;
  std::string column_text(int index) const;
  std::string column_blob(int index) const;
  bool column_is_null(int index) const;

 private:
  void check(int rc, const char* what) const;
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

// A transaction that rolls back in its destructor unless committed.
class transaction {
 public:
  // IMMEDIATE takes the write lock at once, so a writer never fails half-way on SQLITE_BUSY.
  explicit transaction(database& db, bool immediate = true);
  ~transaction();
  transaction(const transaction&) = delete;
  transaction& operator=(const transaction&) = delete;

  void commit();
  // Rolls back now rather than at destruction.
  void rollback();

 private:
  database& db_;
  bool done_ = false;
};

// One read transaction: every query made while it lives sees the same snapshot. Inside a
// transaction already open on the connection it does nothing, so that a report made of parts
// reads all of them in the caller's one snapshot.
class read_snapshot {
 public:
  explicit read_snapshot(database& db);
  ~read_snapshot();
  read_snapshot(const read_snapshot&) = delete;
  read_snapshot& operator=(const read_snapshot&) = delete;

 private:
  database& db_;
  bool began_ = false;
};

// Returns the single integer of a one-row query, or nullopt when it returns no row.
std::optional<std::int64_t> query_int(database& db, std::string_view sql);

}  // namespace storepulse::storage
