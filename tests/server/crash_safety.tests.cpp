#include "tests/support/child_process.h"
#include "tests/support/kiosk_server_fixture.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <fstream>
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

std::string from_hex(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return bytes;
}

}  // namespace

TEST_CASE("A server killed with SIGKILL under load loses no acknowledged answer and counts none twice",
          "[server][crash]") {
  testing::kiosk_server_fixture server;
  server.start();
  auto kiosk_dir = server.folder().file("kiosk");
  std::string output;
  REQUIRE(testing::run_program({STOREPULSE_SIMULATOR_BIN, "enroll", "--server", server.url(), "--code",
                                server.issue_codes(1).at(0), "--data", kiosk_dir},
                               output) == 0);

  auto acked_path = server.folder().file("acked.txt");
  testing::child_process load({STOREPULSE_SIMULATOR_BIN, "load", "--data", kiosk_dir, "--duration", "8", "--batch", "20",
                               "--acked", acked_path},
                              server.folder().file("load.log"));
  std::this_thread::sleep_for(2500ms);
  server.kill();
  std::this_thread::sleep_for(500ms);
  server.start();
  std::this_thread::sleep_for(1500ms);
  server.kill();
  server.start();
  REQUIRE(load.wait() == 0);

  std::ifstream acked(acked_path);
  std::set<std::string> ids;
  for (std::string line; std::getline(acked, line);)
    if (!line.empty()) ids.insert(line);
  REQUIRE(ids.size() > 100);  // the load really ran across the crashes
  std::size_t missing = 0, doubled = 0;
  for (const auto& id : ids) {
    auto n = server.submissions_with_id(from_hex(id));
    missing += n == 0;
    doubled += n > 1;
  }
  CHECK(missing == 0);
  CHECK(doubled == 0);
  // Rollups agree with the rows they summarise.
  CHECK(server.query_number("SELECT COALESCE(SUM(sessions + quarantined), 0) FROM rollup_sessions") ==
        server.query_number("SELECT count(*) FROM submissions"));
  server.stop();
  CHECK(pragma_verdict(server.db_path(), "PRAGMA integrity_check") == "ok");
  // The writer derives every reference itself and runs without SQLite's foreign key checks:
  // no row may point at a missing parent (the check names the first table that has one).
  CHECK(pragma_verdict(server.db_path(), "PRAGMA foreign_key_check") == "");
  CHECK(server.query_number("SELECT count(*) FROM answers WHERE submission_id NOT IN (SELECT id FROM submissions)") == 0);
}

TEST_CASE("An online backup taken under load restores into a server that holds every answer acknowledged before it",
          "[server][crash]") {
  testing::kiosk_server_fixture server;
  server.start();
  auto kiosk_dir = server.folder().file("kiosk");
  std::string output;
  REQUIRE(testing::run_program({STOREPULSE_SIMULATOR_BIN, "enroll", "--server", server.url(), "--code",
                                server.issue_codes(1).at(0), "--data", kiosk_dir},
                               output) == 0);
  auto acked_path = server.folder().file("acked.txt");
  testing::child_process load({STOREPULSE_SIMULATOR_BIN, "load", "--data", kiosk_dir, "--duration", "5", "--batch", "20",
                               "--acked", acked_path},
                              server.folder().file("load.log"));
  std::this_thread::sleep_for(2000ms);
  // What was acknowledged before the backup began must be in it.
  std::set<std::string> before;
  {
    std::ifstream acked(acked_path);
    for (std::string line; std::getline(acked, line);)
      if (line.size() == 32) before.insert(line);
  }
  REQUIRE(before.size() > 50);
  auto backup = server.folder().file("backup.sqlite");
  REQUIRE(testing::run_program({STOREPULSE_ADMIN_BIN, "backup", "--db", server.db_path(), "--to", backup}, output) == 0);
  REQUIRE(load.wait() == 0);
  server.stop();

  // Restore: the backup becomes the database of a new server.
  std::filesystem::copy_file(backup, server.db_path(), std::filesystem::copy_options::overwrite_existing);
  for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(server.db_path() + suffix);
  server.start();
  std::size_t missing = 0;
  for (const auto& id : before) missing += server.submissions_with_id(from_hex(id)) == 1 ? 0 : 1;
  CHECK(missing == 0);
  CHECK(server.query_number("SELECT COALESCE(SUM(sessions + quarantined), 0) FROM rollup_sessions") ==
        server.query_number("SELECT count(*) FROM submissions"));
  CHECK(server.query_number("SELECT count(*) FROM answers WHERE submission_id NOT IN (SELECT id FROM submissions)") == 0);
  server.stop();
  CHECK(pragma_verdict(server.db_path(), "PRAGMA integrity_check") == "ok");
}
