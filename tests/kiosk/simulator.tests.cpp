#include "tests/support/batch_builder.h"
#include "tests/support/kiosk_server_fixture.h"

#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#ifdef STOREPULSE_SIMULATOR_BIN

namespace {

// Runs the simulator to the end; returns its exit code and output.
int simulate(const std::vector<std::string>& args, std::string& output) {
  std::string command = STOREPULSE_SIMULATOR_BIN;
  for (const auto& a : args) command += " '" + a + "'";
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  REQUIRE(pipe);
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("An answer queued by a kiosk killed right after queueing is delivered after restart",
          "[kiosk][sync][simulator]") {
  storepulse::testing::kiosk_server_fixture server;
  server.start();
  std::string data = server.folder().file("kiosk");
  std::string output;
  REQUIRE(simulate({"enroll", "--server", server.url(), "--code", server.issue_codes(1).at(0), "--data", data},
                   output) == 0);
  server.stop();

  // With the server down, the simulator queues one session, says so, and keeps retrying.
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::dup2(pipe_fds[1], 1);
    ::close(pipe_fds[0]);
    ::execl(STOREPULSE_SIMULATOR_BIN, STOREPULSE_SIMULATOR_BIN, "submit", "--data", data.c_str(), "--count", "1",
            "--timeout", "60", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  std::string line;
  char c;
  while (::read(pipe_fds[0], &c, 1) == 1 && c != '\n') line.push_back(c);
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(pipe_fds[0]);
  REQUIRE(line.rfind("queued ", 0) == 0);
  REQUIRE(WIFSIGNALED(status));
  auto client_id = storepulse::testing::client_id_from_hex(line.substr(7));
  REQUIRE(client_id.size() == 16);

  server.start();
  CHECK(server.submissions_with_id(client_id) == 0);
  output.clear();
  REQUIRE(simulate({"sync", "--data", data, "--timeout", "30"}, output) == 0);
  CHECK(server.submissions_with_id(client_id) == 1);
  output.clear();
  REQUIRE(simulate({"sync", "--data", data, "--timeout", "30"}, output) == 0);
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 1);
}

TEST_CASE("The demo enrolls kiosks and uploads weeks of dated sessions, none in the future",
          "[kiosk][simulator]") {
  storepulse::testing::kiosk_server_fixture server;
  server.start();
  auto codes = server.issue_codes(2);
  std::string output;
  int rc = simulate({"demo", "--server", server.url(), "--codes", codes[0] + "," + codes[1], "--data",
                     server.folder().file("demo"), "--weeks", "3", "--sessions-per-week", "6"},
                    output);
  INFO(output);
  REQUIRE(rc == 0);
  CHECK(server.query_number("SELECT count(*) FROM submissions") >= 6);
  CHECK(server.query_number("SELECT count(*) FROM submissions WHERE local_date > date('now', 'localtime')") == 0);
  CHECK(server.query_number("SELECT count(*) FROM submissions WHERE local_date < date('now', 'localtime', '-21 days')") ==
        0);
  CHECK(server.query_number("SELECT count(DISTINCT kiosk_id) FROM submissions") == 2);
}

#endif
