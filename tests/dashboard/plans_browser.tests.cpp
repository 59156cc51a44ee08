#include "calendar/calendar.h"
#include "tests/support/api_requests.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/dashboard_browser.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/eventually.h"
#include "tests/support/http_client.h"
#include "tests/support/webdriver_client.h"

#include "storepulse/v1/plans.pb.h"
#include "storepulse/v1/reports.pb.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <string>

using namespace storepulse::test;
namespace v1 = storepulse::v1;
using storepulse::testing::http_send;

namespace {

// A manager of Seaview Parade (S02), the store whose mood fell over the last weeks.
void add_seaview_manager(const dashboard_server& server) {
  server.admin({"add-user", "--db", server.db_path(), "--username", "manager_seaview", "--role", "manager", "--locations",
                "S02", "--password", "manager_seaview-password-1"});
}

}  // namespace

TEST_CASE("A manager starts a plan from a suggestion, shares it with staff and notes progress, on desktop and phone",
          "[dashboard][browser][plans]") {
  dashboard_server server;
  add_seaview_manager(server);
  auto store = std::to_string(server.location_id("S02"));
  webdriver_client browser(1280, 900);
  sign_in(browser, server, "manager_seaview");
  browser.wait_for("#heatmap tbody tr");
  browser.navigate(server.url() + "/#/store/" + store);
  browser.wait_for(".suggestion");
  auto reason = browser.text(browser.find(".suggestion p"));
  CHECK(reason.find("a significant drop") != std::string::npos);
  // Beside the plans, what staff say of whether their feedback leads to action: the report's figure.
  {
    auto report = parse_json<v1::LocationReport>(
        api_get(server, api_sign_in(server, "manager_seaview"), "/api/v1/reports/location/" + store + "?period=4w").body);
    const auto& figure = report.feedback_leads_to_action();
    REQUIRE(figure.status() == v1::CELL_STATUS_PUBLISHED);
    // As toFixed(0) rounds: halves up.
    const auto expected = std::to_string(static_cast<long>(std::floor(figure.value() * 100 + 0.5))) + "%";
    CHECK(browser.text(browser.find(".loop-card .metric")) == expected);
  }
  scroll_to(browser, "#plans");
  browser.screenshot(screenshot_path("20-store-plans-desktop"));
  check_accessible(browser);

  // The suggestion's button works from the keyboard.
  browser.execute("document.querySelector('.suggestion button').focus(); return 0;");
  browser.send_keys_to_page("\uE007");
  browser.wait_for("#plan-title");
  browser.wait_for(".starter-list");
  auto title = browser.execute_string("return document.getElementById('plan-title').value;");
  CHECK_FALSE(title.empty());
  for (const char* language : {"en", "es", "fr"}) {
    auto text = browser.execute_string(std::string("return document.getElementById('staff-") + language + "').value;");
    CAPTURE(language);
    CHECK_FALSE(text.empty());
  }
  browser.click(browser.find("#plan-shared"));
  browser.screenshot(screenshot_path("21-plan-form-desktop"));
  check_accessible(browser);
  browser.click(browser.find(".plan-form button[type=submit]"));

  browser.wait_for(".notes-list, .note-form");
  browser.wait_for_text("Shared");
  auto heading = browser.text(browser.find("h1"));
  CHECK(heading == title);
  CHECK(browser.find_all(".staff-texts li").size() == 3);
  browser.type(browser.find("#note-text"), "Talked it through at Monday's briefing.");
  browser.click(browser.find(".note-form button[type=submit]"));
  browser.wait_for_text("Talked it through at Monday's briefing.");
  browser.click(browser.find(".button-row .button"));  // Start
  browser.wait_for_text("In progress");
  browser.screenshot(screenshot_path("22-plan-detail-desktop"));
  check_accessible(browser);
  auto plan_url = browser.execute_string("return location.href;");

  // Back on the store page the suggestion points to the open plan.
  browser.navigate(server.url() + "/#/store/" + store);
  browser.wait_for(".suggestion");
  browser.wait_for_text("See the open plan");

  browser.set_window_size(390, 844);
  browser.navigate(server.url() + "/#/store/" + store);
  browser.wait_for(".suggestion");
  scroll_to(browser, "#plans");
  check_fits(browser);
  browser.screenshot(screenshot_path("23-store-plans-phone"));
  browser.navigate(plan_url);
  browser.wait_for(".notes-list");
  check_fits(browser);
  browser.screenshot(screenshot_path("24-plan-detail-phone"));
  scroll_to(browser, "#notes-title");
  browser.screenshot(screenshot_path("24b-plan-notes-phone"));
  browser.navigate(server.url() + "/#/plan-new?location=" + store + "&target=empowerment:EMPOWERMENT_FIGURE_LIMIT_GAP&starter=say_the_amount");
  browser.wait_for(".starter-list");
  check_fits(browser);
  browser.screenshot(screenshot_path("25-plan-form-phone"));
  scroll_to(browser, ".staff-fieldset");
  browser.screenshot(screenshot_path("25b-plan-form-staff-phone"));
}

