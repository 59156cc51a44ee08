#pragma once

#include "tests/support/child_process.h"
#include "tests/support/scratch_folder.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace storepulse::testing {

// The real server binary and admin tool on a fresh SQLite file with one store (K01) and a small
// question bank, for kiosk sync tests. The server can be stopped, SIGKILLed and restarted on the
// same database and port, so that a kiosk keeps its address.
class kiosk_server_fixture {
 public:
  // The scrape token /metrics asks for on this server.
  static constexpr const char* metrics_token = "test-metrics-token";

  kiosk_server_fixture();
  ~kiosk_server_fixture();
  kiosk_server_fixture(const kiosk_server_fixture&) = delete;
  kiosk_server_fixture& operator=(const kiosk_server_fixture&) = delete;

  // Starts the server (extra flags appended) and waits until /readyz answers 200, over TLS when the
  // flags give --tls-certificate.
  void start(const std::vector<std::string>& extra_flags = {});
  // Stops the server with SIGTERM, waits for it and returns its exit code (-1 when not running).
  int stop();
  // Kills the server with SIGKILL and waits for it.
  void kill();
  // Sends the server a signal without waiting for it.
  void signal(int signal_number) const;
  // Waits for the server to end and returns its exit code (-1 when not running).
  int wait();
  // Returns the server's process id (-1 when not running).
  int pid() const;
  // Returns true while the server process runs.
  bool running() const { return server_ != nullptr; }
  // Returns what the server has logged so far.
  std::string log() const;
  // Returns "http://127.0.0.1:PORT", or https:// while it speaks TLS; the port stays the same
  // across restarts.
  std::string url() const;
  // Returns a port on which nothing listens (for "server down" tests before the first start).
  int port() const { return port_; }
  // Returns a loopback port free at the time of the call.
  static int free_port();

  // Runs the admin tool on the database; returns its output, throws when it fails.
  std::string admin(std::vector<std::string> args) const;
  // Returns one-time enrollment codes for a store (K01 unless told).
  std::vector<std::string> issue_codes(int count, const std::string& store = "K01") const;
  // Adds store K02 ("Second Test Store", Europe/Paris) beside K01.
  void add_second_store() const;
  // Returns the question bank the fixture loads (textproto), e.g. to load it again with more.
  static std::string question_bank();
  // Returns how many stored submissions were given at a store, by its code.
  std::int64_t submissions_at(const std::string& store) const;

  // Returns how many stored submissions carry this client id (read-only connection).
  std::int64_t submissions_with_id(const std::string& client_id) const;
  // Returns how many stored remediation events carry this client id.
  std::int64_t remediations_with_id(const std::string& client_id) const;
  // Returns a whole number from a read-only query on the server's database.
  std::int64_t query_number(const std::string& sql, const std::string& blob = {}) const;

  // Returns a scratch folder for the test's own files (kiosk data folders).
  const scratch_folder& folder() const { return folder_; }
  const std::string& db_path() const { return db_path_; }

 private:
  scratch_folder folder_;
  std::string db_path_;
  int port_ = 0;
  bool tls_ = false;
  std::unique_ptr<child_process> server_;
};

}  // namespace storepulse::testing
