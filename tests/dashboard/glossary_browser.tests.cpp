#include "tests/support/dashboard_browser.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/webdriver_client.h"

#include <catch2/catch.hpp>

#include <string>

using namespace storepulse::test;

namespace {

// Opens the "i" beside the CHI card and returns whether its text lies inside the window.
bool chi_explained_inside(webdriver_client& browser) {
  browser.execute("document.querySelector('.cards .info summary').scrollIntoView({block: 'center'}); return 0;");
  browser.click(browser.find(".cards .info summary"));
  browser.wait_for(".cards .info[open] .info-text");
  const auto text = browser.text(browser.find(".cards .info[open] .info-text"));
  CHECK(text.find("mean of the values, empowerment and recognition scores") != std::string::npos);
  return browser.execute(
                    "const r = document.querySelector('.cards .info[open] .info-text').getBoundingClientRect();"
                    "return r.left >= 0 && r.right <= document.documentElement.clientWidth;")
      .bool_value();
}

}  // namespace

TEST_CASE("Every figure of the store page has its 'i', which explains it in place and leads to the glossary, on desktop "
          "and phone",
          "[dashboard][browser][glossary]") {
  dashboard_server server;
  webdriver_client browser(1280, 900);
  sign_in(browser, server, "hr");
  browser.wait_for("#heatmap tbody tr");
  const auto store = "/#/store/" + std::to_string(server.location_id("N01"));
  browser.navigate(server.url() + store);
  browser.wait_for(".cards .info");
  // The headline cards, the empowerment cards and the dimension columns each have theirs.
  CHECK(browser.find_all(".cards .info").size() == 4);
  CHECK(browser.find_all("#empowerment .info").size() == 5);
  CHECK(browser.find_all(".terms .info").size() == 5);
  CHECK(chi_explained_inside(browser));
  browser.screenshot(screenshot_path("50-glossary-info-desktop"));
  check_accessible(browser);
  // Escape closes it and gives the focus back.
  browser.send_keys_to_page("\uE00C");
  CHECK(browser.find_all(".info[open]").empty());

  browser.set_window_size(390, 844);
  browser.navigate(server.url() + store + "?period=month");
  browser.wait_for(".cards .info");
  CHECK(chi_explained_inside(browser));
  check_fits(browser);
  browser.screenshot(screenshot_path("51-glossary-info-phone"));

  // Its link opens the glossary at the term.
  browser.click(browser.find(".cards .info[open] .info-text a"));
  browser.wait_for(".glossary");
  CHECK(browser.text(browser.find(".term-wanted")) == "Culture Health Index (CHI)");
  CHECK(browser.find_all(".glossary dt").size() == browser.find_all(".glossary dd").size());
  check_fits(browser);
  browser.screenshot(screenshot_path("52-glossary-phone"));
  browser.set_window_size(1280, 900);
  browser.navigate(server.url() + "/#/glossary");
  browser.wait_for(".glossary");
  check_accessible(browser);
  browser.screenshot(screenshot_path("53-glossary-desktop"));
}
