#include "tests/support/kiosk_window_steps.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "kiosk/core/identity/client_identity.h"
#include "tests/support/xvfb_display.h"

namespace storepulse::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* values_file = R"(
values {
  key: "customer"
  name { language: "en" text: "Customers first" }
  name { language: "fr" text: "Le client d\342\200\231abord" }
  description { language: "en" text: "We fix problems on the spot instead of sending people away." }
  description { language: "fr" text: "Nous r\303\251glons les probl\303\250mes sur place." }
}
values {
  key: "own"
  name { language: "en" text: "Own it" }
  name { language: "fr" text: "On s\342\200\231en charge" }
  description { language: "en" text: "If you see a problem, you solve it or find who can." }
  description { language: "fr" text: "Un probl\303\250me\302\240? On le r\303\250gle ou on trouve qui peut." }
}
)";

}  // namespace

// Picks an answer button by what the question offers: agree-5, 0-10 or yes/no.
int answer_for(const kiosk_layout& l) {
  if (l.has("answer.10")) return 8;
  if (l.has("answer.5")) return 4;
  return 1;
}

bool has_screenshot(const std::string& dir, const std::string& name) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().find(name) != std::string::npos) return true;
  }
  return false;
}

// Returns true, after saying why, when this build or machine cannot run the kiosk in a window.
bool cannot_open_kiosk_window() {
#ifndef STOREPULSE_KIOSK_BIN
  WARN("this build has no kiosk application (STOREPULSE_BUILD_KIOSK=OFF): skipping the kiosk window test");
  return true;
#endif
  if (xvfb_display::find_binary().empty()) {
    WARN("Xvfb is not installed (deploy/install-deps.sh installs it): skipping the kiosk window test");
    return true;
  }
  return false;
}

// Returns an empty folder for a test's screenshots under build/test-artifacts/kiosk_window.
std::string screenshot_folder(const std::string& name) {
  const std::string shots = std::string(STOREPULSE_ARTIFACT_DIR) + "/kiosk_window/" + name;
  std::filesystem::remove_all(shots);
  return shots;
}

// Returns the flags of a windowed kiosk of this size with its data in the server's folder, the
// PIN 246802 and screenshots into shots; enroll_code, when given, enrolls it at start.
std::vector<std::string> window_flags(const testing::kiosk_server_fixture& server, int width, int height, const std::string& shots,
                                      const std::string& enroll_code) {
  std::vector<std::string> flags{"--windowed", "--width", std::to_string(width), "--height", std::to_string(height),
                                 "--data", server.folder().file("kiosk"), "--server", server.url(), "--pin", "246802",
                                 "--screenshot-dir", shots};
  if (!enroll_code.empty()) flags.insert(flags.end(), {"--enroll-code", enroll_code});
  return flags;
}

// Sets the organisation's two values, in English and French.
void set_values(const testing::kiosk_server_fixture& server) {
  {
    std::ofstream values(server.folder().file("values.textproto"));
    values << values_file;
  }
  server.admin({"set-values", "--file", server.folder().file("values.textproto")});
}

// Sets the values and loads the whole question bank, which speaks every language of the kiosk.
void load_bank(const testing::kiosk_server_fixture& server) {
  set_values(server);
  server.admin({"load-questions", "--file", STOREPULSE_SOURCE_DIR "/schema/question_bank.textproto"});
}

// Posts, as the dashboard would, a plan of K01 shared with staff (in progress, in every language)
// and a success story for every store in English and French only (Spanish falls back to English).
void post_staff_news(const testing::kiosk_server_fixture& server) {
  server.admin({"add-user", "--username", "hr", "--role", "hr_admin", "--password", "hr-password-1-long"});
  const std::string today = storepulse::kiosk::local_date_today();
  server.admin({"add-plan", "--as", "hr", "--location", "K01", "--owner", "hr", "--addresses", "knows-limit", "--title",
                "Limit at every till", "--start", today, "--due", today, "--status", "in_progress", "--share",
                "--staff-text", "en=You told us you were unsure of your limit: it is now printed on a card at every till "
                "and repeated at each Monday briefing.",
                "--staff-text", "es=Nos dijeron que no conoc\u00edan su l\u00edmite: ahora est\u00e1 en una tarjeta en cada "
                "caja y se repite cada lunes.",
                "--staff-text", "fr=Vous ne connaissiez pas votre plafond\u00a0: il est affich\u00e9 \u00e0 chaque caisse "
                "et rappel\u00e9 chaque lundi."});
  server.admin({"post-story", "--as", "hr", "--every-store", "--text",
                "en=A customer's cake was left behind on a Saturday; Marta drove it to the wedding herself before the "
                "speeches. The family wrote to thank the whole store.",
                "--text", "fr=Un g\u00e2teau oubli\u00e9 un samedi\u00a0: Marta l\u2019a apport\u00e9 au mariage "
                "elle-m\u00eame avant les discours. La famille a remerci\u00e9 tout le magasin."});
}

