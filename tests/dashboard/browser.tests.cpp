#include "calendar/calendar.h"
#include "tests/support/api_requests.h"
#include "tests/support/dashboard_browser.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/webdriver_client.h"

#include "storepulse/v1/reports.pb.h"

#include <catch2/catch.hpp>
#include <google/protobuf/struct.pb.h>

#include <cstdio>

using namespace storepulse::test;

namespace {

std::string shot(const std::string& name) { return screenshot_path(name); }

}  // namespace

TEST_CASE("HR signs in and sees every store with small groups suppressed and opens a store's empowerment panel",
          "[dashboard][browser]") {
  dashboard_server server;
  webdriver_client browser(1366, 900);

  browser.navigate(server.url() + "/");
  browser.wait_for("#username");
  CHECK(accessibility_problems(browser).empty());
  browser.screenshot(shot("01-sign-in"));

  sign_in(browser, server, "hr");
  browser.wait_for("#heatmap tbody tr");
  auto page = browser.execute_string("return document.body.textContent;");
  CHECK(page.find("Northgate") != std::string::npos);
  CHECK(page.find("Eastbrook Centre") != std::string::npos);
  CHECK(page.find("Southfields") != std::string::npos);
  CHECK(browser.execute_string("return [...document.querySelectorAll('#heatmap thead th')].map(t => t.innerText).join('|');")
            .find("CHI") != std::string::npos);
  CHECK_FALSE(browser.find_all("#heatmap .cell-suppressed").empty());
  CHECK(page.find("Held back to protect small groups") != std::string::npos);
  CHECK(page.find("fewer than 5 answers") == std::string::npos);
  // The period says which dates it covers.
  CHECK(browser.execute_string("return document.querySelector('.page-head p').textContent;").find(" 20") != std::string::npos);
  auto a11y = accessibility_problems(browser);
  INFO(a11y);
  CHECK(a11y.empty());
  browser.screenshot(shot("02-overview-hr"));

  // Sorting by CHI from the keyboard-reachable header button asks the server for the other order;
  // the organisation stays on top.
  const std::string first_store = "return document.querySelector('#heatmap tbody:not(.references) th').innerText;";
  auto before = browser.execute_string(first_store);
  browser.click(browser.find("#heatmap thead th:nth-child(2) button"));
  browser.wait_for("#heatmap thead th:nth-child(2)[aria-sort='descending']");
  CHECK(browser.execute_string(first_store) != before);
  CHECK(browser.execute_string("return document.querySelector('#heatmap tbody th').innerText;").find("Organisation") !=
        std::string::npos);

  browser.navigate(server.url() + "/#/store/" + std::to_string(server.location_id("N01")));
  browser.wait_for("#empowerment");
  browser.wait_for_text("Know their limit");
  browser.wait_for("canvas");
  browser.execute("return new Promise(r => setTimeout(r, 300));");
  page = browser.execute_string("return document.body.textContent;");
  CHECK(page.find("Northgate") != std::string::npos);
  CHECK(page.find("Believed vs real limit") != std::string::npos);
  CHECK(page.find("Questions") != std::string::npos);
  // Each question type shows its own figure: no mean of yes/no answers or of limit bands, and a
  // reverse-scored item says so; changes that are not significant show no number.
  auto result_of = [&](const std::string& text_start) {
    return browser.execute_string(
        "for (const row of document.querySelectorAll('.question-table tbody tr'))"
        "  if (row.querySelector('th').textContent.startsWith(" + ("'" + text_start + "'") + "))"
        "    return row.querySelector('td:nth-child(3)') ? row.querySelector('td:nth-child(3)').textContent : 'none';"
        "return 'missing';");
  };
  CHECK_THAT(result_of("In the last 7 days, I fixed"), Catch::Matches(".*% yes.*"));
  CHECK_THAT(result_of("Up to what amount"), Catch::Matches(".*% know it.*"));
  CHECK_THAT(result_of("I know our company"), Catch::Matches(".*% favourable.*"));
  CHECK_THAT(browser.execute_string("return document.querySelector('.question-table').textContent;"),
             Catch::Contains("reverse-scored: disagreeing is favourable"));
  CHECK(page.find("n.s.") == std::string::npos);
  CHECK(page.find("\u22120.0") == std::string::npos);
  a11y = accessibility_problems(browser);
  INFO(a11y);
  CHECK(a11y.empty());
  browser.screenshot(shot("03-store-hr"));
  browser.execute("document.getElementById('trends-title').scrollIntoView(); return 0;");
  browser.screenshot(shot("04-store-trends"));
  browser.execute("document.getElementById('empowerment').scrollIntoView(); return 0;");
  browser.screenshot(shot("05-store-empowerment"));
  browser.execute("document.getElementById('questions-title').scrollIntoView(); return 0;");
  browser.screenshot(shot("05c-store-questions"));

  // A store whose figures are all held back claims nothing: no agreement, no count.
  browser.navigate(server.url() + "/#/store/" + std::to_string(server.location_id("N03")));
  browser.wait_for("#empowerment");
  page = browser.execute_string("return document.body.textContent;");
  CHECK(page.find("Aligned") == std::string::npos);
  CHECK(browser.find_all(".badge-warn").empty());
  CHECK(page.find("fewer than 5") == std::string::npos);
  CHECK(page.find("Held back") != std::string::npos);
  browser.screenshot(shot("05b-store-held-back"));

  browser.navigate(server.url() + "/#/alerts");
  browser.wait_for(".alert-list, .notice");
  {
    // One entry per store, every alert of the API under it, the most serious stores first.
    const auto alerts = parse_json<storepulse::v1::AlertsReport>(
        api_get(server, api_sign_in(server, "hr"), "/api/v1/reports/alerts?period=4w").body);
    const auto shown = browser.execute_string(
        "const items = [...document.querySelectorAll('.alert-list > li')];"
        "const tops = items.map(li => Number(li.dataset.top));"
        "return JSON.stringify({stores: items.length, distinct: new Set(items.map(li => li.dataset.store)).size,"
        "  rows: document.querySelectorAll('.alert-rows > li').length,"
        "  ranked: tops.every((t, i) => i === 0 || tops[i - 1] >= t)});");
    INFO(shown);
    const auto figures = parse_json<google::protobuf::Struct>(shown);
    CHECK(figures.fields().at("ranked").bool_value());
    const auto count = [&](const std::string& key) { return figures.fields().at(key).number_value(); };
    REQUIRE(count("stores") > 0);
    CHECK(count("stores") == count("distinct"));
    CHECK(count("rows") == static_cast<double>(alerts.alerts_size()));
    CHECK(count("stores") <= count("rows"));
  }
  a11y = accessibility_problems(browser);
  INFO(a11y);
  CHECK(a11y.empty());
  browser.screenshot(shot("06-alerts"));

  // A quarter that has not ended says which weeks are still collecting; the running week shows nothing.
  browser.navigate(server.url() + "/#/overview?period=quarter");
  browser.wait_for("#heatmap tbody tr");
  browser.wait_for_text("still collecting answers");
  browser.screenshot(shot("12-overview-quarter-collecting"));
  int this_week = storepulse::calendar::iso_week(storepulse::calendar::today_utc());
  char week_text[16];
  std::snprintf(week_text, sizeof week_text, "%04d-W%02d", this_week / 100, this_week % 100);
  browser.navigate(server.url() + "/#/overview?period=week&at=" + week_text);
  browser.wait_for("#heatmap tbody tr");
  browser.wait_for_text("has not been published yet");
  // Nobody is said to have answered nothing: the cells say the week is still collecting.
  auto cells = browser.execute_string("return [...document.querySelectorAll('#heatmap td.cell')].map(c => c.innerText).join('|');");
  CHECK(cells.find("Collecting") != std::string::npos);
  CHECK(cells.find("No data") == std::string::npos);
  browser.screenshot(shot("13-overview-week-running"));

  // The region filter narrows the heatmap, and the export links to the same suppressed figures.
  browser.navigate(server.url() + "/#/overview?period=4w&region=South");
  browser.wait_for("#heatmap tbody tr");
  auto south = browser.execute_string(
      "return [...document.querySelectorAll('#heatmap tbody .store-name')].map(a => a.textContent).join('|');");
  CHECK(south.find("Southfields") != std::string::npos);
  CHECK(south.find("Northgate") == std::string::npos);
  browser.navigate(server.url() + "/#/export");
  auto link = browser.wait_for("a[download]");
  (void)link;
  auto csv = browser.execute_string(R"JS(
    const href = document.querySelector('a[download]').getAttribute('href');
    return fetch(href).then(async (r) => `${r.status} ${r.headers.get('content-type')}\n${await r.text()}`);
  )JS");
  CHECK(csv.rfind("200 text/csv", 0) == 0);
  CHECK(csv.find("Northgate") != std::string::npos);
  browser.screenshot(shot("11-export"));
}

