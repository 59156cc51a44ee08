// Every item on a kiosk ends: acknowledged, held and sent again after a refusal that may pass,
// or refused for good, counted for the server and deleted. A refusal of a whole upload ends none.
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/simulation/session_generator.h"
#include "kiosk/core/sync/kiosk_client.h"
#include "tests/support/enrolled_server.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/refusing_proxy.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

namespace {

namespace sk = storepulse::kiosk;
namespace v1 = storepulse::v1;
using namespace std::chrono_literals;
using storepulse::testing::eventually;
using storepulse::testing::fast_sync;
using storepulse::testing::kiosk_server_fixture;
using refusal_counts = std::map<std::string, std::int64_t>;

// Returns sync options that check the configuration at every round, so that held items go again.
sk::sync_options checking_every_round() {
  auto options = fast_sync();
  options.config_refresh = 1ms;
  return options;
}

struct enrolled_kiosk {
  kiosk_server_fixture& server;
  storepulse::testing::sync_kiosk kiosk;
  sk::session_generator generator;

  enrolled_kiosk(kiosk_server_fixture& s, sk::sync_options options = checking_every_round())
      : server(s), kiosk(s.folder().file("kiosk"), s.url(), std::move(options)), generator(enroll(), 11) {}

  v1::KioskConfig enroll() {
    kiosk.enroll(server);
    return *kiosk.cache.config();
  }
  // Returns a valid session of today, queued.
  v1::SurveySubmission push_session() {
    auto session = generator.survey({}, sk::local_date_today(), 0);
    kiosk.queue.push(session);
    return session;
  }
  v1::SurveySubmission session() { return generator.survey({}, sk::local_date_today(), 0); }
};

}  // namespace

TEST_CASE("A whole upload refused without naming an answer sets nothing aside and goes again after a backoff",
          "[kiosk][sync][refusals]") {
  const int status = GENERATE(400, 409, 422);
  INFO("HTTP " << status);
  kiosk_server_fixture server;
  server.start();
  enrolled_kiosk k(server, fast_sync());
  // A proxy in front answers the first three uploads as if plain HTTP had reached an HTTPS port.
  storepulse::testing::refusing_proxy proxy(server.port(), status, 3);
  std::string error;
  REQUIRE(k.kiosk.worker.set_server(proxy.url(), error));
  k.kiosk.enroll(server);  // another address drops the token: enrolled again through the proxy
  std::vector<std::string> ids;
  for (int i = 0; i < 6; ++i) ids.push_back(k.push_session().client_id());

  k.kiosk.worker.start();
  REQUIRE(eventually([&] { return k.kiosk.queue.size() == 0 && k.kiosk.queue.held_count() == 0; }, 30s));
  k.kiosk.worker.stop();
  CHECK(proxy.refused() == 3);
  CHECK(k.kiosk.queue.refusals().empty());
  for (const auto& id : ids) CHECK(server.submissions_with_id(id) == 1);
}

TEST_CASE("An answer to a question the server does not know yet is held, and goes after the next configuration",
          "[kiosk][sync][refusals]") {
  kiosk_server_fixture server;
  server.start();
  enrolled_kiosk k(server);
  // The kiosk asked a question that reached its configuration before the server's bank.
  auto early = k.session();
  auto* extra = early.add_answers();
  extra->set_question_key("sync_new_question");
  extra->set_value(4);
  k.kiosk.queue.push(early);
  auto plain = k.push_session();

  CHECK(k.kiosk.worker.sync_once());
  CHECK(server.submissions_with_id(plain.client_id()) == 1);
  CHECK(server.submissions_with_id(early.client_id()) == 0);
  REQUIRE(k.kiosk.queue.held_count() == 1);
  CHECK(k.kiosk.queue.held_items().at(0).reason == "unknown_question");
  CHECK(k.kiosk.worker.status().held == 1);
  CHECK(k.kiosk.queue.refusals().empty());

  {
    std::ofstream bank(server.folder().file("more-questions.textproto"));
    bank << kiosk_server_fixture::question_bank() << R"(
questions {
  key: "sync_new_question" dimension: DIMENSION_COLLABORATION type: QUESTION_TYPE_AGREE5 core: false
  text { language: "en" text: "Teams help each other." }
  text { language: "fr" text: "Les equipes s'entraident." }
}
)";
  }
  server.admin({"load-questions", "--file", server.folder().file("more-questions.textproto")});
  // The next round checks the configuration, which lets the held answer go again.
  CHECK(k.kiosk.worker.sync_once());
  CHECK(server.submissions_with_id(early.client_id()) == 1);
  CHECK(k.kiosk.queue.held_count() == 0);
  CHECK(k.kiosk.queue.size() == 0);
  CHECK(k.kiosk.queue.refusals().empty());
}

