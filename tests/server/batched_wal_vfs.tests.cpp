#include "server/storage/batched_wal_vfs.h"
#include "server/storage/database.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>

using namespace storepulse;

namespace {

storage::open_options batched() {
  storage::open_options options;
  options.synchronous_full = false;
  options.batch_wal_writes = true;
  return options;
}

// Copies the database and its WAL as they are on disk now, as a crash would leave them, and
// returns the path of the copy; opening it recovers the commits from the WAL's frames alone.
std::string crash_copy(const testing::scratch_folder& folder, const std::string& name) {
  namespace fs = std::filesystem;
  auto copy = folder.file(name + ".copy");
  fs::remove(copy);
  fs::remove(copy + "-wal");
  fs::remove(copy + "-shm");
  fs::copy_file(folder.file(name), copy);
  fs::copy_file(folder.file(name + "-wal"), copy + "-wal");
  return copy;
}

struct totals {
  std::int64_t rows = 0;
  std::int64_t sum = 0;
};

totals read_totals(storage::database& db) {
  return {storage::query_int(db, "SELECT count(*) FROM items").value_or(-1),
          storage::query_int(db, "SELECT coalesce(sum(value), 0) FROM items").value_or(-1)};
}

// Checks that another connection, and a copy recovered from the files, both see expected.
void check_committed(const testing::scratch_folder& folder, storage::database& reader, totals expected) {
  auto seen = read_totals(reader);
  CHECK(seen.rows == expected.rows);
  CHECK(seen.sum == expected.sum);
  storage::database recovered(crash_copy(folder, "data.db"));
  auto found = read_totals(recovered);
  CHECK(found.rows == expected.rows);
  CHECK(found.sum == expected.sum);
  CHECK(storage::query_int(recovered, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0);
}

}  // namespace

TEST_CASE("Every commit through the batched WAL is in the file when the commit returns", "[server][storage]") {
  testing::scratch_folder folder;
  storage::database db(folder.file("data.db"), batched());
  // Only the writer's own rules decide when frames reach the file.
  db.exec("PRAGMA wal_autocheckpoint = 0");
  db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, value INTEGER NOT NULL, filler BLOB)");
  storage::database reader(folder.file("data.db"));
  totals expected;

  SECTION("small commits, several of one page each") {
    for (int i = 1; i <= 40; ++i) {
      db.prepare("INSERT INTO items (value) VALUES (?)").bind(1, std::int64_t{i}).run();
      expected.rows += 1;
      expected.sum += i;
      // Changing one row in place commits a single page.
      db.prepare("UPDATE items SET value = value + 1 WHERE id = 1").run();
      expected.sum += 1;
      check_committed(folder, reader, expected);
    }
  }

  SECTION("a commit larger than the gathering holds") {
    storage::transaction tx(db);
    auto insert = db.prepare("INSERT INTO items (value, filler) VALUES (?, zeroblob(3000))");
    for (int i = 1; i <= 1000; ++i) {
      insert.bind(1, std::int64_t{i}).run();
      expected.rows += 1;
      expected.sum += i;
    }
    tx.commit();
    check_committed(folder, reader, expected);
  }

  SECTION("a commit that spills pages to the WAL and changes them again") {
    db.exec("PRAGMA cache_size = 8");
    storage::transaction tx(db);
    auto insert = db.prepare("INSERT INTO items (value, filler) VALUES (?, zeroblob(500))");
    for (int i = 1; i <= 3000; ++i) {
      insert.bind(1, std::int64_t{i}).run();
      expected.rows += 1;
      expected.sum += i;
    }
    // Pages spilled above are written again, which makes SQLite rewrite frames already in the WAL
    // and then their checksums, after the commit frame.
    db.exec("UPDATE items SET value = value * 2");
    expected.sum *= 2;
    tx.commit();
    check_committed(folder, reader, expected);
    db.exec("UPDATE items SET value = value + 1 WHERE id <= 10");
    expected.sum += 10;
    check_committed(folder, reader, expected);
  }

  SECTION("commits after the WAL starts over from its beginning") {
    for (int round = 0; round < 3; ++round) {
      for (int i = 1; i <= 50; ++i) {
        db.prepare("INSERT INTO items (value, filler) VALUES (?, zeroblob(2000))").bind(1, std::int64_t{i}).run();
        expected.rows += 1;
        expected.sum += i;
      }
      check_committed(folder, reader, expected);
      // Copies everything, so that the next transaction writes from the WAL's beginning again.
      CHECK(storage::query_int(db, "PRAGMA wal_checkpoint(RESTART)") == 0);
    }
    db.prepare("INSERT INTO items (value) VALUES (7)").run();
    expected.rows += 1;
    expected.sum += 7;
    check_committed(folder, reader, expected);
  }
}

TEST_CASE("Batched WAL writes are refused for a connection that syncs at every commit", "[server][storage]") {
  testing::scratch_folder folder;
  storage::open_options options;
  options.batch_wal_writes = true;
  CHECK_THROWS_AS(storage::database(folder.file("data.db"), options), std::invalid_argument);
}

TEST_CASE("The batched WAL names itself in front of the files it wraps", "[server][storage]") {
  testing::scratch_folder folder;
  storage::database db(folder.file("data.db"), batched());
  char* name = nullptr;
  REQUIRE(sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_VFSNAME, &name) == SQLITE_OK);
  REQUIRE(name != nullptr);
  CHECK(std::string(name).rfind(std::string(storage::batched_wal_vfs()) + "/", 0) == 0);
  sqlite3_free(name);
}