TEST_CASE("A manager sees only their own stores and another store's page is refused", "[dashboard][browser]") {
  dashboard_server server;
  webdriver_client browser(1280, 900);
  sign_in(browser, server, "manager_north");
  browser.wait_for("#heatmap tbody tr");
  auto rows = browser.execute_string(
      "return [...document.querySelectorAll('#heatmap tbody th .store-name')].map(a => a.innerText).join('|');");
  CHECK(rows.find("Northgate") != std::string::npos);
  CHECK(rows.find("Harbour Street") != std::string::npos);
  CHECK(rows.find("Southfields") == std::string::npos);
  CHECK(rows.find("Eastbrook") == std::string::npos);
  // North holds one store besides the manager's two: its figures would narrow down to it.
  auto page = browser.execute_string("return document.body.textContent;");
  CHECK(page.find("shown only where at least 3 stores other than yours") == std::string::npos);
  CHECK(page.find("Consistency") == std::string::npos);
  browser.navigate(server.url() + "/#/overview?period=4w&region=North");
  browser.wait_for("#heatmap tbody tr");
  browser.wait_for_text("other than yours");
  browser.screenshot(shot("07-overview-manager"));

  browser.navigate(server.url() + "/#/store/" + std::to_string(server.location_id("S01")));
  browser.wait_for_text("not available to you");
  CHECK(browser.execute_string("return document.body.textContent;").find("Southfields") == std::string::npos);
}

