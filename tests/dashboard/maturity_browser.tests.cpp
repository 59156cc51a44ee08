#include "calendar/calendar.h"
#include "server/maturity/maturity_scoring.h"
#include "tests/support/api_requests.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/dashboard_browser.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/eventually.h"
#include "tests/support/webdriver_client.h"

#include "storepulse/v1/maturity.pb.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace storepulse::test;
namespace v1 = storepulse::v1;

namespace {

const char* const stage_names[] = {"MATURITY_STAGE_IGNORE",         "MATURITY_STAGE_EXPLORE", "MATURITY_STAGE_MOBILIZE",
                                   "MATURITY_STAGE_OPERATIONALIZE", "MATURITY_STAGE_ALIGN",   "MATURITY_STAGE_EMBED"};

// Answers every item on the round page by clicking its option: stages holds a digit 1-6 per item
// in questionnaire order. The first item is answered from the keyboard. Saves and waits.
void answer_round(webdriver_client& browser, const std::string& stages) {
  auto keys = browser.execute("return [...document.querySelectorAll('.answer-item')].map((f) => f.id.slice(5));");
  REQUIRE(static_cast<std::size_t>(keys.list_value().values_size()) == stages.size());
  for (int i = 0; i < keys.list_value().values_size(); ++i) {
    const auto& key = keys.list_value().values(i).string_value();
    const int stage = stages[static_cast<std::size_t>(i)] - '1';
    if (i == 0) {
      // Tab into the group, then arrow keys move the choice, as in any radio group.
      browser.execute("document.getElementById('answer-" + key + "-MATURITY_STAGE_IGNORE').focus(); return 0;");
      browser.send_keys_to_page(" ");
      for (int step = 0; step < stage; ++step) browser.send_keys_to_page("\uE014");  // arrow right
      CHECK(browser.execute_string("return document.activeElement.id;") == "answer-" + key + "-" + stage_names[stage]);
      continue;
    }
    browser.click(browser.find("#answer-" + key + "-" + stage_names[stage]));
  }
  browser.type(browser.find("#evidence-" + keys.list_value().values(0).string_value()),
               "Leadership meetings open with the stores' figures.");
  browser.click(browser.find(".answer-form button[type=submit]"));
}

// Returns "radar:N" once the round page's radar is drawn with N datasets, or "none".
std::string radar_drawn(webdriver_client& browser) {
  std::string drawn = "none";
  storepulse::testing::eventually([&browser, &drawn] {
    drawn = browser.execute_string(
        "const c = window.Chart && Chart.getChart(document.querySelector('.radar-canvas canvas'));"
        "return c ? c.config.type + ':' + c.data.datasets.length : 'none';");
    return drawn != "none";
  });
  return drawn;
}

// Returns a number as the dashboard rounds it (Math.round: halves up).
std::string rounded(double value) { return std::to_string(static_cast<long>(std::floor(value + 0.5))); }

// Returns the lip-service gap as the API gives it, one "competency|leaders|staff|gap|flag" line
// per row; a held-back staff figure reads "held" and a missing gap "".
std::string gap_of_api(const v1::MaturityLipServiceGap& gap) {
  std::string out;
  for (const auto& row : gap.rows()) {
    out += v1::MaturityCompetency_Name(row.competency()) + "|" + (row.has_leaders() ? rounded(row.leaders()) : "–") +
           "|" + (row.has_staff() ? rounded(row.staff()) : "held") + "|" + (row.has_gap() ? rounded(row.gap()) : "") +
           "|" + (row.leaders_far_above() ? "flag" : "") + "\n";
  }
  return out;
}

// Returns the gap table on the page in the same form.
std::string gap_on_page(webdriver_client& browser) {
  return browser.execute_string(
      "return [...document.querySelectorAll('.gap-table tbody tr')].map((tr) => [tr.dataset.competency,"
      "  tr.querySelector('[data-leaders]').dataset.leaders, tr.querySelector('[data-staff]').dataset.staff,"
      "  (tr.querySelector('[data-gap]') || { dataset: {} }).dataset.gap || '',"
      "  tr.querySelector('.gap-flag') ? 'flag' : ''].join('|') + '\\n').join('');");
}

}  // namespace

