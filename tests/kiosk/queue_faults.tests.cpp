// Fault matrix row 7 and the sync thread's survival: a queue file that is locked, full or
// corrupted never stops the kiosk. It says it cannot save, shows no thank-you for an answer it
// did not store, reports the problem to the server, and delivers once the file works again.
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/model/kiosk_model.h"
#include "kiosk/core/model/worker_services.h"
#include "kiosk/core/simulation/session_generator.h"
#include "tests/support/batch_builder.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

namespace {

namespace sk = storepulse::kiosk;
namespace v1 = storepulse::v1;
using namespace std::chrono_literals;
using storepulse::testing::eventually;
using storepulse::testing::kiosk_server_fixture;

constexpr const char* cannot_save = "Sorry, this could not be saved. Please tell your manager.";

class stepped_clock final : public sk::clock {
 public:
  time_point now() const override { return now_; }
  void advance(std::chrono::milliseconds by) { now_ += by; }

 private:
  time_point now_{std::chrono::hours(1)};
};

// The kiosk's own services, remembering the last id pushed so that a thank-you can be matched to it.
class recording_services final : public sk::kiosk_services {
 public:
  explicit recording_services(sk::worker_services& inner) : inner_(inner) {}
  void push(const v1::SurveySubmission& s) override {
    last_id = s.client_id();
    inner_.push(s);
  }
  void push(const v1::RemediationEvent& e) override {
    last_id = e.client_id();
    inner_.push(e);
  }
  std::string new_client_id() override { return inner_.new_client_id(); }
  std::string local_date_today() override { return inner_.local_date_today(); }
  void start_enroll(const std::string& code, bool discard) override { inner_.start_enroll(code, discard); }
  bool set_server(const std::string& address, std::string& error) override { return inner_.set_server(address, error); }
  bool save_operator_pin(const std::string& pin, std::string& error) override { return inner_.save_operator_pin(pin, error); }

  std::string last_id;

 private:
  sk::worker_services& inner_;
};

// A person answering one whole survey on the kiosk's model; returns true when the thank-you showed.
bool answer_one_survey(sk::kiosk_model& model, stepped_clock& time) {
  // Past any cooldown and hourly cap: each survey is a while after the last.
  time.advance(std::chrono::minutes(6));
  model.tick();
  if (!model.apply(sk::intent::of(sk::intent_kind::start_survey))) return false;
  while (model.current_screen() == sk::screen::question) {
    time.advance(1s);
    model.apply(sk::intent::with_value(sk::intent_kind::answer, model.answer_choices().front().value));
  }
  return model.current_screen() == sk::screen::thank_you;
}

sk::sync_options checking_often() {
  auto options = storepulse::testing::fast_sync();
  options.config_refresh = 200ms;
  return options;
}

// Makes an enrolled kiosk data folder with a cached configuration; returns its path.
std::string enrolled_data(kiosk_server_fixture& server) {
  const std::string data = server.folder().file("kiosk");
  storepulse::testing::sync_kiosk setup(data, server.url());
  setup.enroll(server);
  return data;
}

std::string sync_state(const kiosk_server_fixture& server) {
  return server.query_number("SELECT sync_state = 'queue_error' FROM kiosks") == 1 ? "queue_error"
         : server.query_number("SELECT sync_state IS NULL FROM kiosks") == 1       ? ""
                                                                                     : "other";
}

}  // namespace

