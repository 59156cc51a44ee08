#include "calendar/calendar.h"
#include "storepulse/v1/maturity.pb.h"
#include "tests/support/api_requests.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/dashboard_server.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using storepulse::test::dashboard_server;

namespace {

std::string day(int offset) { return calendar::format_date(calendar::today_utc() + offset); }

}  // namespace

TEST_CASE("storepulse-admin maturity-round records a round's answers and closing on the days given",
          "[maturity][admin]") {
  dashboard_server server;
  server.admin({"maturity-round", "--db", server.db_path(), "--as", "hr", "--region", "North", "--assessor", "hr",
                "--assessor", "manager_north", "--opened", day(-200), "--answers", "hr=111111111111111", "--answers",
                "manager_north=333333333333333", "--evidence", "manager_north:LEAD1=Monthly store visits.", "--closed",
                day(-190), "--agreed", "2", "--note", "A first look."});
  // Refused like the routes refuse: a manager in the organisation's round, a short answer string,
  // a stage out of range, and a second open round of one scope.
  CHECK_THROWS(server.admin({"maturity-round", "--db", server.db_path(), "--as", "hr", "--organisation", "--assessor",
                             "manager_north", "--opened", day(-5)}));
  CHECK_THROWS(server.admin({"maturity-round", "--db", server.db_path(), "--as", "hr", "--organisation", "--assessor",
                             "hr", "--opened", day(-5), "--answers", "hr=1234"}));
  CHECK_THROWS(server.admin({"maturity-round", "--db", server.db_path(), "--as", "hr", "--organisation", "--assessor",
                             "hr", "--opened", day(-5), "--answers", "hr=111111111111117"}));
  server.admin({"maturity-round", "--db", server.db_path(), "--as", "hr", "--region", "North", "--assessor", "hr",
                "--opened", day(-3)});
  CHECK_THROWS(server.admin({"maturity-round", "--db", server.db_path(), "--as", "hr", "--region", "North", "--assessor",
                             "hr", "--opened", day(-1)}));

  auto hr = test::api_sign_in(server, "hr");
  auto list = test::parse_json<v1::MaturityRoundList>(test::api_get(server, hr, "/api/v1/maturity/rounds").body);
  REQUIRE(list.rounds_size() == 2);
  const auto& closed = list.rounds(1);
  CHECK(closed.opened_on() == day(-200));
  CHECK(closed.closed_on() == day(-190));
  CHECK(closed.agreed_stage() == v1::MATURITY_STAGE_EXPLORE);
  CHECK(closed.closing_note() == "A first look.");
  auto results = test::parse_json<v1::MaturityResults>(
      test::api_get(server, hr, "/api/v1/maturity/rounds/" + std::to_string(closed.id()) + "/results").body);
  REQUIRE(results.competencies_size() == 5);
  CHECK(results.competencies(0).consensus() == Approx(20.0));  // the median of 0 and 40
  bool noted = false;
  for (const auto& item : results.items())
    for (const auto& answer : item.by_assessor())
      noted = noted || (answer.username() == "manager_north" && answer.evidence() == "Monthly store visits.");
  CHECK(noted);
}
