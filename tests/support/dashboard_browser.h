#pragma once

#include "tests/support/dashboard_server.h"
#include "tests/support/webdriver_client.h"

#include <string>

namespace storepulse::test {

// Signs the browser in through the dashboard's sign-in page (password "<username>-password-1").
void sign_in(webdriver_client& browser, const dashboard_server& server, const std::string& username);

// Checks what an automated reviewer can check offline: a language, a title, a label for every
// form control, alt text or an accessible name for images, headings in order, one main
// landmark, and AA contrast for the text actually drawn. Returns the problems found.
std::string accessibility_problems(webdriver_client& browser);

// Returns the elements that stick out of the viewport's width (outside scrolling tables and the
// navigation), as "TAG.class" names, or "".
std::string overflowing_elements(webdriver_client& browser);

// Checks, as Catch2 checks, that nothing sticks out sideways and that the page does not scroll
// sideways.
void check_fits(webdriver_client& browser);

// Checks, as a Catch2 check, that accessibility_problems finds none.
void check_accessible(webdriver_client& browser);

// Scrolls the first match of css to the top of the viewport.
void scroll_to(webdriver_client& browser, const std::string& css);

// Returns the path of a screenshot named name in the artifact folder.
std::string screenshot_path(const std::string& name);

}  // namespace storepulse::test
