#include "tests/support/dashboard_browser.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/webdriver_client.h"

#include <catch2/catch.hpp>

#include <string>

using namespace storepulse::test;

namespace {

struct screen {
  int width, height;
  const char* name;
};

std::string stores_shown(webdriver_client& browser) {
  return browser.execute_string(
      "return [...document.querySelectorAll('#heatmap tbody:not(.references) .store-meta')].map(m => m.textContent).join('|');");
}

int count(webdriver_client& browser, const std::string& css) { return static_cast<int>(browser.find_all(css).size()); }

}  // namespace

TEST_CASE("HR goes from the region heatmap to a region's stores and to their next page, on a desktop and a phone",
          "[dashboard][browser][paging]") {
  // 142 stores: Central has 68 of them, two pages of 50.
  dashboard_server server({}, 136);
  for (const auto& size : {screen{1366, 900, "desktop"}, screen{390, 844, "phone"}}) {
    const std::string name = size.name;
    CAPTURE(name);
    webdriver_client browser(size.width, size.height);
    sign_in(browser, server, "hr");

    // The organisation first, then every region, before any store.
    browser.wait_for("#regions tbody tr");
    CHECK(count(browser, "#regions tbody tr") == 7);
    CHECK(browser.text(browser.find("#regions tbody tr:first-child th")).find("Organisation") != std::string::npos);
    browser.wait_for_text("Stores 1–50 of 142");
    CHECK(count(browser, "#heatmap tbody:not(.references) tr") == 50);
    check_fits(browser);
    check_accessible(browser);
    scroll_to(browser, "#regions-title");
    browser.screenshot(screenshot_path("21-overview-regions-" + name));

    // A region's link lists its stores, with the organisation and the region on top.
    browser.click(browser.find("#regions tbody tr[data-region='Central'] a"));
    browser.wait_for_text("Stores in Central");
    browser.wait_for_text("Stores 1–50 of 68");
    CHECK(browser.find("#regions tr[data-region='Central'][aria-current='true']") != "");
    CHECK(count(browser, "#heatmap tbody.references tr") == 2);
    auto first_page = stores_shown(browser);
    CHECK(first_page.find("West") == std::string::npos);
    CHECK(first_page.find("North") == std::string::npos);
    check_fits(browser);
    check_accessible(browser);
    scroll_to(browser, "#heatmap-title");
    browser.screenshot(screenshot_path("22-overview-region-" + name));
    // Scrolled sideways, the table keeps the stores' names in view.
    browser.execute("document.querySelector('#heatmap').parentElement.scrollLeft = 400; return 0;");
    auto name_left = browser.execute_string(
        "return String(Math.round(document.querySelector('#heatmap tbody:not(.references) th').getBoundingClientRect().left"
        " - document.querySelector('#heatmap').parentElement.getBoundingClientRect().left));");
    CHECK(std::stoi(name_left) >= 0);
    CHECK(std::stoi(name_left) <= 2);
    browser.screenshot(screenshot_path("22b-overview-region-scrolled-" + name));
    browser.execute("document.querySelector('#heatmap').parentElement.scrollLeft = 0; return 0;");

    // The next page: the other 18 Central stores, and the address remembers it.
    browser.click(browser.find("#page-next-top"));
    browser.wait_for_text("Stores 51–68 of 68");
    CHECK(count(browser, "#heatmap tbody:not(.references) tr") == 18);
    auto second_page = stores_shown(browser);
    CHECK(second_page != first_page);
    CHECK(second_page.find("West") == std::string::npos);
    CHECK(browser.execute_string("return location.hash;").find("page=2") != std::string::npos);
    CHECK(browser.execute_string("return String(document.getElementById('page-next-bottom').disabled);") == "true");
    scroll_to(browser, "#pager-status-bottom");
    browser.screenshot(screenshot_path("23-overview-region-page-2-" + name));

    // A column heading sorts on the server: CHI from the highest, back on the first page.
    browser.click(browser.find("#heatmap thead th:nth-child(2) button"));
    browser.wait_for("#heatmap thead th:nth-child(2)[aria-sort='descending']");
    browser.wait_for_text("Stores 1–50 of 68");
    CHECK(browser.execute_string("return location.hash;").find("order=desc") != std::string::npos);

    // The search box finds stores by name, whatever the case.
    browser.type(browser.find("#store-search"), "łÓdŹ");
    browser.wait_for_text("matching “łÓdŹ”");
    auto found = browser.execute_string(
        "return [...document.querySelectorAll('#heatmap tbody:not(.references) .store-name')].map(a => a.textContent).join('|');");
    CHECK(found.find("Łódź Galeria") != std::string::npos);
    CHECK(found.find("Market") == std::string::npos);
    check_fits(browser);
    scroll_to(browser, "#heatmap-title");
    browser.screenshot(screenshot_path("24-overview-search-" + name));
  }
}
