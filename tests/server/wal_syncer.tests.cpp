#include "server/ingest/wal_syncer.h"
#include "server/ingest/writer.h"
#include "server/storage/database.h"
#include "tests/support/ingest_fixture.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <future>
#include <memory>

using namespace storepulse;

namespace {

// Queues one release and returns what it was called with.
std::exception_ptr release_once(ingest::wal_syncer& syncer) {
  auto released = std::make_shared<std::promise<std::exception_ptr>>();
  auto result = released->get_future();
  syncer.after_commit([released](std::exception_ptr error) { released->set_value(error); });
  return result.get();
}

}  // namespace

TEST_CASE("The syncer releases a committed group after syncing its WAL file", "[server][writer]") {
  testing::scratch_folder folder;
  std::ofstream(folder.file("data.db-wal")) << "frames";
  ingest::wal_syncer syncer(folder.file("data.db-wal"));
  CHECK(release_once(syncer) == nullptr);
  CHECK(release_once(syncer) == nullptr);
  CHECK(syncer.syncs() == 2);
}

TEST_CASE("A WAL file that cannot be synced fails every group waiting on it", "[server][writer]") {
  testing::scratch_folder folder;
  ingest::wal_syncer syncer(folder.file("missing.db-wal"));
  auto error = release_once(syncer);
  REQUIRE(error != nullptr);
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    CHECK(std::string(e.what()).find("missing.db-wal") != std::string::npos);
  }
}

TEST_CASE("A job's answer comes after its commit, which other connections then see", "[server][writer]") {
  testing::ingest_fixture fx;
  ingest::writer w(fx.path());
  auto seen = std::make_shared<std::promise<std::optional<std::int64_t>>>();
  auto result = seen->get_future();
  auto path = fx.path();
  REQUIRE(w.post([](storage::database& db, ingest::rollup_accumulator&) {
                   db.exec("INSERT INTO settings(key, value) VALUES ('answered', '7')");
                 },
                 [seen, path](std::exception_ptr error) {
                   if (error) return seen->set_value(std::nullopt);
                   storage::database other(path);
                   seen->set_value(storage::query_int(other, "SELECT value FROM settings WHERE key = 'answered'"));
                 }));
  auto value = result.get();
  REQUIRE(value.has_value());
  CHECK(*value == 7);
}
