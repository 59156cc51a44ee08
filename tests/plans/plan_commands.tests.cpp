#include "calendar/calendar.h"
#include "storepulse/v1/plans.pb.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <google/protobuf/util/json_util.h>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_send;

namespace {

std::string day(int offset) { return calendar::format_date(calendar::today_utc() + offset); }

}  // namespace

TEST_CASE("storepulse-admin add-plan records a plan, its notes and its end as the given user", "[plans][admin]") {
  dashboard_server server;
  server.admin({"add-plan", "--db", server.db_path(), "--as", "manager_north", "--location", "N01", "--owner",
                "manager_north", "--addresses", "knows-limit", "--title", "Post the limit at every till", "--start",
                day(-56), "--due", day(-49), "--status", "done", "--ended", day(-50), "--note",
                day(-53) + ":Cards up at every till.", "--share", "--staff-text", "en=The limit is on every till.",
                "--staff-text", "es=El límite está en cada caja.", "--staff-text", "fr=Le plafond est à chaque caisse."});
  // Refused like the route refuses: another store's manager, an unknown figure, a missing language.
  CHECK_THROWS(server.admin({"add-plan", "--db", server.db_path(), "--as", "manager_north", "--location", "S01", "--owner",
                             "manager_north", "--addresses", "values", "--title", "x", "--start", day(-5), "--due", day(5)}));
  CHECK_THROWS(server.admin({"add-plan", "--db", server.db_path(), "--as", "hr", "--location", "S01", "--owner", "hr",
                             "--addresses", "happiness", "--title", "x", "--start", day(-5), "--due", day(5)}));
  CHECK_THROWS(server.admin({"add-plan", "--db", server.db_path(), "--as", "hr", "--location", "S01", "--owner", "hr",
                             "--addresses", "values", "--title", "x", "--start", day(-5), "--due", day(5), "--share",
                             "--staff-text", "en=Only English"}));

  auto cookie = test::api_sign_in(server, "hr").cookie;
  v1::PlanList list;
  REQUIRE(google::protobuf::util::JsonStringToMessage(
              http_send(server.port(), "GET", "/api/v1/plans", {}, {{"Cookie", cookie}}).body, &list)
              .ok());
  REQUIRE(list.plans_size() == 1);
  auto reply = http_send(server.port(), "GET", "/api/v1/plans/" + std::to_string(list.plans(0).id()), {},
                         {{"Cookie", cookie}});
  v1::ActionPlan plan;
  REQUIRE(google::protobuf::util::JsonStringToMessage(reply.body, &plan).ok());
  CHECK(plan.status() == v1::PLAN_STATUS_DONE);
  CHECK(plan.ended_on() == day(-50));
  CHECK(plan.staff_texts_size() == 3);
  REQUIRE(plan.notes_size() == 1);
  CHECK(plan.notes(0).author() == "manager_north");
  REQUIRE(plan.history_size() == 4);
  for (const auto& change : plan.history()) CHECK(change.user() == "manager_north");
  // Its weeks before and after are published in the fixture's twelve weeks.
  INFO(plan.outcome().DebugString());
  CHECK(plan.outcome().status() == v1::CELL_STATUS_PUBLISHED);
  CHECK(plan.outcome().unit() == "share");
}