TEST_CASE("HR opens a region's maturity round, HR and a manager answer, HR closes it, and results, radar and timeline show",
          "[dashboard][browser][maturity]") {
  dashboard_server server;
  const auto today = storepulse::calendar::today_utc();
  // A round of the same region closed 190 days ago: the next is overdue, and the radar compares.
  server.admin({"maturity-round", "--db", server.db_path(), "--as", "hr", "--region", "North", "--assessor", "hr",
                "--assessor", "manager_north", "--opened", storepulse::calendar::format_date(today - 200), "--answers",
                "hr=221211322211111", "--answers", "manager_north=212121233221121", "--closed",
                storepulse::calendar::format_date(today - 190), "--agreed", "2", "--note", "A first look."});

  webdriver_client browser(1280, 900);
  sign_in(browser, server, "hr");
  browser.wait_for("#heatmap tbody tr");
  // The overdue round is on HR's alerts, with its scope and the day it fell due.
  browser.navigate(server.url() + "/#/alerts");
  browser.wait_for(".overdue-rows li");
  CHECK(browser.find_all(".overdue-rows li").size() == 1);
  CHECK(browser.text(browser.find(".overdue-rows li .badge")) == "Region North");
  CHECK(browser.execute_string("return document.querySelector('.overdue-rows li').dataset.since;") ==
        storepulse::calendar::format_date(storepulse::maturity::next_round_due(today - 190)));
  scroll_to(browser, "#overdue-title");
  browser.screenshot(screenshot_path("59-alerts-maturity-overdue-desktop"));
  browser.navigate(server.url() + "/#/assessments");
  browser.wait_for(".rounds-table tbody tr");
  CHECK(browser.text(browser.find(".scope-head h3")) == "Region North");
  CHECK(browser.text(browser.find(".scope-head .badge")) == "Overdue");

  // Nothing chosen: the server's refusal shows beside the assessors.
  browser.execute("document.getElementById('round-scope').value = 'region:North'; return 0;");
  browser.click(browser.find(".round-form button[type=submit]"));
  browser.wait_for_text("assessorIds names at least one assessor.");
  CHECK(browser.text(browser.find("#round-assessors-error")) == "assessorIds names at least one assessor.");
  browser.click(browser.find("#assessor-" + std::to_string(server.user_id("hr"))));
  browser.click(browser.find("#assessor-" + std::to_string(server.user_id("manager_north"))));
  scroll_to(browser, "#open-title");
  browser.screenshot(screenshot_path("60-assessments-desktop"));
  check_accessible(browser);
  browser.click(browser.find(".round-form button[type=submit]"));

  browser.wait_for("#answers-title");
  const auto round_url = browser.execute_string("return location.href;");
  const auto round_id = round_url.substr(round_url.rfind('/') + 1);
  answer_round(browser, "443433666433332");
  browser.wait_for_text("hr: 15 of 15");
  browser.screenshot(screenshot_path("61-assessment-answers-desktop"));
  check_accessible(browser);

  // The manager answers on a phone.
  {
    webdriver_client phone(390, 844);
    sign_in(phone, server, "manager_north");
    phone.wait_for("#heatmap tbody tr");
    phone.navigate(round_url);
    phone.wait_for("#answers-title");
    check_fits(phone);
    scroll_to(phone, "#answers-title");
    phone.screenshot(screenshot_path("62-assessment-answers-phone"));
    answer_round(phone, "235342566423212");
    phone.wait_for_text("manager_north: 15 of 15");
    phone.wait_for(".discuss-list li");
    CHECK(radar_drawn(phone) == "radar:3");
    // A manager gets no staff figure for the region, wider than their stores: each is held back.
    phone.wait_for(".gap-table tbody tr");
    CHECK(phone.find_all(".gap-table [data-staff=held]").size() == 5);
    CHECK(phone.find_all(".gap-table [data-gap]").empty());
    check_fits(phone);
    scroll_to(phone, "#gap-title");
    phone.screenshot(screenshot_path("63b-assessment-gap-manager-phone"));
    scroll_to(phone, "#results-title");
    phone.screenshot(screenshot_path("63-assessment-results-phone"));
  }

  // HR reads the results: what the table shows is what the API computed.
  browser.navigate(server.url() + "/#/assessments");
  browser.wait_for(".rounds-table");
  browser.navigate(round_url);
  browser.wait_for(".results-table tbody tr");
  auto results = parse_json<v1::MaturityResults>(
      api_get(server, api_sign_in(server, "hr"), "/api/v1/maturity/rounds/" + round_id + "/results").body);
  REQUIRE(results.competencies_size() == 5);
  const auto consensus = static_cast<long>(std::lround(results.competencies(0).consensus()));
  CHECK(browser.text(browser.find(".results-table tbody .consensus")) == std::to_string(consensus));
  CHECK(browser.find_all(".results-table thead th").size() == 4);  // competency, consensus, two assessors
  CHECK_FALSE(browser.find_all(".discuss-list > li").empty());
  // This round, the previous closed round of the region, and the next stage as the target.
  CHECK(radar_drawn(browser) == "radar:3");
  CHECK(browser.find_all(".stage-timeline li").size() == 1);

  browser.execute("document.getElementById('close-stage').value = 'MATURITY_STAGE_MOBILIZE'; return 0;");
  browser.type(browser.find("#close-note"), "Leaders agree; consistency between stores is what holds us back.");
  browser.click(browser.find(".note-form button[type=submit]"));
  browser.wait_for("#note-title");
  CHECK(browser.find_all(".stage-timeline li").size() == 2);
  CHECK(browser.text(browser.find(".stage-timeline li:last-child .timeline-stage a")) == "Mobilize");
  CHECK(browser.find_all("#close-title").empty());
  CHECK(radar_drawn(browser) == "radar:3");
  scroll_to(browser, "#results-title");
  browser.screenshot(screenshot_path("64-assessment-results-desktop"));
  check_accessible(browser);
  scroll_to(browser, "#timeline-title");
  browser.screenshot(screenshot_path("65-assessment-timeline-desktop"));

  // The lip-service gap shows the API's figures: the region's published pulse beside the leaders.
  results = parse_json<v1::MaturityResults>(
      api_get(server, api_sign_in(server, "hr"), "/api/v1/maturity/rounds/" + round_id + "/results").body);
  const auto& gap = results.lip_service_gap();
  REQUIRE(gap.rows_size() == 5);
  CHECK(gap.weeks() == 26);
  int published = 0;
  for (const auto& row : gap.rows()) published += row.has_staff();
  CHECK(published >= 3);  // leadership, values, empowerment; North's stores publish their CHIs
  CHECK(gap_on_page(browser) == gap_of_api(gap));
  // Both leaders place empowerment near Embed, far above what North's staff report.
  CHECK(browser.find_all(".gap-table tr[data-competency=MATURITY_COMPETENCY_EMPOWERMENT_AND_ENGAGEMENT] .gap-flag")
            .size() == 1);
  CHECK(browser.text(browser.find("#lip-service-gap .panel-head p")).find(gap.first_week() + " to " + gap.last_week()) !=
        std::string::npos);
  CHECK(browser.text(browser.find(".gap-table tbody tr[data-competency=MATURITY_COMPETENCY_CUSTOMER_INSIGHT_AND_ACTION]"))
            .find("no matching pulse figure") != std::string::npos);
  scroll_to(browser, "#gap-title");
  browser.screenshot(screenshot_path("65b-assessment-gap-desktop"));
  check_accessible(browser);

  browser.set_window_size(390, 844);
  browser.navigate(server.url() + "/#/assessments");
  browser.wait_for(".rounds-table tbody tr");
  check_fits(browser);
  browser.screenshot(screenshot_path("66-assessments-phone"));
  browser.navigate(round_url);
  browser.wait_for(".stage-timeline");
  CHECK(radar_drawn(browser) == "radar:3");
  check_fits(browser);
  browser.screenshot(screenshot_path("67-assessment-closed-phone"));
  scroll_to(browser, "#results-title");
  browser.screenshot(screenshot_path("67b-assessment-results-phone"));
  scroll_to(browser, "#timeline-title");
  browser.screenshot(screenshot_path("68-assessment-timeline-phone"));
  browser.set_window_size(375, 812);
  browser.navigate(server.url() + "/#/assessments");
  browser.wait_for(".rounds-table tbody tr");
  browser.navigate(round_url);
  browser.wait_for(".gap-table tbody tr");
  check_fits(browser);
  CHECK(gap_on_page(browser) == gap_of_api(gap));
  scroll_to(browser, "#gap-title");
  browser.screenshot(screenshot_path("68b-assessment-gap-phone"));
}

