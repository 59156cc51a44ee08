// Answers stay with their store: a kiosk enrolled at another store first delivers what was given
// at the old one under the old token, or discards it when the operator says so, and never counts
// an answer at a store where it was not given.
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/simulation/session_generator.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace {

namespace sk = storepulse::kiosk;
namespace v1 = storepulse::v1;
using namespace std::chrono_literals;
using storepulse::testing::eventually;
using storepulse::testing::kiosk_server_fixture;

// Sync options of a kiosk whose answers wait their random delay: nothing is sent before the move.
sk::sync_options waiting_to_upload() {
  auto options = storepulse::testing::fast_sync();
  options.upload_delay_override = std::chrono::minutes(10);
  return options;
}

// Queues count sessions of today; returns their ids.
std::vector<std::string> give_answers(storepulse::testing::sync_kiosk& kiosk, int count, std::uint64_t seed) {
  sk::session_generator generator(*kiosk.cache.config(), seed);
  std::vector<std::string> ids;
  for (int i = 0; i < count; ++i) {
    auto session = generator.survey({}, sk::local_date_today(), 0);
    ids.push_back(session.client_id());
    kiosk.queue.push(session);
    kiosk.worker.schedule_upload();
  }
  return ids;
}

// Stores K01 and K02 on the real server, and a kiosk enrolled at K01 whose answers wait their
// random delay, so that none is sent before the move.
struct two_stores {
  kiosk_server_fixture server;
  bool started = start(server);
  storepulse::testing::sync_kiosk kiosk{server.folder().file("kiosk"), server.url(), waiting_to_upload()};

  two_stores() { kiosk.enroll(server); }
  static bool start(kiosk_server_fixture& s) {
    s.add_second_store();
    s.start();
    return true;
  }
};

std::string first_kiosk_id(const kiosk_server_fixture& server) {
  std::istringstream listing(server.admin({"list-kiosks"}));
  std::string header, id;
  std::getline(listing, header);
  listing >> id;
  return id;
}

}  // namespace

TEST_CASE("A kiosk moved to another store first delivers the old store's answers there, and none is counted at the new one",
          "[kiosk][sync][stores]") {
  two_stores stores;
  auto& server = stores.server;
  auto& kiosk = stores.kiosk;
  kiosk.worker.start();
  const auto at_first_store = give_answers(kiosk, 5, 31);
  CHECK(kiosk.queue.size() == 5);
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 0);

  auto moved = kiosk.worker.enroll(server.issue_codes(1, "K02").at(0), false);
  INFO(moved.message);
  REQUIRE(moved.ok);
  CHECK(moved.delivered == 5);
  CHECK(moved.discarded == 0);
  CHECK(kiosk.worker.settings().location_code == "K02");
  CHECK(kiosk.queue.store() == "K02");
  for (const auto& id : at_first_store) CHECK(server.submissions_with_id(id) == 1);
  CHECK(server.submissions_at("K01") == 5);

  // What is given afterwards is the new store's.
  kiosk.worker.stop();
  REQUIRE(eventually([&] {
    return kiosk.worker.sync_once() && kiosk.cache.config() && kiosk.cache.config()->location_code() == "K02";
  }));
  const auto at_second_store = give_answers(kiosk, 3, 32);
  REQUIRE(kiosk.worker.sync_once());
  CHECK(server.submissions_at("K01") == 5);
  CHECK(server.submissions_at("K02") == 3);
  for (const auto& id : at_second_store) CHECK(server.submissions_with_id(id) == 1);
}

TEST_CASE("While the old store's token is refused the kiosk stays there, unless the operator discards its answers",
          "[kiosk][sync][stores]") {
  two_stores stores;
  auto& server = stores.server;
  auto& kiosk = stores.kiosk;
  const auto given = give_answers(kiosk, 3, 41);
  // The operator revoked the kiosk before taking it to the other store.
  server.admin({"revoke-kiosk", "--id", first_kiosk_id(server)});

  const std::string code = server.issue_codes(1, "K02").at(0);
  auto refused = kiosk.worker.enroll(code, false);
  CHECK_FALSE(refused.ok);
  CHECK(refused.left == 3);
  CHECK(refused.message.find("3 answers given at Kiosk Test Store (K01)") != std::string::npos);
  CHECK(refused.message.find("Second Test Store") != std::string::npos);
  CHECK(kiosk.worker.settings().location_code == "K01");
  CHECK(kiosk.queue.size() + kiosk.queue.held_count() == 3);
  CHECK(kiosk.queue.store() == "K01");

  // The same code again, with the operator's choice: the server used it once already.
  auto discarded = kiosk.worker.enroll(code, true);
  INFO(discarded.message);
  REQUIRE(discarded.ok);
  CHECK(discarded.discarded == 3);
  CHECK(kiosk.worker.settings().location_code == "K02");
  CHECK(kiosk.queue.size() + kiosk.queue.held_count() == 0);
  CHECK(server.query_number("SELECT count(*) FROM kiosks") == 2);

  REQUIRE(eventually([&] { return kiosk.worker.sync_once() && kiosk.cache.config().has_value(); }));
  const auto later = give_answers(kiosk, 2, 42);
  REQUIRE(kiosk.worker.sync_once());
  for (const auto& id : given) CHECK(server.submissions_with_id(id) == 0);
  CHECK(server.submissions_at("K01") == 0);
  CHECK(server.submissions_at("K02") == 2);
}

TEST_CASE("Re-enrolling at the same store keeps the queue for the new token", "[kiosk][sync][stores]") {
  kiosk_server_fixture server;
  server.start();
  storepulse::testing::sync_kiosk kiosk(server.folder().file("kiosk"), server.url(), waiting_to_upload());
  kiosk.enroll(server);
  const auto given = give_answers(kiosk, 2, 51);
  server.admin({"revoke-kiosk", "--id", first_kiosk_id(server)});
  auto again = kiosk.worker.enroll(server.issue_codes(1).at(0), false);
  REQUIRE(again.ok);
  CHECK(again.delivered == 0);
  CHECK(kiosk.queue.size() == 2);
  REQUIRE(kiosk.worker.sync_once());
  for (const auto& id : given) CHECK(server.submissions_with_id(id) == 1);
}
