// Fault matrix row 1, the kiosk power cut: the simulator, on the kiosk's own core, is SIGKILLed
// at random points while it writes its queue and while it uploads, round after round. Every
// answer it showed a thank-you for (`queued ID`, printed once push returned) arrives exactly once.
#include "tests/support/batch_builder.h"
#include "tests/support/kiosk_server_fixture.h"

#include <catch2/catch.hpp>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#ifdef STOREPULSE_SIMULATOR_BIN

namespace {

using namespace std::chrono_literals;
using steady = std::chrono::steady_clock;

// When to cut the power: once the simulator has printed after_thanks thank-you lines, plus a
// delay. Points chosen by progress rather than by the clock hit the same stages on a fast machine
// and a slow one.
struct kill_point {
  std::size_t after_thanks = std::numeric_limits<std::size_t>::max();  // never, by default
  std::chrono::milliseconds delay{0};
};

// The thank-you lines in text: the id of each complete "queued ID" line.
std::vector<std::string> thanked_ids(const std::string& text) {
  std::vector<std::string> ids;
  for (std::size_t at = text.find("queued "); at != std::string::npos; at = text.find("queued ", at + 1)) {
    if (at > 0 && text[at - 1] != '\n') continue;
    const auto end = text.find('\n', at);
    if (end == std::string::npos) break;  // cut mid-line: its answer was not shown a thank-you yet
    const auto id = text.substr(at + 7, end - at - 7);
    if (id.size() == 32) ids.push_back(id);
  }
  return ids;
}

// Runs the simulator with args, SIGKILLs it at the kill point (or after 60 s, unless it ended
// first), and adds each id it printed as queued; returns true when it was killed.
bool run_until_killed(const std::vector<std::string>& args, kill_point point, std::set<std::string>& queued) {
  int out[2];
  REQUIRE(::pipe(out) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::dup2(out[1], 1);
    ::close(out[0]);
    std::vector<char*> argv{const_cast<char*>(STOREPULSE_SIMULATOR_BIN)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(STOREPULSE_SIMULATOR_BIN, argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  std::string text;
  auto deadline = steady::now() + 60s;
  bool reached = false;
  bool ended = false;
  char buffer[4096];
  while (!ended && steady::now() < deadline) {
    if (!reached && thanked_ids(text).size() >= point.after_thanks) {
      reached = true;
      deadline = std::min(deadline, steady::now() + point.delay);
    }
    pollfd readable{out[0], POLLIN, 0};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - steady::now()).count();
    if (::poll(&readable, 1, static_cast<int>(std::max<long long>(left, 0))) <= 0) continue;
    const auto n = ::read(out[0], buffer, sizeof buffer);
    if (n <= 0) ended = true;
    if (n > 0) text.append(buffer, static_cast<std::size_t>(n));
  }
  const bool killed = !ended && ::kill(child, SIGKILL) == 0;
  // What it printed before it died was shown: read it all.
  for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
  ::close(out[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  for (const auto& id : thanked_ids(text)) queued.insert(id);
  return killed && WIFSIGNALED(status);
}

}  // namespace

TEST_CASE("A kiosk killed again and again while it saves and uploads delivers every thanked answer exactly once",
          "[kiosk][sync][simulator][faults]") {
  storepulse::testing::kiosk_server_fixture server;
  server.start();
  const std::string data = server.folder().file("kiosk");
  std::set<std::string> ignored;
  REQUIRE_FALSE(run_until_killed({"enroll", "--server", server.url(), "--code", server.issue_codes(1).at(0), "--data", data},
                                 {}, ignored));

  const auto seed = std::random_device{}();
  INFO("seed " << seed);
  std::mt19937 random(seed);
  std::set<std::string> thanked;
  int killed = 0;
  // Rounds until enough kills and answers, within a bound. Each round cuts the power once the
  // kiosk has thanked someone for a chosen answer, then either at once or a little later (while
  // it saves the next ones), or, after the last thank-you, while it uploads (a round whose upload
  // ends first still counts its answers).
  const auto budget = steady::now() + 60s;
  for (int round = 0; round < 60 && (killed < 12 || thanked.size() < 50) && steady::now() < budget; ++round) {
    const int sessions = std::uniform_int_distribution<int>(5, 40)(random);
    const int events = std::uniform_int_distribution<int>(0, 3)(random);
    const auto total = static_cast<std::size_t>(sessions + events);
    kill_point point;
    const bool while_uploading = std::bernoulli_distribution(1.0 / 3)(random);
    point.after_thanks = while_uploading ? total : std::uniform_int_distribution<std::size_t>(1, total)(random);
    // Up to 300 ms reaches from the first request to the end of the uploads on this machine.
    const int longest = while_uploading ? 300 : 3;
    point.delay = std::chrono::milliseconds(std::uniform_int_distribution<int>(0, longest)(random));
    killed += run_until_killed({"submit", "--data", data, "--count", std::to_string(sessions), "--remediations",
                                std::to_string(events), "--timeout", "20"},
                               point, thanked) ? 1 : 0;
  }
  CHECK(killed >= 10);
  REQUIRE(thanked.size() >= 50);

  std::set<std::string> none;
  REQUIRE_FALSE(run_until_killed({"sync", "--data", data, "--timeout", "50"}, {}, none));
  for (const auto& id : thanked) {
    INFO("answer " << id);
    const auto bytes = storepulse::testing::client_id_from_hex(id);
    CHECK(server.submissions_with_id(bytes) + server.remediations_with_id(bytes) == 1);
  }
  CHECK(server.query_number("SELECT count(*) FROM submissions") + server.query_number("SELECT count(*) FROM remediation_events") >=
        static_cast<std::int64_t>(thanked.size()));
}

#endif
