#include "server/ingest/wal_syncer.h"
#include "server/ingest/writer.h"
#include "server/storage/database.h"
#include "tests/support/ingest_fixture.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <memory>
#include <thread>
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

TEST_CASE("Checkpoints run off the writer once the WAL grows, and the WAL is empty after stop", "[server][writer]") {
  testing::ingest_fixture fx;
  {
    ingest::writer w(fx.path());
    // About 24 MiB of pages, past the 16 MiB that asks the checkpointer to run.
    std::vector<std::future<std::exception_ptr>> done;
    for (int i = 0; i < 48; ++i) {
      auto p = std::make_shared<std::promise<std::exception_ptr>>();
      done.push_back(p->get_future());
      REQUIRE(w.post([i](storage::database& db, ingest::rollup_accumulator&) {
                       db.prepare("INSERT INTO settings(key, value) VALUES (?, ?)")
                           .bind(1, "filler" + std::to_string(i))
                           .bind(2, std::string(512 * 1024, static_cast<char>('a' + i % 26)))
                           .run();
                     },
                     [p](std::exception_ptr e) { p->set_value(e); }));
      // One job per commit, so that the WAL hook sees the WAL grow commit by commit.
      REQUIRE(done.back().get() == nullptr);
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (w.stats().checkpoints == 0 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(w.stats().checkpoints >= 1);
  }
  // Emptied by the final checkpoint, or removed with the last connection.
  auto wal = fx.path() + "-wal";
  CHECK((!std::filesystem::exists(wal) || std::filesystem::file_size(wal) == 0));
  CHECK(fx.count("SELECT count(*) FROM settings WHERE key LIKE 'filler%'") == 48);
}
