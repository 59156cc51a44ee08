#include "storepulse/v1/plans.pb.h"
#include "tests/support/api_requests.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_send;

namespace {

const v1::ActingEffect& effect_on(const v1::ActingComparison& comparison, v1::Dimension dimension) {
  for (const auto& effect : comparison.dimensions())
    if (effect.dimension() == dimension) return effect;
  FAIL("no row for the dimension");
  return comparison.dimensions(0);
}

constexpr const char* empowerment = R"({"kind":"PLAN_TARGET_KIND_DIMENSION","dimension":"DIMENSION_EMPOWERMENT"})";

}  // namespace

TEST_CASE("HR compares stores that completed a plan on a dimension with stores that had none, through the server",
          "[plans][acting][server]") {
  // Six stores of the fixture and sixteen more (some of which publish nothing).
  dashboard_server server({}, 16);
  const auto hr = test::api_sign_in(server, "hr");
  // Five publishing stores complete an Empowerment plan seven weeks ago: two weeks each side.
  std::vector<std::string> done;
  for (const char* store : {"N01", "N02", "S01", "S02", "E01"}) {
    done.push_back(test::create_store_plan(server, hr, store, empowerment, -56, -49));
    test::mark_plan_done(server, hr, done.back(), -50);
  }
  // N03 publishes nothing: its plan (on an Empowerment question) is left out and counted.
  test::mark_plan_done(server, hr,
            test::create_store_plan(server, hr, "N03",
                        R"({"kind":"PLAN_TARGET_KIND_QUESTION","questionKey":"empowerment_know_limit"})", -56, -49),
            -50);
  // C001 has an open plan on an Empowerment figure in those weeks: it is in neither group.
  test::create_store_plan(server, hr, "C001", R"({"kind":"PLAN_TARGET_KIND_EMPOWERMENT","figure":"EMPOWERMENT_FIGURE_USED_LAST_7_DAYS"})",
              -60, 10);

  auto reply = test::api_get(server, hr, "/api/v1/plans/acting");
  REQUIRE(reply.status == 200);
  auto comparison = test::parse_json<v1::ActingComparison>(reply.body);
  CHECK(comparison.min_stores() == 5);
  REQUIRE(comparison.dimensions_size() == 5);
  const auto& effect = effect_on(comparison, v1::DIMENSION_EMPOWERMENT);
  INFO(reply.body);
  CHECK(effect.treated_stores() == 5);
  CHECK(effect.treated_left_out() == 1);
  // 22 stores: six with a done plan, C001 with an open one, the other fifteen compared or left out.
  CHECK(effect.comparison_stores() + effect.comparison_left_out() == 15);
  CHECK(effect.comparison_left_out() >= 1);  // the generated stores that answer too rarely
  REQUIRE(effect.effect().status() == v1::CELL_STATUS_PUBLISHED);

  // The treated group's mean change is the mean of the plans' own before/after changes.
  double sum = 0;
  for (const auto& id : done) {
    auto plan = test::parse_json<v1::ActionPlan>(test::api_get(server, hr, "/api/v1/plans/" + id).body);
    REQUIRE(plan.outcome().change().status() == v1::CELL_STATUS_PUBLISHED);
    sum += plan.outcome().change().change();
  }
  CHECK(effect.treated_change() == Approx(sum / 5).margin(1e-9));
  CHECK(effect.effect().value() == Approx(effect.treated_change() - effect.comparison_change()).margin(1e-9));
  CHECK(effect.effect().ci_low() < effect.effect().value());
  CHECK(effect.effect().ci_high() > effect.effect().value());
  CHECK(effect.sentence().find("Stores that completed a plan on Empowerment rose ") == 0);

  SECTION("a dimension where too few stores acted says how many are needed") {
    const auto& values = effect_on(comparison, v1::DIMENSION_VALUES);
    CHECK(values.effect().status() == v1::CELL_STATUS_NO_DATA);
    CHECK_FALSE(values.effect().has_value());
    CHECK(values.sentence() == "Not enough stores yet: 0 completed a plan on Values, 5 needed.");
  }
  SECTION("binary Protobuf carries the same figure") {
    auto binary = http_send(server.port(), "GET", "/api/v1/plans/acting", {},
                            {{"Accept", "application/x-protobuf"}, {"Cookie", hr.cookie}});
    REQUIRE(binary.status == 200);
    CHECK(binary.headers["content-type"] == "application/x-protobuf");
    v1::ActingComparison decoded;
    REQUIRE(decoded.ParseFromString(binary.body));
    CHECK(effect_on(decoded, v1::DIMENSION_EMPOWERMENT).effect().value() == effect.effect().value());
  }
  SECTION("a manager and an operator are refused") {
    CHECK(test::api_get(server, test::api_sign_in(server, "manager_north"), "/api/v1/plans/acting").status == 403);
    CHECK(test::api_get(server, test::api_sign_in(server, "ops"), "/api/v1/plans/acting").status == 403);
  }
}