TEST_CASE("The overview works on a phone screen", "[dashboard][browser]") {
  dashboard_server server;
  webdriver_client browser(390, 844);
  sign_in(browser, server, "hr");
  browser.wait_for("#heatmap tbody tr");
  // The page itself never scrolls sideways; only the table's own box does.
  auto overflow = overflowing_elements(browser);
  INFO(overflow);
  CHECK(browser.execute_string("return String(document.documentElement.scrollWidth <= window.innerWidth + 1);") == "true");
  browser.screenshot(shot("08-overview-phone"));
  browser.execute("document.getElementById('heatmap').scrollIntoView(); return 0;");
  browser.screenshot(shot("09-heatmap-phone"));
}

TEST_CASE("An operator sees kiosks and users but no scores", "[dashboard][browser]") {
  dashboard_server server;
  webdriver_client browser(1280, 800);
  sign_in(browser, server, "ops");
  browser.wait_for("#kiosks");
  auto nav = browser.execute_string("return document.getElementById('nav').innerText;");
  CHECK(nav.find("Kiosks") != std::string::npos);
  CHECK(nav.find("Overview") == std::string::npos);
  CHECK(browser.find_all("#kiosks tbody tr").size() == 5);
  CHECK(browser.find_all("#kiosks button").size() == 4);  // the revoked kiosk has no button
  // What the canteen kiosk's checks reported: its queue fails, and answers refused for good by reason.
  auto canteen = browser.execute_string(
      "return [...document.querySelectorAll('#kiosks tbody tr')].find(r => r.textContent.includes('Canteen')).textContent;");
  INFO(canteen);
  CHECK(canteen.find("Queue error") != std::string::npos);
  CHECK(canteen.find("4 (conflict 1, too late 3)") != std::string::npos);
  auto a11y = accessibility_problems(browser);
  INFO(a11y);
  CHECK(a11y.empty());
  browser.screenshot(shot("10-kiosks-operator"));
}

