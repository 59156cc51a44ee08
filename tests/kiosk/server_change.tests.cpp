// A kiosk given another server address is a new kiosk to that server: its device token and pinned
// key stay behind, it needs enrollment, and the answers waiting here stay queued until it is
// enrolled again, never sent under the old token nor lost.
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/simulation/session_generator.h"
#include "tests/kiosk/model_bench.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>

namespace {

namespace sk = storepulse::kiosk;
using storepulse::testing::kiosk_server_fixture;

// Queues count sessions of today; returns their ids.
std::vector<std::string> give_answers(storepulse::testing::sync_kiosk& kiosk, int count, std::uint64_t seed) {
  sk::session_generator generator(*kiosk.cache.config(), seed);
  std::vector<std::string> ids;
  for (int i = 0; i < count; ++i) {
    auto session = generator.survey({}, sk::local_date_today(), 0);
    ids.push_back(session.client_id());
    kiosk.queue.push(session);
  }
  return ids;
}

}  // namespace

TEST_CASE("A kiosk moved to another server drops its token and sends its waiting answers only after a new enrollment",
          "[kiosk][sync][server]") {
  kiosk_server_fixture old_server;
  old_server.start();
  kiosk_server_fixture new_server;
  new_server.start();
  storepulse::testing::sync_kiosk kiosk{old_server.folder().file("kiosk"), old_server.url()};
  kiosk.enroll(old_server);
  REQUIRE_FALSE(kiosk.worker.settings().device_token.empty());
  const auto given = give_answers(kiosk, 4, 51);

  std::string error;
  REQUIRE(kiosk.worker.set_server(new_server.url(), error));
  CHECK(kiosk.worker.settings().device_token.empty());
  CHECK(kiosk.worker.settings().server_key_pin.empty());
  CHECK(kiosk.worker.status().needs_enrollment);
  // Saved: a restart does not bring the old token back.
  const auto saved = sk::device_settings::load(kiosk.worker.settings().data_dir);
  CHECK(saved.server == new_server.url());
  CHECK(saved.device_token.empty());

  // Nothing goes anywhere meanwhile, and nothing is lost.
  CHECK_FALSE(kiosk.worker.sync_once());
  CHECK(kiosk.queue.size() == 4);
  CHECK(old_server.query_number("SELECT count(*) FROM submissions") == 0);
  CHECK(new_server.query_number("SELECT count(*) FROM submissions") == 0);
  // The new server never saw the old token: no call of this kiosk was refused there.
  for (const char* route : {"/api/v1/kiosk/config", "/api/v1/kiosk/submissions"}) {
    CHECK(storepulse::testing::route_count(new_server.port(), route, 401) == 0);
  }

  auto enrolled = kiosk.worker.enroll(new_server.issue_codes(1).at(0), false);
  INFO(enrolled.message);
  REQUIRE(enrolled.ok);
  CHECK_FALSE(kiosk.worker.status().needs_enrollment);
  REQUIRE(kiosk.worker.sync_once());
  CHECK(kiosk.queue.size() == 0);
  for (const auto& id : given) CHECK(new_server.submissions_with_id(id) == 1);
  CHECK(old_server.query_number("SELECT count(*) FROM submissions") == 0);
}

TEST_CASE("Saving the address a kiosk already uses keeps its enrollment", "[kiosk][sync][server]") {
  kiosk_server_fixture server;
  server.start();
  storepulse::testing::sync_kiosk kiosk{server.folder().file("kiosk"), server.url()};
  kiosk.enroll(server);
  const std::string token = kiosk.worker.settings().device_token;
  std::string error;
  // The same server written another way ("/" at the end) is the same server.
  REQUIRE(kiosk.worker.set_server(server.url() + "/", error));
  CHECK(kiosk.worker.settings().device_token == token);
  CHECK_FALSE(kiosk.worker.status().needs_enrollment);
  CHECK(kiosk.worker.sync_once());
}

TEST_CASE("The operator panel says a new server needs a new enrollment and that waiting answers are kept",
          "[kiosk][model][server]") {
  using namespace storepulse::testing::model_bench;
  fixture f;
  sync_mark mark;
  mark.enrolled = true;
  mark.server_address = "http://127.0.0.1:8080";
  mark.queued = 3;
  f.model.set_sync(mark);
  for (int i = 0; i < 5; ++i) {
    f.time.advance(200ms);
    f.model.apply(intent::of(intent_kind::operator_corner_tap));
  }
  for (int d : {2, 4, 6, 8, 0, 2}) REQUIRE(f.model.apply(intent::with_value(intent_kind::pin_digit, d)));
  REQUIRE(f.tap(intent::of(intent_kind::pin_submit)));
  REQUIRE(f.model.current_screen() == screen::operator_panel);

  REQUIRE(f.model.apply(intent::with_text(intent_kind::operator_set_server, "http://127.0.0.1:8080/")));
  CHECK(f.model.operator_message() == "Server address: http://127.0.0.1:8080/");
  REQUIRE(f.model.apply(intent::with_text(intent_kind::operator_set_server, "https://pulse.example.com")));
  CHECK(f.services.server == "https://pulse.example.com");
  CHECK(f.model.operator_message() ==
        "Server changed to https://pulse.example.com:443. Enroll this kiosk again with a code from that server; the 3 "
        "answers waiting here are kept and sent after that.");
}
