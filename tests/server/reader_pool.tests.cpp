#include "server/storage/migrator.h"
#include "server/storage/reader_pool.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <thread>

using namespace storepulse;

namespace {

// A migrated database file in a scratch folder, with a connection that may write to it.
struct migrated_file {
  testing::scratch_folder folder{"storepulse-readers"};
  std::string path = folder.file("readers.sqlite");
  storage::database writer{path};
  migrated_file() { storage::migrate(writer); }
};

}  // namespace

TEST_CASE("Readers cannot write, and a stopped pool refuses work instead of leaving it unanswered",
          "[server][storage]") {
  migrated_file file;
  storage::reader_pool readers(file.path, 2);

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
  migrated_file file;
  auto& writer = file.writer;
  storage::database reader(file.path);
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

TEST_CASE("A full reader queue refuses more work as busy, not stopping, and takes work again once it drains",
          "[server][storage]") {
  migrated_file file;
  storage::reader_pool readers(file.path, 1, 2);

  std::promise<void> release, started;
  auto gate = release.get_future().share();
  REQUIRE(readers.post([&, gate](storage::database&) {
    started.set_value();
    gate.wait();
  }));
  started.get_future().wait();  // the one thread is busy; the queue holds two more
  std::atomic<int> ran{0};
  CHECK(readers.post([&](storage::database&) { ++ran; }));
  CHECK(readers.post([&](storage::database&) { ++ran; }));
  CHECK_FALSE(readers.post([&](storage::database&) { ran += 100; }));
  CHECK_FALSE(readers.stopping());
  release.set_value();
  std::promise<void> drained;
  // Once the queue has room again, work is taken and runs after what waited.
  while (!readers.post([&](storage::database&) { drained.set_value(); })) std::this_thread::yield();
  drained.get_future().wait();
  CHECK(ran == 2);
  readers.stop();
  CHECK(readers.stopping());
}
