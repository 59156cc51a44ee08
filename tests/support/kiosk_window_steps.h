#pragma once

#include <string>
#include <vector>

#include "tests/support/kiosk_app_process.h"
#include "tests/support/kiosk_server_fixture.h"

namespace storepulse::test {

// Steps the kiosk window tests share: starting the real kiosk against the real server, and
// tapping through its screens.

// Picks an answer button by what the question offers: agree-5, 0-10 or yes/no.
int answer_for(const kiosk_layout& l);

// Returns true when a screenshot whose name holds name lies in dir.
bool has_screenshot(const std::string& dir, const std::string& name);

// Returns true, after saying why, when this build or machine cannot run the kiosk in a window.
bool cannot_open_kiosk_window();

// Returns an empty folder for a test's screenshots under build/test-artifacts/kiosk_window.
std::string screenshot_folder(const std::string& name);

// Returns the flags of a windowed kiosk of this size with its data in the server's folder, the
// PIN 246802 and screenshots into shots; enroll_code, when given, enrolls it at start.
std::vector<std::string> window_flags(const testing::kiosk_server_fixture& server, int width, int height,
                                      const std::string& shots, const std::string& enroll_code = {});

// Sets the organisation's two values, in English and French.
void set_values(const testing::kiosk_server_fixture& server);

// Sets the values and loads the whole question bank, which speaks every language of the kiosk.
void load_bank(const testing::kiosk_server_fixture& server);

// Posts, as the dashboard would, a plan of K01 shared with staff (in progress, in every language)
// and a success story for every store in English and French only (Spanish falls back to English).
void post_staff_news(const testing::kiosk_server_fixture& server);

// Answers a whole survey from the attract screen; returns the layout after the last answer.
kiosk_layout answer_survey(const kiosk_app_process& kiosk);

// Opens the PIN keypad from the attract screen with the hidden gesture; returns its layout.
kiosk_layout open_operator_pin(const kiosk_app_process& kiosk);

// Opens the operator panel from the attract screen with the PIN 246802.
kiosk_layout open_operator_panel(const kiosk_app_process& kiosk);

// Checks that every button lies inside the window and overlaps no other.
void check_buttons_fit(const kiosk_layout& l, int width, int height);

// Switches the attract screen to a language.
void choose_language(const kiosk_app_process& kiosk, const std::string& language);

}  // namespace storepulse::test
