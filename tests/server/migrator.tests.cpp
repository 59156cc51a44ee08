#include "server/storage/migrator.h"
#include "storepulse/schema/migrations.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

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