TEST_CASE("A manager's kiosk page shows the day each kiosk was last seen and no answers waiting",
          "[dashboard][browser]") {
  dashboard_server server;
  webdriver_client browser(1280, 800);
  sign_in(browser, server, "manager_north");
  browser.wait_for("#heatmap tbody tr");
  browser.navigate(server.url() + "/#/kiosks");
  browser.wait_for("#kiosks tbody tr");
  auto headers =
      browser.execute_string("return [...document.querySelectorAll('#kiosks thead th')].map(t => t.textContent).join('|');");
  CHECK(headers.find("Last seen on") != std::string::npos);
  CHECK(headers.find("Waiting") == std::string::npos);
  auto page = browser.execute_string("return document.getElementById('main').textContent;");
  CHECK(page.find("Answers waiting") == std::string::npos);
  CHECK(page.find("Refused") == std::string::npos);
  CHECK(page.find("Queue error") == std::string::npos);
  CHECK(page.find(" ago") == std::string::npos);
  // The fresh kiosk at N01 was seen today (UTC), the revoked one at N02 long ago; no buttons.
  auto today = browser.execute_string("return new Date().toISOString().slice(0, 10);");
  CHECK(page.find(today) != std::string::npos);
  CHECK(browser.find_all("#kiosks tbody tr").size() == 3);
  CHECK(browser.find_all("#kiosks button").empty());
  auto a11y = accessibility_problems(browser);
  INFO(a11y);
  CHECK(a11y.empty());
  browser.screenshot(shot("10b-kiosks-manager"));
}

TEST_CASE("HR deactivates a manager, changes another's stores and reads the record of changes on the users page",
          "[dashboard][browser][users]") {
  dashboard_server server;
  webdriver_client browser(1366, 900);
  sign_in(browser, server, "hr");
  browser.wait_for("#heatmap tbody tr");
  browser.navigate(server.url() + "/#/users");
  browser.wait_for("#users tbody tr");
  browser.wait_for("#user-changes");
  auto a11y = accessibility_problems(browser);
  INFO(a11y);
  CHECK(a11y.empty());
  // HR's own row has no actions: nobody changes their own account here.
  CHECK(browser.find_all("button[aria-label$='for hr']").empty());
  browser.screenshot(shot("14-users-hr"));

  browser.click(browser.find("button[aria-label='Deactivate for manager_south']"));
  browser.wait_for("dialog[open]");
  browser.screenshot(shot("15-users-deactivate"));
  browser.click(browser.find("dialog[open] button[type=submit]"));
  browser.wait_for_text("manager_south deactivated and signed out.");
  CHECK(browser.execute_string(
            "return [...document.querySelectorAll('#users tbody tr')].find(r => r.innerText.includes('manager_south')).innerText;")
            .find("Deactivated") != std::string::npos);
  CHECK_FALSE(browser.find("button[aria-label='Reactivate for manager_south']").empty());

  browser.click(browser.find("button[aria-label='Role and stores for manager_north']"));
  auto n02 = browser.wait_for("dialog[open] input[value=N02]");
  a11y = accessibility_problems(browser);
  INFO(a11y);
  CHECK(a11y.empty());
  browser.screenshot(shot("16-users-role-and-stores"));
  browser.click(n02);
  browser.click(browser.find("dialog[open] button[type=submit]"));
  browser.wait_for_text("manager_north changed and signed out.");
  auto record = browser.execute_string("return document.getElementById('user-changes').innerText;");
  CHECK(record.find("Stores changed") != std::string::npos);
  CHECK(record.find("N01, N02 -> N01") != std::string::npos);
  CHECK(record.find("Deactivated") != std::string::npos);
  CHECK(record.find("hr") != std::string::npos);
  browser.screenshot(shot("17-users-changed"));

  browser.set_window_size(390, 844);
  browser.navigate(server.url() + "/#/users");
  browser.wait_for("#users tbody tr");
  browser.wait_for("#user-changes");
  CHECK(browser.execute_string("return String(document.documentElement.scrollWidth <= window.innerWidth + 1);") == "true");
  browser.screenshot(shot("18-users-phone"));
  browser.click(browser.find("button[aria-label='Reset password for ops']"));
  browser.wait_for("dialog[open] #new-password");
  browser.screenshot(shot("19-users-password-phone"));
}

TEST_CASE("An operator sees the users but changes only operators and sees no record of changes",
          "[dashboard][browser][users]") {
  dashboard_server server;
  webdriver_client browser(1280, 800);
  sign_in(browser, server, "ops");
  browser.wait_for("#kiosks");
  browser.navigate(server.url() + "/#/users");
  browser.wait_for("#users tbody tr");
  CHECK(browser.find_all("#users tbody tr").size() == 4);
  // The only operator is the caller: no account here is theirs to change.
  CHECK(browser.find_all("#users button").empty());
  CHECK(browser.find("#user-changes").empty());
  auto a11y = accessibility_problems(browser);
  INFO(a11y);
  CHECK(a11y.empty());
  browser.screenshot(shot("20-users-operator"));
}
