#include "tests/support/batch_builder.h"
#include "tests/support/child_process.h"
#include "tests/support/enrolled_server.h"
#include "tests/support/eventually.h"
#include "tests/support/kiosk_server_fixture.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <thread>

using namespace storepulse;
using namespace std::chrono_literals;

namespace {

// Returns the first column of the first row a pragma returns on the file ("" for no row).
std::string pragma_verdict(const std::string& path, const char* pragma) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, pragma, -1, &stmt, nullptr);
  std::string verdict = sqlite3_step(stmt) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)) : "";
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return verdict;
}

// Returns the ids (hex) a simulator's --acked file lists.
std::set<std::string> read_acked(const std::string& path) {
  std::ifstream acked(path);
  std::set<std::string> ids;
  for (std::string line; std::getline(acked, line);)
    if (line.size() == 32) ids.insert(line);
  return ids;
}

// Enrolls a simulated kiosk at the server and starts it uploading batches of 20 for some seconds,
// each acknowledged id written to the server folder's acked.txt.
std::unique_ptr<testing::child_process> start_load(testing::kiosk_server_fixture& server, int seconds) {
  const auto kiosk_dir = server.folder().file("kiosk");
  std::string output;
  REQUIRE(testing::run_program({STOREPULSE_SIMULATOR_BIN, "enroll", "--server", server.url(), "--code",
                                server.issue_codes(1).at(0), "--data", kiosk_dir},
                               output) == 0);
  return std::make_unique<testing::child_process>(
      std::vector<std::string>{STOREPULSE_SIMULATOR_BIN, "load", "--data", kiosk_dir, "--duration", std::to_string(seconds),
                               "--batch", "20", "--acked", server.folder().file("acked.txt")},
      server.folder().file("load.log"));
}

// How many of some ids the database lacks, and how many it holds more than once.
struct id_tally {
  std::size_t missing = 0, doubled = 0;
};

// Counts the ids (hex) among the stored submissions, on one read-only connection.
id_tally tally_submissions(const std::string& path, const std::set<std::string>& ids) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* count = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM submissions WHERE client_id = ?", -1, &count, nullptr) == SQLITE_OK);
  id_tally tally;
  for (const auto& id : ids) {
    const std::string bytes = storepulse::testing::client_id_from_hex(id);
    sqlite3_bind_blob(count, 1, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    const auto n = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : 0;
    tally.missing += n == 0;
    tally.doubled += n > 1;
    sqlite3_reset(count);
  }
  sqlite3_finalize(count);
  sqlite3_close(db);
  return tally;
}

// Checks, after crashes, that every id the load logged as acknowledged is stored exactly once,
// that the rollups agree with the rows, and, once the server stopped, that the file is intact.
void check_acknowledged_kept(testing::kiosk_server_fixture& server) {
  const auto ids = read_acked(server.folder().file("acked.txt"));
  REQUIRE(ids.size() > 100);  // the load really ran across the crashes
  const auto tally = tally_submissions(server.db_path(), ids);
  CHECK(tally.missing == 0);
  CHECK(tally.doubled == 0);
  CHECK(server.query_number("SELECT COALESCE(SUM(sessions + quarantined), 0) FROM rollup_sessions") ==
        server.query_number("SELECT count(*) FROM submissions"));
  server.stop();
  CHECK(pragma_verdict(server.db_path(), "PRAGMA integrity_check") == "ok");
  // The writer derives every reference itself and runs without SQLite's foreign key checks:
  // no row may point at a missing parent (the check names the first table that has one).
  CHECK(pragma_verdict(server.db_path(), "PRAGMA foreign_key_check") == "");
  CHECK(server.query_number("SELECT count(*) FROM answers WHERE submission_id NOT IN (SELECT id FROM submissions)") == 0);
}

}  // namespace

TEST_CASE("A server killed with SIGKILL under load loses no acknowledged answer and counts none twice",
          "[server][crash]") {
  testing::kiosk_server_fixture server;
  server.start();
  auto load = start_load(server, 8);
  std::this_thread::sleep_for(2500ms);
  server.kill();
  std::this_thread::sleep_for(500ms);
  server.start();
  std::this_thread::sleep_for(1500ms);
  server.kill();
  server.start();
  REQUIRE(load->wait() == 0);
  check_acknowledged_kept(server);
}

TEST_CASE("An online backup taken under load restores into a server that holds every answer acknowledged before it",
          "[server][crash]") {
  testing::kiosk_server_fixture server;
  server.start();
  auto load = start_load(server, 5);
  std::this_thread::sleep_for(2000ms);
  // What was acknowledged before the backup began must be in it.
  const auto before = read_acked(server.folder().file("acked.txt"));
  REQUIRE(before.size() > 50);
  auto backup = server.folder().file("backup.sqlite");
  std::string output;
  REQUIRE(testing::run_program({STOREPULSE_ADMIN_BIN, "backup", "--db", server.db_path(), "--to", backup}, output) == 0);
  REQUIRE(load->wait() == 0);
  server.stop();

  // Restore: the backup becomes the database of a new server.
  std::filesystem::copy_file(backup, server.db_path(), std::filesystem::copy_options::overwrite_existing);
  for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(server.db_path() + suffix);
  server.start();
  const auto tally = tally_submissions(server.db_path(), before);
  CHECK(tally.missing == 0);
  CHECK(tally.doubled == 0);
  CHECK(server.query_number("SELECT COALESCE(SUM(sessions + quarantined), 0) FROM rollup_sessions") ==
        server.query_number("SELECT count(*) FROM submissions"));
  CHECK(server.query_number("SELECT count(*) FROM answers WHERE submission_id NOT IN (SELECT id FROM submissions)") == 0);
  server.stop();
  CHECK(pragma_verdict(server.db_path(), "PRAGMA integrity_check") == "ok");
}

TEST_CASE("A server killed again and again while it checkpoints and starts its WAL over loses no acknowledged answer",
          "[server][crash]") {
  testing::kiosk_server_fixture server;
  // Checkpoints past 16 pages, the WAL started over past 256 (1 MiB): under load the checkpointer
  // runs nearly all the time and the writer copies the WAL's tail every second or so, so a kill
  // lands in one or the other.
  const std::vector<std::string> small_wal{"--wal-checkpoint-pages", "16"};
  server.start(small_wal);
  auto load = start_load(server, 12);

  const auto seed = std::random_device{}();
  INFO("seed " << seed);
  std::mt19937 random(seed);
  int after_checkpoints = 0, after_start_over = 0;
  for (int kill = 0; kill < 5; ++kill) {
    // Until this server has checkpointed, and for every other kill started its WAL over too.
    const bool wait_for_start_over = kill % 2 == 1;
    const bool ready = testing::eventually(
        [&] {
          return testing::metric_value(server.port(), "storepulse_wal_checkpoints") >= 2 &&
                 (!wait_for_start_over || testing::metric_value(server.port(), "storepulse_wal_starts") >= 1);
        },
        std::chrono::seconds(6));
    after_checkpoints += ready ? 1 : 0;
    after_start_over += ready && wait_for_start_over ? 1 : 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 150)(random)));
    server.kill();
    server.start(small_wal);
  }
  REQUIRE(load->wait() == 0);
  CHECK(after_checkpoints == 5);
  CHECK(after_start_over == 2);
  check_acknowledged_kept(server);
}
