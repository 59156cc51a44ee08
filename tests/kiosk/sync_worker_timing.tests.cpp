#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/simulation/session_generator.h"
#include "kiosk/core/sync/sync_worker.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace sk = storepulse::kiosk;
using namespace std::chrono_literals;
using storepulse::testing::eventually;
using storepulse::testing::fast_sync;
using storepulse::testing::kiosk_server_fixture;
using storepulse::testing::route_count;
using storepulse::testing::sync_kiosk;
using clock_type = std::chrono::steady_clock;

constexpr const char* uploads_route = "/api/v1/kiosk/submissions";

// Options whose first upload waits first_wait, and any later one the whole longest wait.
sk::sync_options delayed_sync(std::chrono::milliseconds first_wait, std::chrono::milliseconds longest) {
  auto options = fast_sync();
  options.upload_delay_override = longest;
  auto picks = std::make_shared<std::atomic<int>>(0);
  options.pick_upload_delay = [picks, first_wait](std::chrono::milliseconds max) {
    return (*picks)++ == 0 ? first_wait : max;
  };
  return options;
}

// Pushes a fresh session as the kiosk's model does; returns its client id.
std::string push(sync_kiosk& kiosk, sk::session_generator& generator) {
  auto session = generator.survey({}, sk::local_date_today(), 0);
  kiosk.queue.push(session);
  kiosk.worker.schedule_upload();
  return session.client_id();
}

std::int64_t stored(const kiosk_server_fixture& server, const std::vector<std::string>& ids) {
  std::int64_t n = 0;
  for (const auto& id : ids) n += server.submissions_with_id(id);
  return n;
}

}  // namespace

TEST_CASE("An answer waits for its random delay, and answers pushed meanwhile neither postpone it nor go apart",
          "[kiosk][sync][timing]") {
  kiosk_server_fixture server;
  server.start();
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url(), delayed_sync(800ms, 60s));
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 11);
  kiosk.worker.start();

  const auto first_push = clock_type::now();
  std::vector<std::string> ids{push(kiosk, generator)};
  std::this_thread::sleep_for(200ms);
  // Had these picked a wait of their own, it would be the whole minute.
  ids.push_back(push(kiosk, generator));
  ids.push_back(push(kiosk, generator));
  std::this_thread::sleep_for(first_push + 500ms - clock_type::now());
  CHECK(stored(server, ids) == 0);
  CHECK(kiosk.queue.size() == 3);
  CHECK(kiosk.worker.status().queued == 3);  // the status mark shows them waiting meanwhile

  REQUIRE(eventually([&] { return kiosk.queue.size() == 0; }, 20s));
  CHECK(clock_type::now() - first_push >= 800ms);
  kiosk.worker.stop();
  CHECK(stored(server, ids) == 3);
  CHECK(route_count(server.port(), uploads_route, 200) == 1);
}

TEST_CASE("Answers queued before the worker starts wait a random delay too", "[kiosk][sync][timing]") {
  kiosk_server_fixture server;
  server.start();
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url(), delayed_sync(800ms, 60s));
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 12);
  std::vector<std::string> ids;
  for (int i = 0; i < 4; ++i) {
    auto session = generator.survey({}, sk::local_date_today(), 0);
    kiosk.queue.push(session);
    ids.push_back(session.client_id());
  }
  const auto started = clock_type::now();
  kiosk.worker.start();
  std::this_thread::sleep_for(500ms);
  CHECK(stored(server, ids) == 0);
  REQUIRE(eventually([&] { return kiosk.queue.size() == 0; }, 20s));
  CHECK(clock_type::now() - started >= 800ms);
  kiosk.worker.stop();
  CHECK(stored(server, ids) == 4);
  CHECK(route_count(server.port(), uploads_route, 200) == 1);
}

TEST_CASE("The configuration's longest delay applies unless the options override it", "[kiosk][sync][timing]") {
  kiosk_server_fixture server;
  auto options = fast_sync();
  options.upload_delay_override.reset();
  options.pick_upload_delay = [](std::chrono::milliseconds longest) { return longest; };
  std::chrono::milliseconds expected{};
  SECTION("the server sends 1 s") {
    server.start({"--kiosk-upload-delay", "1"});
    expected = 1s;
  }
  SECTION("the server sends 0: at once") {
    server.start({"--kiosk-upload-delay", "0"});
  }
  SECTION("the options override the server's minute with 0") {
    server.start({"--kiosk-upload-delay", "60"});
    options.upload_delay_override = 0ms;
  }
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url(), options);
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 13);
  kiosk.worker.start();
  const auto pushed = clock_type::now();
  auto id = push(kiosk, generator);
  if (expected > 0ms) {
    std::this_thread::sleep_for(pushed + expected / 2 - clock_type::now());
    CHECK(server.submissions_with_id(id) == 0);
  }
  REQUIRE(eventually([&] { return server.submissions_with_id(id) == 1; }, 10s));
  CHECK(clock_type::now() - pushed >= expected);
  if (expected == 0ms) CHECK(clock_type::now() - pushed < 3s);
}