TEST_CASE("HR opens a store's maturity round from the store's page, and a store not in the list is refused before anything is sent",
          "[dashboard][browser][maturity]") {
  dashboard_server server;
  const auto hr = api_sign_in(server, "hr");
  const auto rounds = [&] { return parse_json<v1::MaturityRoundList>(api_get(server, hr, "/api/v1/maturity/rounds").body); };
  const auto id = server.location_id("N01");

  webdriver_client browser(1280, 900);
  sign_in(browser, server, "hr");
  browser.wait_for("#heatmap tbody tr");
  browser.navigate(server.url() + "/#/store/" + std::to_string(id));
  browser.click(browser.wait_for("#store-assessment"));
  browser.wait_for("#round-store");
  CHECK(browser.execute_string("return document.getElementById('round-scope').value;") == "store");
  CHECK(browser.execute_string("return document.getElementById('round-store').value;").rfind("N01 \u00b7 ", 0) == 0);
  browser.click(browser.find("#assessor-" + std::to_string(server.user_id("hr"))));

  // A text that names no store: refused beside the scope, and no round is opened.
  browser.execute("document.getElementById('round-store').value = 'Z99'; return 0;");
  browser.click(browser.find(".round-form button[type=submit]"));
  browser.wait_for_text("Choose a store from the list.");
  CHECK(browser.text(browser.find("#round-scope-error")) == "Choose a store from the list.");
  CHECK(rounds().rounds_size() == 0);

  // The store's code alone is enough.
  browser.execute("document.getElementById('round-store').value = 'N01'; return 0;");
  scroll_to(browser, "#open-title");
  browser.screenshot(screenshot_path("69-assessments-store-round-desktop"));
  check_accessible(browser);
  browser.click(browser.find(".round-form button[type=submit]"));
  browser.wait_for("#answers-title");
  const auto list = rounds();
  REQUIRE(list.rounds_size() == 1);
  CHECK(list.rounds(0).scope() == v1::SCOPE_KIND_LOCATION);
  CHECK(list.rounds(0).location_id() == id);
  CHECK(list.rounds(0).location_code() == "N01");

  // A manager's store page offers no such link.
  webdriver_client manager(1280, 900);
  sign_in(manager, server, "manager_north");
  manager.navigate(server.url() + "/#/store/" + std::to_string(id));
  manager.wait_for(".page-head h1");
  CHECK(manager.find_all("#store-assessment").empty());
}
