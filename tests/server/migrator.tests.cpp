#include "calendar/calendar.h"
#include "server/publication/publisher.h"
#include "server/storage/migrator.h"
#include "storepulse/schema/migrations.h"
#include "tests/support/child_process.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace storepulse;

TEST_CASE("Migrations are applied once, in order, and recorded", "[server][storage]") {
  testing::scratch_folder folder;
  auto path = folder.file("m.sqlite");
  auto migrations = schema::embedded_migrations();
  REQUIRE_FALSE(migrations.empty());
  for (std::size_t i = 1; i < migrations.size(); ++i) CHECK(migrations[i].version > migrations[i - 1].version);
  {
    storage::database db(path);
    CHECK(storage::schema_version(db) == 0);
    CHECK(storage::migrate(db) == migrations.back().version);
  }
  storage::database db(path);
  CHECK(storage::migrate(db) == migrations.back().version);
  CHECK(storage::query_int(db, "SELECT count(*) FROM schema_migrations") == static_cast<std::int64_t>(migrations.size()));
  CHECK(storage::query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'rollup_answers'") == 1);
  auto mode = db.prepare("PRAGMA journal_mode");
  REQUIRE(mode.step());
  CHECK(mode.column_text(0) == "wal");
}

TEST_CASE("A transaction rolls back unless committed", "[server][storage]") {
  storage::database db(":memory:");
  db.exec("CREATE TABLE t(x INTEGER)");
  {
    storage::transaction tx(db);
    db.exec("INSERT INTO t VALUES (1)");
  }
  CHECK(storage::query_int(db, "SELECT count(*) FROM t") == 0);
  {
    storage::transaction tx(db);
    db.exec("INSERT INTO t VALUES (1)");
    tx.commit();
  }
  CHECK(storage::query_int(db, "SELECT count(*) FROM t") == 1);
  CHECK_THROWS_AS(db.exec("INSERT INTO missing VALUES (1)"), storage::sqlite_error);
}

TEST_CASE("A database of the first schema, with answers, is migrated in place and its ended weeks published "
          "from the same rollups",
          "[server][storage]") {
  testing::scratch_folder folder;
  auto path = folder.file("old.sqlite");
  {
    // The schema as the first release left it: migrations 001 to 005.
    storage::database db(path);
    storage::schema_version(db);
    for (const auto& m : schema::embedded_migrations()) {
      if (m.version > 5) break;
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations(version, name, applied_on) VALUES (?, ?, '2026-01-01')")
          .bind(1, m.version)
          .bind(2, m.name)
          .run();
    }
    db.exec("INSERT INTO locations(id, code, name, region, timezone, headcount, remediation_limit_minor, currency)"
            " VALUES (1, 'A', 'A', 'North', 'Europe/Paris', 20, 2500, 'EUR')");
    db.exec("INSERT INTO questions(id, key, dimension, type, core) VALUES (1, 'values_know', 1, 1, 1)");
    for (int week : {202644, 202645, 202646, 202647}) {
      db.prepare("INSERT INTO rollup_sessions(location_id, iso_week, sessions) VALUES (1, ?, 9)").bind(1, week).run();
      db.prepare("INSERT INTO rollup_answers(location_id, question_id, iso_week, n, sum, sum_sq, h4) VALUES (1, 1, ?, 9, 36, 144, 9)")
          .bind(1, week)
          .run();
    }
  }
  storage::database db(path);
  CHECK(storage::migrate(db) == schema::embedded_migrations().back().version);
  // Nothing of what was stored moved.
  CHECK(storage::query_int(db, "SELECT SUM(n) FROM rollup_answers") == 36);
  CHECK(storage::query_int(db, "SELECT SUM(sessions) FROM rollup_sessions") == 36);
  // The first publication run takes the history: every ended week of at least k is a block of
  // its own with the rollup's own sums; the week still running is not.
  storage::transaction tx(db);
  // Tuesday 24 November at noon: week 47 ended in Paris 36 hours ago, within the 48-hour grace.
  auto tuesday_noon = static_cast<std::int64_t>(*calendar::parse_date("2026-11-24")) * 86400 + 12 * 3600;
  publication::publish(db, tuesday_noon, {5, 48 * 3600});
  tx.commit();
  CHECK(storage::query_int(db, "SELECT closed_through FROM publication_state") == 202646);
  CHECK(storage::query_int(db, "SELECT COUNT(*) FROM blocks WHERE published_on IS NOT NULL AND first_week = last_week"
                               " AND n = 9") == 6);
  CHECK(storage::query_int(db, "SELECT COUNT(*) FROM blocks WHERE last_week = 202647") == 0);
}

TEST_CASE("A database newer than the program is refused and left as it was", "[server][storage]") {
  testing::scratch_folder folder;
  auto path = folder.file("new.sqlite");
  {
    storage::database db(path);
    storage::migrate(db);
    db.exec("INSERT INTO schema_migrations(version, name, applied_on) VALUES (999, '999_future.sql', '2030-01-01')");
  }
  storage::database db(path);
  try {
    storage::migrate(db);
    FAIL("a newer database was accepted");
  } catch (const storage::sqlite_error& e) {
    CHECK(std::string(e.what()).find("newer than this program") != std::string::npos);
  }
  CHECK(storage::schema_version(db) == 999);
}

TEST_CASE("The server refuses a corrupted or newer database at start with a clear message and changes nothing",
          "[server][storage]") {
  testing::scratch_folder folder;
  auto path = folder.file("bad.sqlite");
  std::string expected;
  SECTION("not a database") {
    std::ofstream(path) << std::string(8192, 'x');
    expected = "not a database";
  }
  SECTION("newer than the program") {
    {
      storage::database db(path);
      storage::migrate(db);
      db.exec("INSERT INTO schema_migrations(version, name, applied_on) VALUES (999, '999_future.sql', '2030-01-01')");
      db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    expected = "newer than this program";
  }
  auto before = std::filesystem::file_size(path);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string output;
  int rc = testing::run_program({STOREPULSE_SERVER_BIN, "--db", path, "--port", "0"}, output);
  CHECK(rc != 0);
  CHECK(output.find(expected) != std::string::npos);
  CHECK(std::filesystem::file_size(path) == before);
  std::ifstream again(path, std::ios::binary);
  CHECK(std::string((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>()) == bytes);
}
