#include "server/ingest/wal_syncer.h"
#include "server/ingest/writer.h"
#include "server/storage/database.h"
#include "tests/support/ingest_fixture.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <future>
#include <memory>
#include <vector>

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

TEST_CASE("A WAL file that cannot be opened stops the writer from starting", "[server][writer]") {
  testing::scratch_folder folder;
  try {
    ingest::wal_syncer syncer(folder.file("missing.db-wal"));
    FAIL("the syncer started without its WAL file");
  } catch (const std::exception& e) {
    CHECK(std::string(e.what()).find("missing.db-wal") != std::string::npos);
  }
}

TEST_CASE("A failed sync is reported as fatal and no group waiting on it is acknowledged", "[server][writer]") {
  // fdatasync refuses a character device, which stands for a disk that fails.
  std::vector<std::string> failures;
  {
    ingest::wal_syncer syncer("/dev/null", [&failures](const std::string& message) { failures.push_back(message); });
    auto error = release_once(syncer);
    REQUIRE(error != nullptr);
  }
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].find("fdatasync /dev/null") != std::string::npos);
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