TEST_CASE("A queue the sync thread cannot write stops nothing: it says so, tells the server, and delivers later",
          "[kiosk][sync][faults]") {
  kiosk_server_fixture server;
  server.start();
  const std::string data = enrolled_data(server);
  storepulse::testing::sync_kiosk kiosk(data, server.url(), checking_often());
  sk::session_generator generator(*kiosk.cache.config(), 21);
  std::vector<std::string> ids;
  for (int i = 0; i < 5; ++i) {
    auto session = generator.survey({}, sk::local_date_today(), 0);
    ids.push_back(session.client_id());
    kiosk.queue.push(session);
  }
  // Another process holds the file's write lock (SQLITE_BUSY after the queue's 5 s timeout).
  sqlite3* locker = nullptr;
  REQUIRE(sqlite3_open(kiosk.queue.path().c_str(), &locker) == SQLITE_OK);
  REQUIRE(sqlite3_exec(locker, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

  kiosk.worker.start();
  // The thread lives on and says why; the message may be another's for a moment between rounds.
  REQUIRE(eventually([&] {
    const auto status = kiosk.worker.status();
    return status.queue_error && status.message.find("locked") != std::string::npos;
  }, 20s));
  // The server uploads were acknowledged, but the kiosk could not delete them: they stay.
  CHECK(kiosk.queue.size() == 5);
  // The kiosk list shows the problem, from the next configuration check.
  REQUIRE(eventually([&] { return sync_state(server) == "queue_error"; }, 20s));

  sqlite3_exec(locker, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(locker);
  REQUIRE(eventually([&] { return kiosk.queue.size() == 0 && !kiosk.worker.status().queue_error; }, 30s));
  REQUIRE(eventually([&] { return sync_state(server).empty(); }, 20s));
  kiosk.worker.stop();
  for (const auto& id : ids) CHECK(server.submissions_with_id(id) == 1);
}

TEST_CASE("On a full disk the kiosk says it cannot save, thanks nobody for an unsaved answer, and syncs on",
          "[kiosk][sync][faults]") {
  kiosk_server_fixture server;
  server.start();
  const std::string data = enrolled_data(server);
  int report[2];
  REQUIRE(::pipe(report) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(report[0]);
    // Files this process writes stop growing past 64 KiB: the queue's WAL fills up while the
    // kiosk takes surveys and uploads them (SIGXFSZ ignored: write() fails with EFBIG instead).
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{64 * 1024, 64 * 1024};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    auto say = [&](const std::string& line) { (void)!::write(report[1], (line + "\n").data(), line.size() + 1); };
    int rc = 0;
    {
      storepulse::testing::sync_kiosk kiosk(data, server.url(), checking_often());
      sk::worker_services services(kiosk.queue, kiosk.worker);
      recording_services recorder(services);
      stepped_clock time;
      sk::kiosk_model model(recorder, time, {});
      model.set_config(kiosk.worker.config());
      kiosk.worker.start();
      int failures_in_a_row = 0;
      for (int i = 0; i < 400 && failures_in_a_row < 3; ++i) {
        if (answer_one_survey(model, time)) {
          say("thanked " + sk::to_hex(recorder.last_id));
          failures_in_a_row = 0;
          continue;
        }
        say("not saved " + sk::to_hex(recorder.last_id));
        ++failures_in_a_row;
        // Still the survey's start screen, saying why, and ready for the next person.
        if (model.current_screen() != sk::screen::attract || model.notice() != cannot_save) rc = 3;
      }
      if (failures_in_a_row < 3) rc = 4;
      // The upload thread hit the full disk too, and lives on to say so.
      if (!eventually([&] { return kiosk.worker.status().queue_error; }, 20s)) rc = 5;
      kiosk.worker.stop();
    }
    ::close(report[1]);
    ::_exit(rc);
  }
  ::close(report[1]);
  std::string lines;
  char buffer[4096];
  for (ssize_t n; (n = ::read(report[0], buffer, sizeof buffer)) > 0;) lines.append(buffer, static_cast<std::size_t>(n));
  ::close(report[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  INFO(lines);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);

  std::set<std::string> thanked, unsaved;
  std::istringstream report_lines(lines);
  for (std::string line; std::getline(report_lines, line);) {
    if (line.rfind("thanked ", 0) == 0) thanked.insert(line.substr(8));
    if (line.rfind("not saved ", 0) == 0) unsaved.insert(line.substr(10));
  }
  CHECK(thanked.size() >= 3);
  CHECK(unsaved.size() >= 3);

  // With room again, every answer that was thanked arrives once; none that was not.
  storepulse::testing::sync_kiosk kiosk(data, server.url());
  REQUIRE(eventually([&] { return kiosk.worker.sync_once() && kiosk.queue.size() == 0; }, 30s));
  for (const auto& id : thanked) CHECK(server.submissions_with_id(storepulse::testing::client_id_from_hex(id)) == 1);
  for (const auto& id : unsaved) CHECK(server.submissions_with_id(storepulse::testing::client_id_from_hex(id)) == 0);
  CHECK(server.query_number("SELECT count(*) FROM submissions") == static_cast<std::int64_t>(thanked.size()));
}

TEST_CASE("With a corrupted queue file the kiosk starts, keeps offering the survey, says it cannot save and tells the server",
          "[kiosk][sync][faults]") {
  kiosk_server_fixture server;
  server.start();
  const std::string data = enrolled_data(server);
  const std::string queue_file = data + "/queue.sqlite";
  {
    // A storage card that returns garbage: the header and first pages overwritten.
    std::filesystem::remove(queue_file + "-wal");
    std::filesystem::remove(queue_file + "-shm");
    std::string garbage(8192, '\x5a');
    FILE* file = std::fopen(queue_file.c_str(), "r+b");
    REQUIRE(file);
    std::fwrite(garbage.data(), 1, garbage.size(), file);
    std::fclose(file);
  }
  storepulse::testing::sync_kiosk kiosk(data, server.url(), checking_often());
  sk::worker_services services(kiosk.queue, kiosk.worker);
  stepped_clock time;
  sk::kiosk_model model(services, time, {});
  model.set_config(kiosk.worker.config());
  kiosk.worker.start();

  for (int i = 0; i < 2; ++i) {
    CHECK_FALSE(answer_one_survey(model, time));
    CHECK(model.current_screen() == sk::screen::attract);
    CHECK(model.notice() == cannot_save);
  }
  REQUIRE(eventually([&] { return kiosk.worker.status().queue_error; }));
  CHECK(kiosk.worker.status().message.find("not a database") != std::string::npos);
  REQUIRE(eventually([&] { return sync_state(server) == "queue_error"; }, 20s));
  kiosk.worker.stop();
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 0);
}