TEST_CASE("HR sees every plan with overdue ones highlighted, drops without a plan, and whether a done plan worked",
          "[dashboard][browser][plans]") {
  dashboard_server server;
  const auto login = api_sign_in(server, "hr");
  const std::string cookie = login.cookie, csrf = login.csrf;
  auto today = storepulse::calendar::today_utc();
  auto date = [today](int days) { return storepulse::calendar::format_date(today + days); };
  auto create = [&server, &cookie, &csrf](const std::string& body) {
    auto reply = http_send(server.port(), "POST", "/api/v1/plans", body,
                           {{"Content-Type", "application/json"}, {"Cookie", cookie}, {"X-CSRF-Token", csrf}});
    INFO(reply.body);
    REQUIRE(reply.status == 201);
    return json_string(reply.body, "id");
  };
  auto owner = [&server](const std::string& name) {
    storepulse::storage::database db(server.db_path());
    auto stmt = db.prepare("SELECT id FROM users WHERE username = ?1");
    stmt.bind(1, name);
    REQUIRE(stmt.step());
    return std::to_string(stmt.column_int64(0));
  };
  auto n01 = std::to_string(server.location_id("N01"));
  auto e01 = std::to_string(server.location_id("E01"));
  // Overdue: due two days ago, still planned.
  create(R"({"locationId":")" + e01 + R"(","title":"Thanks board in the break room","target":{"kind":"PLAN_TARGET_KIND_DIMENSION","dimension":"DIMENSION_RECOGNITION"},"ownerId":")" +
         owner("hr") + R"(","startOn":")" + date(-30) + R"(","dueOn":")" + date(-2) + R"("})");
  // Done seven weeks ago after a week: two weeks before and after, all published.
  auto done = create(R"({"locationId":")" + n01 + R"(","title":"Post the limit at every till","target":{"kind":"PLAN_TARGET_KIND_EMPOWERMENT","figure":"EMPOWERMENT_FIGURE_KNOWS_LIMIT"},"ownerId":")" +
                     owner("manager_north") + R"(","startOn":")" + date(-56) + R"(","dueOn":")" + date(-49) + R"("})");
  auto status = http_send(server.port(), "POST", "/api/v1/plans/" + done + "/status",
                          R"({"status":"PLAN_STATUS_DONE","on":")" + date(-50) + R"("})",
                          {{"Content-Type", "application/json"}, {"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  REQUIRE(status.status == 200);

  webdriver_client browser(1280, 900);
  sign_in(browser, server, "hr");
  browser.wait_for("#heatmap tbody tr");
  browser.navigate(server.url() + "/#/plans");
  browser.wait_for(".plans-table tbody tr");
  CHECK(browser.find_all(".row-overdue").size() == 1);
  browser.wait_for_text("Dropped with no open plan");
  auto drops = browser.execute_string("return document.querySelector('[aria-labelledby=drops-title]').innerText;");
  CHECK(drops.find("Seaview Parade") != std::string::npos);
  browser.screenshot(screenshot_path("26-plans-hr-desktop"));
  check_accessible(browser);

  // Filters by status.
  browser.execute("const s = document.getElementById('plan-filter-status'); s.value = 'done'; "
                  "s.dispatchEvent(new Event('change')); return 0;");
  CHECK(storepulse::testing::eventually([&browser] { return browser.find_all(".plans-table tbody tr").size() == 1; },
                                        std::chrono::seconds(10)));
  CHECK(browser.execute_string("return location.hash;") == "#/plans?status=done");

  // A region's plan, from the Plans page.
  browser.click(browser.find(".head-actions a.button"));
  browser.wait_for("#plan-scope");
  browser.execute("const s = document.getElementById('plan-scope'); s.value = 'region:South'; return 0;");
  browser.type(browser.find("#plan-title"), "Monthly customer story across the South");
  browser.execute("const t = document.getElementById('plan-target'); t.value = 'dimension:DIMENSION_RECOGNITION'; "
                  "t.dispatchEvent(new Event('change')); return 0;");
  check_accessible(browser);
  browser.click(browser.find(".plan-form button[type=submit]"));
  browser.wait_for_text("Region South · addresses Recognition");
  CHECK(browser.text(browser.find("h1")) == "Monthly customer story across the South");

  browser.navigate(server.url() + "/#/plan/" + done);
  browser.wait_for("#outcome");
  auto outcome = browser.execute_string("return document.getElementById('outcome').textContent;");
  CHECK(outcome.find("Before") != std::string::npos);
  CHECK(outcome.find("%") != std::string::npos);
  CHECK((outcome.find("significant") != std::string::npos));
  scroll_to(browser, "#outcome");
  browser.screenshot(screenshot_path("27-plan-outcome-desktop"));

  browser.set_window_size(390, 844);
  browser.navigate(server.url() + "/#/plans");
  browser.wait_for(".plans-table tbody tr");
  check_fits(browser);
  browser.screenshot(screenshot_path("28-plans-hr-phone"));
  browser.navigate(server.url() + "/#/plan/" + done);
  browser.wait_for("#outcome");
  scroll_to(browser, "#outcome");
  check_fits(browser);
  browser.screenshot(screenshot_path("29-plan-outcome-phone"));
}

namespace {

// Returns a change as the dashboard's signed() writes it: "+6.1", "−2.0" (a minus sign), "0.0".
std::string signed_text(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", std::abs(value));
  if (std::string(text) == "0.0") return text;
  return (value > 0 ? "+" : "\u2212") + std::string(text);
}

}  // namespace

TEST_CASE("HR's plans page says whether stores that completed a plan rose more than stores without one",
          "[dashboard][browser][plans]") {
  dashboard_server server({}, 16);
  const auto hr = api_sign_in(server, "hr");
  for (const char* store : {"N01", "N02", "S01", "S02", "E01"})
    mark_plan_done(server, hr,
                   create_store_plan(server, hr, store,
                                     R"({"kind":"PLAN_TARGET_KIND_DIMENSION","dimension":"DIMENSION_EMPOWERMENT"})",
                                     -56, -49),
                   -50);
  auto comparison = parse_json<v1::ActingComparison>(api_get(server, hr, "/api/v1/plans/acting").body);
  const v1::ActingEffect* empowerment = nullptr;
  for (const auto& effect : comparison.dimensions())
    if (effect.dimension() == v1::DIMENSION_EMPOWERMENT) empowerment = &effect;
  REQUIRE(empowerment);
  REQUIRE(empowerment->effect().status() == v1::CELL_STATUS_PUBLISHED);

  webdriver_client browser(1280, 900);
  sign_in(browser, server, "hr");
  browser.wait_for("#heatmap tbody tr");
  browser.navigate(server.url() + "/#/plans");
  browser.wait_for("#acting .acting-card");
  const std::string card = "#acting .acting-card[data-dimension=DIMENSION_EMPOWERMENT]";
  CHECK(browser.text(browser.find(card + " .metric")) == signed_text(empowerment->effect().value()) + " points");
  auto text = browser.text(browser.find(card));
  CHECK(text.find(empowerment->sentence()) != std::string::npos);
  CHECK(text.find("95% interval " + signed_text(empowerment->effect().ci_low()) + " to " +
                  signed_text(empowerment->effect().ci_high())) != std::string::npos);
  CHECK(text.find("5 stores completed a plan · " + std::to_string(empowerment->comparison_stores()) +
                  " stores without one") != std::string::npos);
  // Where no store acted, the card says how many are needed and shows no figure.
  auto values = browser.text(browser.find("#acting .acting-card[data-dimension=DIMENSION_VALUES]"));
  CHECK(values.find("Not enough stores yet: 0 completed a plan on Values, 5 needed.") != std::string::npos);
  scroll_to(browser, "#acting");
  browser.screenshot(screenshot_path("30-plans-acting-desktop"));
  check_accessible(browser);

  browser.set_window_size(375, 812);
  browser.navigate(server.url() + "/#/plans");
  browser.wait_for("#acting .acting-card");
  check_fits(browser);
  scroll_to(browser, "#acting");
  browser.screenshot(screenshot_path("31-plans-acting-phone"));

  // A manager's plans page has no such section.
  webdriver_client manager(1280, 900);
  sign_in(manager, server, "manager_north");
  manager.wait_for("#heatmap tbody tr");
  manager.navigate(server.url() + "/#/plans");
  manager.wait_for(".plans-table");
  CHECK(manager.find_all("#acting").empty());
}
