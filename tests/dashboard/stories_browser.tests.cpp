#include "tests/support/dashboard_browser.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/webdriver_client.h"

#include <catch2/catch.hpp>

using namespace storepulse::test;

TEST_CASE("A manager posts a success story for the kiosks, sees a field error, and withdraws it, on desktop and phone",
          "[dashboard][browser][stories]") {
  dashboard_server server;
  webdriver_client browser(1280, 900);
  sign_in(browser, server, "manager_north");
  browser.wait_for("#heatmap tbody tr");
  browser.navigate(server.url() + "/#/stories");
  browser.wait_for("#story-form-title");
  check_accessible(browser);

  // Nothing typed: the server's refusal names the field.
  browser.click(browser.find("form button[type=submit]"));
  browser.wait_for_text("texts needs a text");
  browser.type(browser.find("#story-en"), "Marta drove a forgotten cake to a wedding before the speeches.");
  browser.type(browser.find("#story-fr"), "Marta a apporté un gâteau oublié au mariage avant les discours.");
  browser.screenshot(screenshot_path("40-stories-form-desktop"));
  browser.click(browser.find("form button[type=submit]"));
  browser.wait_for_text("Marta drove a forgotten cake");
  browser.wait_for(".alert-list .button-quiet");
  browser.screenshot(screenshot_path("41-stories-list-desktop"));
  check_accessible(browser);

  browser.set_window_size(390, 844);
  browser.navigate(server.url() + "/#/stories");
  browser.wait_for(".alert-list");
  check_fits(browser);
  browser.screenshot(screenshot_path("42-stories-phone"));

  // Withdrawn from the keyboard.
  browser.execute("document.querySelector('.alert-list .button-quiet').focus(); return 0;");
  browser.send_keys_to_page("\uE007");
  browser.wait_for_text("Withdrawn");
  check_fits(browser);
  scroll_to(browser, "#story-list-title");
  browser.screenshot(screenshot_path("43-stories-withdrawn-phone"));
}