// Answers a whole survey from the attract screen; returns the layout after the last answer.
kiosk_layout answer_survey(const kiosk_app_process& kiosk) {
  kiosk.tap("start");
  auto l = kiosk.wait_for_screen("question");
  while (l.screen == "question") {
    const std::string at = l.field("question");
    kiosk.tap("answer." + std::to_string(answer_for(l)));
    l = kiosk.wait_for([&](const kiosk_layout& x) { return x.screen != "question" || x.field("question") != at; });
  }
  return l;
}

// Opens the PIN keypad from the attract screen with the hidden gesture. A large window's
// screenshots hold frames back, and two taps within one frame count as none: each tap waits until
// the kiosk counted the one before, and a gesture that did not take is made again.
kiosk_layout open_operator_pin(const kiosk_app_process& kiosk) {
  for (int attempt = 1;; ++attempt) {
    try {
      if (kiosk.layout().screen != "operator_pin") {
        std::this_thread::sleep_for(450ms);
        for (int tap = 0; tap < 5 && kiosk.layout().screen == "attract"; ++tap) {
          const std::string counted = kiosk.layout().field("corner");
          kiosk.press("operator_corner");
          try {
            kiosk.wait_for([&](const kiosk_layout& x) { return x.screen != "attract" || x.field("corner") != counted; }, 1s);
          } catch (const std::runtime_error&) {
          }
        }
      }
      const kiosk_layout pin = kiosk.wait_for_screen("operator_pin", 5s);
      std::this_thread::sleep_for(1s);  // past the screenshot of the PIN screen, which holds taps back
      return pin;
    } catch (const std::runtime_error&) {
      if (attempt == 3) throw;
    }
  }
}

// Opens the operator panel from the attract screen with the PIN 246802; a step that did not take
// is made again.
kiosk_layout open_operator_panel(const kiosk_app_process& kiosk) {
  for (int attempt = 1;; ++attempt) {
    try {
      if (kiosk.layout().screen != "operator_pin") open_operator_pin(kiosk);
      for (const char* digit : {"pin.2", "pin.4", "pin.6", "pin.8", "pin.0", "pin.2"}) kiosk.tap(digit);
      kiosk.tap("pin.ok");
      return kiosk.wait_for_screen("operator_panel", 5s);
    } catch (const std::runtime_error&) {
      if (attempt == 3) throw;
    }
  }
}

// Checks that every button lies inside the window and overlaps no other.
void check_buttons_fit(const kiosk_layout& l, int width, int height) {
  for (const auto& b : l.buttons) {
    INFO("button " << b.id);
    CHECK(b.x >= 0);
    CHECK(b.y >= 0);
    CHECK(b.x + b.w <= width);
    CHECK(b.y + b.h <= height);
    for (const auto& other : l.buttons) {
      if (&other == &b) continue;
      INFO("and " << other.id);
      CHECK((b.x + b.w <= other.x || other.x + other.w <= b.x || b.y + b.h <= other.y || other.y + other.h <= b.y));
    }
  }
}

// Switches the attract screen to a language.
void choose_language(const kiosk_app_process& kiosk, const std::string& language) {
  if (kiosk.layout().field("language") == language) return;
  kiosk.tap("lang." + language);
  kiosk.wait_for([&](const kiosk_layout& x) { return x.field("language") == language; });
}

}  // namespace storepulse::test
