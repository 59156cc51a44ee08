#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/simulation/session_generator.h"
#include "kiosk/core/sync/kiosk_client.h"
#include "kiosk/core/sync/sync_worker.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <sstream>
#include <thread>

namespace {

namespace sk = storepulse::kiosk;
namespace v1 = storepulse::v1;
using namespace std::chrono_literals;
using storepulse::testing::eventually;
using storepulse::testing::fast_sync;

// A kiosk of the sync tests, whose sessions are valid for its cached config.
struct test_kiosk : storepulse::testing::sync_kiosk {
  using sync_kiosk::sync_kiosk;

  v1::SurveySubmission session(sk::session_generator& generator) {
    return generator.survey({}, sk::local_date_today(), 0);
  }
};

}  // namespace

TEST_CASE("Answers wait while the server is down and arrive once, none lost or doubled, when it is up",
          "[kiosk][sync]") {
  storepulse::testing::kiosk_server_fixture server;
  server.start();
  test_kiosk kiosk(server.folder().file("kiosk"), server.url());
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 1);
  server.stop();

  std::atomic<int> changes{0};
  kiosk.worker.on_change([&] { ++changes; });
  kiosk.worker.start();
  std::vector<std::string> sessions, events;
  for (int i = 0; i < 30; ++i) {
    auto session = kiosk.session(generator);
    sessions.push_back(session.client_id());
    kiosk.queue.push(session);
    kiosk.worker.schedule_upload();
  }
  for (int i = 0; i < 5; ++i) {
    auto event = generator.remediation({}, sk::local_date_today());
    events.push_back(event.client_id());
    kiosk.queue.push(event);
    kiosk.worker.schedule_upload();
  }
  REQUIRE(eventually([&] { return !kiosk.worker.status().online && kiosk.worker.status().queued == 35; }));
  CHECK(kiosk.queue.size() == 35);
  CHECK(kiosk.worker.status().message.find("unreachable") != std::string::npos);
  CHECK(changes > 0);

  server.start();
  REQUIRE(eventually([&] { return kiosk.queue.size() == 0; }));
  REQUIRE(eventually([&] { return kiosk.worker.status().queued == 0 && kiosk.worker.status().online; }));
  kiosk.worker.stop();
  REQUIRE(kiosk.worker.status().last_sync_unix.has_value());
  // The hour only: a minute would date the session just sent.
  CHECK(*kiosk.worker.status().last_sync_unix % 3600 == 0);
  CHECK(kiosk.queue.held_count() == 0);
  CHECK(kiosk.queue.refusals().empty());
  for (const auto& id : sessions) CHECK(server.submissions_with_id(id) == 1);
  for (const auto& id : events) CHECK(server.remediations_with_id(id) == 1);
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 30);
  CHECK(server.query_number("SELECT count(*) FROM remediation_events") == 5);
}

TEST_CASE("A revoked kiosk reports that it needs enrollment and keeps its answers until enrolled again",
          "[kiosk][sync]") {
  storepulse::testing::kiosk_server_fixture server;
  server.start();
  test_kiosk kiosk(server.folder().file("kiosk"), server.url());
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 2);
  kiosk.worker.start();

  std::istringstream listing(server.admin({"list-kiosks"}));
  std::string header, id;
  std::getline(listing, header);
  listing >> id;
  server.admin({"revoke-kiosk", "--id", id});

  auto session = kiosk.session(generator);
  kiosk.queue.push(session);
  kiosk.worker.schedule_upload();
  REQUIRE(eventually([&] { return kiosk.worker.status().needs_enrollment; }));
  CHECK(kiosk.worker.status().message.find("enroll") != std::string::npos);
  CHECK(kiosk.queue.size() == 1);
  CHECK(server.submissions_with_id(session.client_id()) == 0);

  std::string error;
  REQUIRE(kiosk.worker.enroll(server.issue_codes(1).at(0), error));
  REQUIRE(eventually([&] { return kiosk.queue.size() == 0; }));
  kiosk.worker.stop();
  CHECK_FALSE(kiosk.worker.status().needs_enrollment);
  CHECK(server.submissions_with_id(session.client_id()) == 1);
  // The new token is saved for the next start, and the old one is gone.
  auto saved = sk::device_settings::load(server.folder().file("kiosk"));
  CHECK(saved.device_token == kiosk.worker.settings().device_token);
  CHECK(saved.location_code == "K01");
}

TEST_CASE("A batch larger than the server accepts is split in halves until it fits", "[kiosk][sync]") {
  storepulse::testing::kiosk_server_fixture server;
  server.start({"--body-limit", "1500"});
  test_kiosk kiosk(server.folder().file("kiosk"), server.url());
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 3);
  std::vector<std::string> ids;
  v1::SubmissionBatch first_fifty;
  for (int i = 0; i < 60; ++i) {
    auto session = kiosk.session(generator);
    ids.push_back(session.client_id());
    kiosk.queue.push(session);
    if (i < 50) *first_fifty.add_submissions() = session;
  }
  // A full batch of 50 cannot pass the limit, so everything below needed splitting.
  REQUIRE(first_fifty.ByteSizeLong() > 1500);
  CHECK(kiosk.worker.sync_once());
  CHECK(kiosk.queue.size() == 0);
  CHECK(kiosk.queue.held_count() == 0);
  CHECK(kiosk.queue.refusals().empty());
  for (const auto& id : ids) CHECK(server.submissions_with_id(id) == 1);
  // Unsplit, 60 items would take 2 uploads; halves of halves take more.
  CHECK(storepulse::testing::route_count(server.port(), "/api/v1/kiosk/submissions", 200) >= 4);
}