TEST_CASE("A kiosk clock a few days ahead strands nothing: its future-dated answer is held and tried again",
          "[kiosk][sync][refusals]") {
  kiosk_server_fixture server;
  server.start();
  enrolled_kiosk k(server);
  auto ahead = k.session();
  ahead.set_local_date(sk::local_date_days_ago(-3));
  k.kiosk.queue.push(ahead);
  std::vector<std::string> others;
  for (int i = 0; i < 4; ++i) others.push_back(k.push_session().client_id());

  CHECK(k.kiosk.worker.sync_once());
  for (const auto& id : others) CHECK(server.submissions_with_id(id) == 1);
  REQUIRE(k.kiosk.queue.held_count() == 1);
  CHECK(k.kiosk.queue.held_items().at(0).reason == "date_in_future");
  // Each configuration lets it go again; until its day comes it is held again, never deleted.
  CHECK(k.kiosk.worker.sync_once());
  CHECK(storepulse::testing::route_count(server.port(), "/api/v1/kiosk/submissions", 422) == 2);
  CHECK(k.kiosk.queue.held_count() == 1);
  CHECK(k.kiosk.queue.refusals().empty());
  CHECK(server.submissions_with_id(ahead.client_id()) == 0);
}

TEST_CASE("Answers refused for good are deleted from the kiosk and reported to operators as a count by reason",
          "[kiosk][sync][refusals]") {
  kiosk_server_fixture server;
  server.start();
  enrolled_kiosk k(server);

  // The same id already stored with other answers, e.g. a kiosk restored from an old backup.
  auto original = k.session();
  sk::kiosk_client client(*sk::server_address::parse(server.url()));
  client.set_token(k.kiosk.worker.settings().device_token);
  v1::SubmissionBatch batch;
  batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
  *batch.add_submissions() = original;
  REQUIRE(client.upload(batch).http_status == 200);
  auto conflicting = original;
  conflicting.set_config_version(original.config_version() + 7);
  k.kiosk.queue.push(conflicting);

  auto out_of_range = k.session();
  out_of_range.mutable_answers(0)->set_value(9);
  k.kiosk.queue.push(out_of_range);
  // Older than the server accepts (a kiosk offline for months): acknowledged as too late.
  auto too_old = k.session();
  too_old.set_local_date(sk::local_date_days_ago(400));
  k.kiosk.queue.push(too_old);
  auto old_event = k.generator.remediation({}, sk::local_date_days_ago(300));
  k.kiosk.queue.push(old_event);
  std::vector<std::string> good;
  for (int i = 0; i < 3; ++i) good.push_back(k.push_session().client_id());

  CHECK(k.kiosk.worker.sync_once());
  CHECK(k.kiosk.queue.size() == 0);
  CHECK(k.kiosk.queue.held_count() == 0);
  CHECK(k.kiosk.queue.refusals() == refusal_counts{{"conflict", 1}, {"too_late", 2}, {"value_out_of_range", 1}});
  CHECK(k.kiosk.worker.status().refused == 4);
  for (const auto& id : good) CHECK(server.submissions_with_id(id) == 1);
  CHECK(server.submissions_with_id(out_of_range.client_id()) == 0);
  CHECK(server.submissions_with_id(too_old.client_id()) == 0);
  CHECK(server.remediations_with_id(old_event.client_id()) == 0);
  CHECK(storepulse::testing::metric_value(server.port(), "storepulse_submissions_too_late_total") == 2);
  // The file keeps no trace of them.
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 4);

  // The next configuration check tells the server; operators see it in the kiosk list.
  CHECK(k.kiosk.worker.sync_once());
  REQUIRE(eventually([&] { return server.query_number("SELECT count(*) FROM kiosks WHERE refused_items IS NOT NULL") == 1; }));
  auto listing = server.admin({"list-kiosks"});
  CHECK(listing.find("conflict:1,too_late:2,value_out_of_range:1") != std::string::npos);
}

TEST_CASE("One answer too large for the server on its own is refused for good, the rest still halved through",
          "[kiosk][sync][refusals]") {
  kiosk_server_fixture server;
  server.start({"--body-limit", "1500"});
  enrolled_kiosk k(server);
  auto huge = k.session();
  for (int i = 0; i < 60; ++i) {
    auto* answer = huge.add_answers();
    answer->set_question_key("padding_to_make_one_session_larger_than_the_body_limit_" + std::to_string(i));
    answer->set_value(1);
  }
  REQUIRE(huge.ByteSizeLong() > 1500);
  k.kiosk.queue.push(huge);
  std::vector<std::string> ids;
  for (int i = 0; i < 30; ++i) ids.push_back(k.push_session().client_id());

  CHECK(k.kiosk.worker.sync_once());
  CHECK(k.kiosk.queue.size() == 0);
  CHECK(k.kiosk.queue.refusals() == refusal_counts{{"too_large", 1}});
  for (const auto& id : ids) CHECK(server.submissions_with_id(id) == 1);
}
