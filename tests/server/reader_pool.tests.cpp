#include "server/storage/migrator.h"
#include "server/storage/reader_pool.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

#include <future>

using namespace storepulse;

TEST_CASE("Readers cannot write, and a stopped pool refuses work instead of leaving it unanswered",
          "[server][storage]") {
  testing::scratch_folder folder("storepulse-readers");
  auto path = folder.file("readers.sqlite");
  storage::database writer(path);
  storage::migrate(writer);
  storage::reader_pool readers(path, 2);

  std::promise<std::string> outcome;
  REQUIRE(readers.post([&](storage::database& db) {
    try {
      db.exec("INSERT INTO settings(key, value) VALUES ('reader', 'wrote')");
      outcome.set_value("wrote");
    } catch (const storage::sqlite_error& e) {
      outcome.set_value(e.code() == SQLITE_READONLY ? "read-only" : e.what());
    }
  }));
  CHECK(outcome.get_future().get() == "read-only");

  readers.stop();
  bool ran = false;
  CHECK_FALSE(readers.post([&](storage::database&) { ran = true; }));
  CHECK_FALSE(ran);
}

TEST_CASE("A read snapshot sees one state of the database however many queries it makes, and nests",
          "[server][storage]") {
  testing::scratch_folder folder("storepulse-snapshot");
  auto path = folder.file("snapshot.sqlite");
  storage::database writer(path);
  storage::migrate(writer);
  storage::database reader(path);
  auto count = [&] { return storage::query_int(reader, "SELECT COUNT(*) FROM settings WHERE key LIKE 'n%'"); };
  {
    storage::read_snapshot outer(reader);
    auto before = count();
    writer.exec("INSERT INTO settings(key, value) VALUES ('n1', '1')");
    CHECK(count() == before);
    {
      storage::read_snapshot inner(reader);  // a part of the report: the same snapshot
      CHECK(count() == before);
    }
    writer.exec("INSERT INTO settings(key, value) VALUES ('n2', '2')");
    CHECK(count() == before);
  }
  CHECK(count() == 2);
}