TEST_CASE("The config is cached with its ETag, revalidated with a 304 and used when the server is down",
          "[kiosk][sync][config]") {
  storepulse::testing::kiosk_server_fixture server;
  server.start();
  std::string data = server.folder().file("kiosk");
  std::string etag;
  {
    test_kiosk kiosk(data, server.url());
    kiosk.enroll(server);
    etag = kiosk.cache.etag();
    REQUIRE_FALSE(etag.empty());
    CHECK(kiosk.worker.config()->location_code() == "K01");
    CHECK(kiosk.worker.config()->questions_size() == 4);

    sk::kiosk_client client(*sk::server_address::parse(server.url()));
    client.set_token(kiosk.worker.settings().device_token);
    auto again = client.fetch_config(etag);
    CHECK(again.http_status == 304);
    CHECK(again.not_modified);
    auto fresh = client.fetch_config("");
    CHECK(fresh.http_status == 200);
    CHECK(fresh.etag == etag);
  }
  server.stop();
  test_kiosk restarted(data, server.url());
  REQUIRE(restarted.worker.config());
  CHECK(restarted.worker.config()->location_code() == "K01");
  CHECK(restarted.cache.etag() == etag);
  restarted.worker.sync_once();
  CHECK_FALSE(restarted.worker.status().online);
  CHECK(restarted.worker.config()->questions_size() == 4);
}

TEST_CASE("An upload with another protocol version gets a distinct answer the client understands", "[kiosk][sync]") {
  storepulse::testing::kiosk_server_fixture server;
  server.start();
  test_kiosk kiosk(server.folder().file("kiosk"), server.url());
  kiosk.enroll(server);
  sk::kiosk_client client(*sk::server_address::parse(server.url()));
  client.set_token(kiosk.worker.settings().device_token);
  v1::SubmissionBatch batch;
  batch.set_protocol_version(99);
  sk::session_generator generator(*kiosk.cache.config(), 6);
  *batch.add_submissions() = kiosk.session(generator);
  auto result = client.upload(batch);
  CHECK(result.http_status == 426);
  CHECK(result.error == "protocol_version");
  CHECK_FALSE(result.message.empty());
}

TEST_CASE("While the server is overloaded, uploads wait for Retry-After and nothing is lost or doubled",
          "[kiosk][sync]") {
  storepulse::testing::kiosk_server_fixture server;
  // One write per commit and a queue of one: concurrent uploads get 503 with Retry-After.
  server.start({"--writer-queue", "1", "--writer-group", "1"});
  auto options = fast_sync();
  options.batch_size = 5;
  test_kiosk kiosk(server.folder().file("kiosk"), server.url(), options);
  kiosk.enroll(server);
  auto config = *kiosk.cache.config();
  std::vector<std::string> ids;
  {
    sk::session_generator generator(config, 7);
    for (int i = 0; i < 40; ++i) {
      auto session = kiosk.session(generator);
      ids.push_back(session.client_id());
      kiosk.queue.push(session);
    }
  }
  std::atomic<bool> saw_busy{false};
  kiosk.worker.on_change([&] {
    if (kiosk.worker.status().message.find("busy") != std::string::npos) saw_busy = true;
  });

  std::atomic<bool> done{false};
  std::atomic<int> overloaded{0}, overloaded_without_retry_after{0};
  std::vector<std::thread> hammers;
  std::string token = kiosk.worker.settings().device_token;
  for (int t = 0; t < 4; ++t) {
    hammers.emplace_back([&, t] {
      sk::kiosk_client client(*sk::server_address::parse(server.url()));
      client.set_token(token);
      sk::session_generator generator(config, 100 + static_cast<std::uint64_t>(t));
      while (!done) {
        v1::SubmissionBatch batch;
        batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
        *batch.add_submissions() = generator.survey({}, sk::local_date_today(), 0);
        auto result = client.upload(batch);
        if (result.http_status == 503) {
          ++overloaded;
          if (!result.retry_after_seconds) ++overloaded_without_retry_after;
          std::this_thread::sleep_for(5ms);  // keep the writer busy without spinning the CPU
        }
      }
    });
  }
  kiosk.worker.start();
  bool drained = eventually([&] { return kiosk.queue.size() == 0; }, 90s);
  done = true;
  for (auto& hammer : hammers) hammer.join();
  kiosk.worker.stop();

  REQUIRE(drained);
  CHECK(overloaded > 0);
  CHECK(overloaded_without_retry_after == 0);
  if (!saw_busy) WARN("the kiosk's own uploads happened to get no 503 this time");
  CHECK(kiosk.queue.held_count() == 0);
  CHECK(kiosk.queue.refusals().empty());
  for (const auto& id : ids) CHECK(server.submissions_with_id(id) == 1);
}