TEST_CASE("Without a configuration the kiosk waits up to its default delay", "[kiosk][sync][timing]") {
  kiosk_server_fixture server;
  server.start();
  auto options = fast_sync();
  options.upload_delay_override.reset();
  options.upload_delay_default = 5min;
  std::atomic<std::int64_t> longest_seen{-1};
  options.pick_upload_delay = [&](std::chrono::milliseconds longest) {
    longest_seen = longest.count();
    return longest;
  };
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url(), options);
  kiosk.worker.schedule_upload();
  CHECK(longest_seen == std::chrono::milliseconds(5min).count());
  CHECK(sk::sync_options{}.upload_delay_default == 10min);
}

TEST_CASE("Stopping during the delay keeps the answers queued, and the next start sends them once",
          "[kiosk][sync][timing]") {
  kiosk_server_fixture server;
  server.start();
  const std::string data = server.folder().file("kiosk");
  std::vector<std::string> ids;
  {
    sync_kiosk kiosk(data, server.url(), delayed_sync(60s, 60s));
    kiosk.enroll(server);
    sk::session_generator generator(*kiosk.cache.config(), 14);
    kiosk.worker.start();
    for (int i = 0; i < 3; ++i) ids.push_back(push(kiosk, generator));
    std::this_thread::sleep_for(300ms);
    kiosk.worker.stop();
    CHECK(kiosk.queue.size() == 3);
    CHECK(stored(server, ids) == 0);
  }
  sync_kiosk restarted(data, server.url());
  CHECK(restarted.queue.size() == 3);
  restarted.worker.start();
  REQUIRE(eventually([&] { return restarted.queue.size() == 0; }, 20s));
  restarted.worker.stop();
  for (const auto& id : ids) CHECK(server.submissions_with_id(id) == 1);
}

TEST_CASE("Uploads do not check the configuration, which reports the queue when it is due", "[kiosk][sync][timing]") {
  kiosk_server_fixture server;
  server.start();
  const std::string data = server.folder().file("kiosk");
  auto config_checks = [&] {
    return route_count(server.port(), "/api/v1/kiosk/config", 200) + route_count(server.port(), "/api/v1/kiosk/config", 304);
  };
  std::optional<storepulse::v1::KioskConfig> config;
  {
    auto options = delayed_sync(60s, 60s);
    options.config_refresh = 1s;
    sync_kiosk kiosk(data, server.url(), options);
    kiosk.enroll(server);
    config = kiosk.cache.config();
    sk::session_generator generator(*config, 15);
    for (int i = 0; i < 2; ++i) push(kiosk, generator);
    // A check within 0.5 - 1.5 s reports the two answers waiting; the server keeps the number.
    kiosk.worker.start();
    REQUIRE(eventually([&] { return server.query_number("SELECT queued_items FROM kiosks") == 2; }, 10s));
    CHECK(server.query_number("SELECT count(*) FROM kiosks WHERE last_seen_at % 3600 = 0") == 1);
    CHECK(kiosk.queue.size() == 2);
  }
  const auto checks_before = config_checks();

  // Uploading at once from now on: three uploads, and no configuration check among them.
  auto options = fast_sync();
  options.config_refresh = std::chrono::hours(1);
  sync_kiosk kiosk(data, server.url(), options);
  sk::session_generator generator(*config, 16);
  kiosk.worker.start();
  // A fresh worker checks the configuration once at start.
  REQUIRE(eventually([&] { return config_checks() == checks_before + 1 && kiosk.queue.size() == 0; }, 10s));
  for (int i = 0; i < 2; ++i) {
    push(kiosk, generator);
    REQUIRE(eventually([&] { return kiosk.queue.size() == 0; }, 10s));
  }
  kiosk.worker.stop();
  CHECK(route_count(server.port(), uploads_route, 200) == 3);
  CHECK(config_checks() == checks_before + 1);
  // Uploads left what operators see alone: the last check's report.
  CHECK(server.query_number("SELECT queued_items FROM kiosks") == 2);
}
