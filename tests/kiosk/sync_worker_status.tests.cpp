#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/model/sync_mark.h"
#include "kiosk/core/model/text_catalog.h"
#include "kiosk/core/simulation/session_generator.h"
#include "kiosk/core/sync/sync_worker.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>

#include <ctime>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

namespace {

namespace sk = storepulse::kiosk;
using namespace std::chrono_literals;
using storepulse::testing::eventually;
using storepulse::testing::fast_sync;
using storepulse::testing::kiosk_server_fixture;
using storepulse::testing::route_count;
using storepulse::testing::sync_kiosk;
using clock_type = std::chrono::steady_clock;

// Short health-check intervals, and no configuration check after the first, so that only health
// checks and uploads reach the server.
sk::sync_options checking_sync() {
  auto options = fast_sync();
  options.offline_probe = 300ms;
  options.online_probe = 1s;
  options.probe_timeout = 2s;
  options.config_refresh = 1h;
  return options;
}

std::string push(sync_kiosk& kiosk, sk::session_generator& generator) {
  auto session = generator.survey({}, sk::local_date_today(), 0);
  kiosk.queue.push(session);
  kiosk.worker.schedule_upload();
  return session.client_id();
}

std::int64_t now_unix() { return static_cast<std::int64_t>(std::time(nullptr)); }

sk::sync_mark mark_of(const sync_kiosk& kiosk) { return sk::make_sync_mark(kiosk.worker.status(), kiosk.worker.settings()); }

}  // namespace

TEST_CASE("An upload that cannot reach the server shows the kiosk offline at once, since the hour it failed",
          "[kiosk][sync][status]") {
  kiosk_server_fixture server;
  server.start();
  auto options = fast_sync();
  // No health check and no configuration check comes in the test: only the failed upload can tell.
  options.online_probe = 1h;
  options.offline_probe = 1h;
  options.config_refresh = 1h;
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url(), options);
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 21);
  kiosk.worker.start();
  REQUIRE(kiosk.worker.status().online);
  server.stop();
  std::this_thread::sleep_for(300ms);
  CHECK(kiosk.worker.status().online);  // nothing has tried the server yet

  const auto before = now_unix();
  push(kiosk, generator);
  REQUIRE(eventually([&] { return !kiosk.worker.status().online; }, 10s));
  const auto status = kiosk.worker.status();
  CHECK(status.message.find("unreachable") != std::string::npos);
  CHECK(status.queued == 1);
  REQUIRE(status.offline_since_unix.has_value());
  CHECK(*status.offline_since_unix % 3600 == 0);
  CHECK(*status.offline_since_unix <= now_unix());
  CHECK(*status.offline_since_unix > before - 3600);

  const auto mark = mark_of(kiosk);
  CHECK(sk::connection_of(mark) == sk::connection_state::offline);
  CHECK(sk::sync_mark_label(mark, "en") == "Offline  \u00b7  1 waiting to send");
  CHECK(sk::operator_status_line(mark, "en", now_unix()).find("Offline since ") != std::string::npos);
  kiosk.worker.stop();
}

TEST_CASE("A server that stops while the kiosk is idle shows offline, and online soon after it is back, while "
          "answers keep their random delay",
          "[kiosk][sync][status]") {
  kiosk_server_fixture server;
  server.start();
  auto options = checking_sync();
  constexpr auto upload_delay = 8s;
  options.upload_delay_override = upload_delay;
  options.pick_upload_delay = [](std::chrono::milliseconds longest) { return longest; };
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url(), options);
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 22);
  kiosk.worker.start();
  REQUIRE(kiosk.worker.status().online);

  // Idle and online: nothing is queued and no configuration check is due, so only a health check
  // can find the server gone.
  server.stop();
  const auto stopped = clock_type::now();
  REQUIRE(eventually([&] { return !kiosk.worker.status().online; }, 10s));
  CHECK(clock_type::now() - stopped < 10s);
  CHECK(kiosk.worker.status().offline_since_unix.has_value());

  const auto pushed = clock_type::now();
  const auto id = push(kiosk, generator);
  server.start();
  REQUIRE(eventually([&] { return kiosk.worker.status().online; }, 30s));
  const auto shown_online = clock_type::now();
  CHECK_FALSE(kiosk.worker.status().offline_since_unix.has_value());
  CHECK(sk::operator_status_line(mark_of(kiosk), "en", now_unix()) == "Enrolled  \u00b7  Online");
  // The server that came back was asked only for its health: no configuration check (which alone
  // moves the kiosk's last-seen) and no upload before the answer's random delay is over.
  CHECK(route_count(server.port(), "/healthz", 200) >= 1);
  CHECK(route_count(server.port(), "/api/v1/kiosk/config", 200) == 0);
  CHECK(route_count(server.port(), "/api/v1/kiosk/config", 304) == 0);
  if (shown_online - pushed < upload_delay - 1s) {
    CHECK(server.submissions_with_id(id) == 0);
    CHECK(kiosk.queue.size() == 1);
  } else {
    WARN("the server took too long to start again to tell whether the upload waited");
  }

  REQUIRE(eventually([&] { return kiosk.queue.size() == 0; }, 30s));
  CHECK(clock_type::now() - pushed >= upload_delay);
  kiosk.worker.stop();
  CHECK(server.submissions_with_id(id) == 1);
  CHECK(route_count(server.port(), "/api/v1/kiosk/submissions", 200) == 1);
}

TEST_CASE("A kiosk whose token was revoked shows that it needs enrollment in its status and mark, never online",
          "[kiosk][sync][status]") {
  kiosk_server_fixture server;
  server.start();
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url(), checking_sync());
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 23);
  kiosk.worker.start();
  REQUIRE(sk::operator_status_line(mark_of(kiosk), "en", now_unix()) == "Enrolled  \u00b7  Online");

  std::istringstream listing(server.admin({"list-kiosks"}));
  std::string header, id;
  std::getline(listing, header);
  listing >> id;
  server.admin({"revoke-kiosk", "--id", id});
  push(kiosk, generator);
  REQUIRE(eventually([&] { return kiosk.worker.status().needs_enrollment; }, 10s));

  // Health checks, which the server still answers, do not turn it back into "Online".
  const auto checks = route_count(server.port(), "/healthz", 200);
  std::this_thread::sleep_for(2500ms);
  CHECK(route_count(server.port(), "/healthz", 200) == checks);
  CHECK(kiosk.worker.status().needs_enrollment);
  const auto mark = mark_of(kiosk);
  CHECK(mark.enrolled);
  CHECK(sk::connection_of(mark) == sk::connection_state::revoked);
  for (const auto& language : sk::catalog_languages()) {
    INFO(language);
    const auto online = std::string(sk::ui_text(sk::text_id::sync_online, language));
    CHECK(sk::sync_mark_label(mark, language).find(online) == std::string::npos);
    CHECK(sk::operator_status_line(mark, language, now_unix()) == sk::ui_text(sk::text_id::operator_revoked, language));
  }
  CHECK(sk::sync_mark_label(mark, "en") == "Needs enrollment  \u00b7  1 waiting to send");
  CHECK(kiosk.queue.size() == 1);
  kiosk.worker.stop();
}
