#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <tuple>
#include <utility>

#include "kiosk/core/identity/client_identity.h"
#include "tests/support/eventually.h"
#include "tests/support/kiosk_app_process.h"
#include "tests/support/kiosk_layout_rules.h"
#include "tests/support/kiosk_window_steps.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/test_certificates.h"
#include "tests/support/xvfb_display.h"

using namespace storepulse::test;
using storepulse::testing::kiosk_server_fixture;
using namespace std::chrono_literals;

TEST_CASE("A survey and a remediation log tapped through the real kiosk window reach the server over TLS with a pinned key",
          "[kiosk][window][tls]") {
  if (cannot_open_kiosk_window()) return;
  const bool portrait = GENERATE(false, true);
  const std::string orientation = portrait ? "portrait" : "landscape";
  INFO("orientation " << orientation);

  kiosk_server_fixture server;
  set_values(server);
  // A self-signed certificate, as stores often run: the kiosk trusts it by the pin in its code.
  const auto certificate = storepulse::testing::make_server_certificate(server.folder(), "server", {"127.0.0.1"}, nullptr);
  server.start({"--kiosk-upload-delay", "0",  // the test waits for the upload
                "--tls-certificate", certificate.certificate_file, "--tls-private-key", certificate.key_file});
  std::string code = server.admin({"issue-codes", "--location", "K01", "--tls-certificate", certificate.certificate_file});
  code.erase(code.find_last_not_of('\n') + 1);
  REQUIRE(code.find('#') != std::string::npos);

  xvfb_display display(1280, 1280);
  const std::string shots = screenshot_folder(orientation);
  std::vector<std::string> flags{"--windowed", "--width", "1280", "--height", "800", "--data",
                                 server.folder().file("kiosk-" + orientation), "--server", server.url(),
                                 "--enroll-code", code, "--pin", "246802", "--screenshot-dir", shots};
  if (portrait) flags.push_back("--portrait");
  kiosk_app_process kiosk(display.name(), server.folder().file("layout.json"), flags);

  // Enrollment and the first configuration arrive from the server.
  kiosk.wait_for([](const kiosk_layout& l) { return l.screen == "attract" && l.field("config") == "yes" && l.has("lang.fr"); },
                 30s);
  const auto start = kiosk.layout().button("start");
  CHECK(start.h >= 57);  // 15 mm at 96 dpi
  if (portrait) CHECK(kiosk.layout().button("remediation").w < 800);

  kiosk.tap("lang.fr");
  kiosk.wait_for([](const kiosk_layout& l) { return l.field("language") == "fr"; });
  kiosk.tap("start");
  auto l = kiosk.wait_for_screen("question");
  const int count = std::stoi(l.field("question").substr(l.field("question").find('/') + 1));
  REQUIRE(count == 4);

  std::map<std::string, int> answered;
  for (int position = 1; position <= count; ++position) {
    l = kiosk.wait_for([&](const kiosk_layout& x) { return x.field("question") == std::to_string(position) + "/4"; });
    for (const auto& b : l.buttons) CHECK(b.h >= 57);
    const int value = answer_for(l);
    answered[l.field("key")] = value;
    if (position == 2 && answered.size() == 2) {
      // Back once: the first question shows again and is answered again.
      kiosk.tap("back");
      kiosk.wait_for([](const kiosk_layout& x) { return x.field("question") == "1/4"; });
      kiosk.tap("answer." + std::to_string(answer_for(kiosk.layout())));
      kiosk.wait_for([](const kiosk_layout& x) { return x.field("question") == "2/4"; });
    }
    kiosk.tap("answer." + std::to_string(value));
  }
  kiosk.wait_for_screen("thank_you");
  kiosk.tap("done");
  kiosk.wait_for_screen("attract");

  kiosk.tap("remediation");
  kiosk.wait_for_screen("remediation_category");
  kiosk.tap("category.2");
  kiosk.wait_for_screen("remediation_amount");
  kiosk.tap("band.3");
  kiosk.wait_for_screen("remediation_thanks");
  kiosk.tap("done");
  kiosk.wait_for_screen("attract");

  open_operator_pin(kiosk);
  kiosk.wait_for_screen("operator_pin");
  for (const char* digit : {"pin.2", "pin.4", "pin.6", "pin.8", "pin.0", "pin.2"}) kiosk.tap(digit);
  kiosk.tap("pin.ok");
  l = kiosk.wait_for_screen("operator_panel");
  CHECK(l.has("enroll"));
  CHECK(l.has("server"));
  // The panel shows the pin in use, in its short form.
  CHECK(l.field("pin") == certificate.pin.substr(0, 19) + "\u2026");
  CHECK(l.field("tls_refused") == "no");
  if (!portrait) {
    // An operator types (or scans) a code with its pin into the panel: the kiosk enrolls again.
    std::string again = server.admin({"issue-codes", "--location", "K01", "--tls-certificate", certificate.certificate_file});
    again.erase(again.find_last_not_of('\n') + 1);
    kiosk.type_before("enroll", again);
    kiosk.tap("enroll");
    CHECK(storepulse::testing::eventually([&] { return server.query_number("SELECT count(*) FROM kiosks") == 2; }));
  }
  std::this_thread::sleep_for(500ms);  // the screenshot is taken on the panel's second frame
  kiosk.tap("operator.close");
  kiosk.wait_for_screen("attract");

  // The answers left the kiosk's queue and are stored by the server, with the date only.
  kiosk.wait_for([](const kiosk_layout& x) { return x.field("queued") == "0" && x.field("online") == "yes"; }, 30s);
  const std::string today = storepulse::kiosk::local_date_today("Europe/Paris");  // the store's calendar, as the kiosk dates
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 1);
  CHECK(server.query_number("SELECT count(*) FROM submissions WHERE language = 'fr' AND local_date = '" + today + "'") == 1);
  for (const auto& [key, value] : answered) {
    INFO("question " << key);
    CHECK(server.query_number("SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id WHERE q.key = '" + key +
                              "' AND a.value = " + std::to_string(value)) == 1);
  }
  CHECK(server.query_number("SELECT count(*) FROM answers") == count);
  CHECK(server.query_number("SELECT count(*) FROM remediation_events WHERE category = 2 AND amount_band = 3 AND local_date = '" +
                            today + "'") == 1);

  CHECK(kiosk.stop() == 0);
  for (const char* screen : {"attract_en", "attract_fr", "question_1_fr", "question_4_fr", "thank_you_fr", "remediation_category",
                             "remediation_amount", "remediation_thanks", "operator_pin", "operator_panel"}) {
    INFO("screenshot " << screen << " in " << shots);
    CHECK(has_screenshot(shots, screen));
  }
}

TEST_CASE("In the kiosk window, waits count down, a survey left alone asks Still there? and wrong PINs lock the keypad",
          "[kiosk][window]") {
  if (cannot_open_kiosk_window()) return;
  // The smallest and the largest screens the kiosk is made for, each in another language.
  const auto shape = GENERATE(std::tuple{800, 480, "es"}, std::tuple{1920, 1080, "fr"});
  const int width = std::get<0>(shape);
  const int height = std::get<1>(shape);
  const std::string language = std::get<2>(shape);
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  INFO("window " << size << " in " << language);

  kiosk_server_fixture server;
  load_bank(server);
  server.start({"--kiosk-upload-delay", "0"});
  xvfb_display display(1920, 1080);
  const std::string shots = screenshot_folder("waits-" + size);
  kiosk_app_process kiosk(display.name(), server.folder().file("layout.json"),
                          window_flags(server, width, height, shots, server.issue_codes(1).at(0)));
  // Every button inside the window, apart from the others, and at least 12 mm (96 dpi) across.
  const auto check_layout = [&](const kiosk_layout& l) {
    INFO("screen " << l.screen << " " << l.state);
    check_buttons_fit(l, width, height);
    for (const auto& b : l.buttons) {
      INFO("button " << b.id);
      CHECK(std::min(b.w, b.h) >= 45);
    }
  };
  auto l = kiosk.wait_for(
      [](const kiosk_layout& x) { return x.screen == "attract" && x.field("config") == "yes" && x.has("lang.es"); }, 30s);
  choose_language(kiosk, language);

  // A remediation log: its button then counts down and opens again by itself.
  kiosk.tap("remediation");
  check_layout(kiosk.wait_for_screen("remediation_category"));
  kiosk.tap("category.2");
  check_layout(kiosk.wait_for_screen("remediation_amount"));
  kiosk.tap("band.2");
  kiosk.wait_for_screen("remediation_thanks");
  kiosk.tap("done");
  l = kiosk.wait_for([](const kiosk_layout& x) { return x.screen == "attract" && x.field("fix_ready_in") != "0"; });
  check_layout(l);
  const int waiting = std::stoi(l.field("fix_ready_in"));
  CHECK(waiting > 0);
  l = kiosk.wait_for([](const kiosk_layout& x) { return x.field("fix_ready_in") == "0"; }, std::chrono::seconds(waiting + 5));

  // A survey left alone for 10 s asks whether someone is still there, in front of the answers.
  choose_language(kiosk, language);
  kiosk.tap("start");
  l = kiosk.wait_for_screen("question");
  check_layout(l);
  kiosk.tap("answer." + std::to_string(answer_for(l)));
  l = kiosk.wait_for([](const kiosk_layout& x) { return x.field("still_there") == "yes"; }, 15s);
  check_layout(l);
  CHECK(l.has("still_here"));
  CHECK(l.has("start_over"));
  for (const auto& b : l.buttons) CHECK(b.id.rfind("answer.", 0) != 0);
  kiosk.tap("still_here");
  l = kiosk.wait_for([](const kiosk_layout& x) { return x.screen == "question" && x.field("still_there") == "no"; });
  CHECK(l.field("question").substr(0, 2) == "2/");
  l = kiosk.wait_for([](const kiosk_layout& x) { return x.field("still_there") == "yes"; }, 15s);
  kiosk.tap("start_over");
  kiosk.wait_for_screen("attract");

  // Five wrong PINs lock the keypad; its keys stay touch-sized on the smallest screen.
  open_operator_pin(kiosk);
  l = kiosk.wait_for_screen("operator_pin");
  check_layout(l);
  for (int wrong = 0; wrong < 5; ++wrong) {
    for (const char* digit : {"pin.1", "pin.1", "pin.1", "pin.1", "pin.1", "pin.1"}) kiosk.tap(digit);
    kiosk.tap("pin.ok");
  }
  l = kiosk.wait_for([](const kiosk_layout& x) { return x.field("pin_locked") == "yes"; });
  check_layout(l);
  std::this_thread::sleep_for(500ms);  // past the screenshot
  kiosk.tap("back");
  kiosk.wait_for_screen("attract");

  CHECK(kiosk.stop() == 0);
  const std::string suffix = std::string("_") + language;
  // The language goes back to the store's default after each session.
  for (const std::string& screen : {std::string("attract_waiting_en"), "remediation_amount" + suffix,
                                   "question_2_still_there" + suffix, std::string("operator_pin_locked")}) {
    INFO("screenshot " << screen << " in " << shots);
    CHECK(has_screenshot(shots, screen));
  }
}

TEST_CASE("At the hourly cap the attract screen says the survey rests, in every language, and Start waits",
          "[kiosk][window]") {
  if (cannot_open_kiosk_window()) return;
  // The smallest and the largest screens the kiosk is made for.
  const auto [width, height] = GENERATE(std::pair{800, 480}, std::pair{1920, 1080});
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  INFO("window " << size);

  kiosk_server_fixture server;
  load_bank(server);
  server.start({"--kiosk-upload-delay", "0", "--hourly-cap", "1"});

  xvfb_display display(1920, 1080);
  const std::string shots = screenshot_folder("resting-" + size);
  kiosk_app_process kiosk(display.name(), server.folder().file("layout.json"),
                          window_flags(server, width, height, shots, server.issue_codes(1).at(0)));
  auto l = kiosk.wait_for(
      [](const kiosk_layout& x) { return x.screen == "attract" && x.field("config") == "yes" && x.has("lang.es"); }, 30s);
  CHECK(l.field("hourly_cap") == "no");

  l = answer_survey(kiosk);
  REQUIRE(l.screen == "thank_you");
  kiosk.tap("done");
  l = kiosk.wait_for([](const kiosk_layout& x) { return x.screen == "attract" && x.field("hourly_cap") == "yes"; });

  // Start is there but refuses, in every language.
  for (const char* language : {"en", "es", "fr"}) {
    INFO("language " << language);
    if (std::string(language) != "en") {
      kiosk.tap(std::string("lang.") + language);
      kiosk.wait_for([&](const kiosk_layout& x) { return x.field("language") == language; });
    }
    kiosk.tap("start");
    std::this_thread::sleep_for(300ms);
    CHECK(kiosk.layout().screen == "attract");
    CHECK(kiosk.layout().has("start"));
  }
  CHECK(kiosk.stop() == 0);
  for (const char* screen : {"attract_resting_en", "attract_resting_es", "attract_resting_fr"}) {
    INFO("screenshot " << screen << " in " << shots);
    CHECK(has_screenshot(shots, screen));
  }
}

namespace {

// A kiosk of this size whose queue file is corrupted keeps offering the survey, says in every
// language that it cannot save, thanks nobody, and its operator panel says why.
void check_cannot_save(int width, int height) {
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  INFO("window " << size);

  kiosk_server_fixture server;
  load_bank(server);
  server.start({"--kiosk-upload-delay", "0"});
  xvfb_display display(1920, 1080);
  const std::string shots = screenshot_folder("cannot-save-" + size);
  const std::string data = server.folder().file("kiosk");
  {
    kiosk_app_process kiosk(display.name(), server.folder().file("layout.json"),
                            window_flags(server, width, height, shots, server.issue_codes(1).at(0)));
    kiosk.wait_for([](const kiosk_layout& x) { return x.screen == "attract" && x.field("config") == "yes"; }, 30s);
    REQUIRE(kiosk.stop() == 0);
  }
  {
    // The storage card returns garbage where the queue's header was.
    for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(data + "/queue.sqlite" + suffix);
    std::fstream queue(data + "/queue.sqlite", std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(queue);
    queue << std::string(8192, 'Z');
  }
  kiosk_app_process kiosk(display.name(), server.folder().file("layout.json"), window_flags(server, width, height, shots));
  // It starts from its cached configuration and says at once, in every language, that it cannot save.
  kiosk.wait_for([](const kiosk_layout& x) { return x.screen == "attract" && x.field("queue_error") == "yes"; }, 30s);
  for (const char* language : {"es", "fr", "en"}) {
    choose_language(kiosk, language);
    check_buttons_fit(kiosk.layout(), width, height);
  }
  // The survey is still offered; a whole one answered ends on the start screen, not a thank-you.
  auto l = answer_survey(kiosk);
  CHECK(l.screen == "attract");
  CHECK(l.field("notice") == "yes");
  CHECK(l.has("start"));
  for (const char* language : {"en", "es", "fr"}) {
    INFO("language " << language);
    choose_language(kiosk, language);
    check_buttons_fit(kiosk.layout(), width, height);
    // The operator panel says what is wrong, in the operator's language.
    open_operator_panel(kiosk);
    std::this_thread::sleep_for(300ms);  // the screenshot is taken on the panel's second frame
    check_buttons_fit(kiosk.layout(), width, height);
    CHECK(kiosk.layout().has("discard"));
    kiosk.tap("operator.close");
    kiosk.wait_for_screen("attract");
  }
  CHECK(kiosk.stop() == 0);
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 0);
  for (const char* screen : {"attract_cannot_save_en", "attract_cannot_save_es", "attract_cannot_save_fr", "operator_panel_en",
                             "operator_panel_es", "operator_panel_fr"}) {
    INFO("screenshot " << screen << " in " << shots);
    CHECK(has_screenshot(shots, screen));
  }
}

// A kiosk of this size, revoked at its store with an answer waiting, is given a code of another
// store on the operator panel: it stays, saying so in every language, until the operator
// discards the answer; then it moves, and what it takes next is the new store's.
void check_store_move(int width, int height) {
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  INFO("window " << size);

  kiosk_server_fixture server;
  server.add_second_store();
  load_bank(server);
  server.start({"--kiosk-upload-delay", "0"});
  xvfb_display display(1920, 1080);
  const std::string shots = screenshot_folder("store-move-" + size);
  kiosk_app_process kiosk(display.name(), server.folder().file("layout.json"),
                          window_flags(server, width, height, shots, server.issue_codes(1).at(0)));
  kiosk.wait_for([](const kiosk_layout& x) { return x.screen == "attract" && x.field("config") == "yes"; }, 30s);
  // The old store revoked the kiosk before it could send its last answer.
  server.admin({"revoke-kiosk", "--id", "1"});
  REQUIRE(answer_survey(kiosk).screen == "thank_you");
  kiosk.tap("done");
  kiosk.wait_for_screen("attract");

  const std::string code = server.issue_codes(1, "K02").at(0);
  for (const char* language : {"en", "es", "fr"}) {
    INFO("language " << language);
    choose_language(kiosk, language);
    open_operator_panel(kiosk);
    kiosk.type_before("enroll", code);
    kiosk.tap("enroll");
    kiosk.wait_for([](const kiosk_layout& x) { return x.field("operator_message") == "yes" && x.field("enrolling") == "no"; },
                   30s);
    std::this_thread::sleep_for(300ms);  // the screenshot is taken on the second frame
    check_buttons_fit(kiosk.layout(), width, height);
    kiosk.tap("operator.close");
    kiosk.wait_for_screen("attract");
  }
  CHECK(server.query_number("SELECT count(*) FROM kiosks") == 2);  // the code was used once
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 0);

  // The operator gives up on the old store's answer: the kiosk moves, and what it takes next is the new store's.
  open_operator_panel(kiosk);
  kiosk.tap("discard");
  kiosk.type_before("enroll", code);
  kiosk.tap("enroll");
  kiosk.wait_for([](const kiosk_layout& x) { return x.field("operator_message") == "yes" && x.field("enrolling") == "no"; }, 30s);
  std::this_thread::sleep_for(300ms);
  check_buttons_fit(kiosk.layout(), width, height);
  kiosk.tap("operator.close");
  kiosk.wait_for_screen("attract");
  kiosk.wait_for([](const kiosk_layout& x) { return x.field("queued") == "0"; });
  REQUIRE(answer_survey(kiosk).screen == "thank_you");
  kiosk.wait_for([](const kiosk_layout& x) { return x.field("queued") == "0" && x.field("online") == "yes"; }, 30s);
  CHECK(kiosk.stop() == 0);
  CHECK(server.submissions_at("K01") == 0);
  CHECK(server.submissions_at("K02") == 1);
  for (const char* screen : {"operator_panel_message_en", "operator_panel_message_es", "operator_panel_message_fr"}) {
    INFO("screenshot " << screen << " in " << shots);
    CHECK(has_screenshot(shots, screen));
  }
}

// Checks the on-screen keyboard's page: every key inside the window, apart from the others and
// at least 12 mm (96 dpi) on its short side.
void check_keyboard(const kiosk_layout& l, int width, int height) {
  INFO("keyboard " << l.field("keyboard"));
  check_buttons_fit(l, width, height);
  int keys = 0;
  for (const auto& b : l.buttons) {
    if (b.id.rfind("key.", 0) != 0) continue;
    ++keys;
    INFO("key " << b.id);
    CHECK(std::min(b.w, b.h) >= 45);
  }
  CHECK(keys >= 38);  // a page's 36 or 37 keys, Cancel and Done
  // The rules every screen keeps: nothing overlaps, nothing leaves its button, capitals of 3.5 mm.
  for (const auto& v : storepulse::test::layout_violations(l)) FAIL_CHECK(v);
}

// A kiosk of this size, started with an address where no server listens, is set to the real
// server and enrolled by taps alone on the operator panel's on-screen keyboard; then the
// keyboard's pages are shown in Spanish and French for the screenshots.
void check_keyboard_enrollment(int width, int height) {
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  INFO("window " << size);
  kiosk_server_fixture server;
  load_bank(server);
  server.start({"--kiosk-upload-delay", "0"});
  xvfb_display display(std::max(width, 1920), std::max(height, 1080));
  const std::string shots = screenshot_folder("keyboard-" + size);
  const std::string nowhere = "http://127.0.0.1:" + std::to_string(kiosk_server_fixture::free_port());
  kiosk_app_process kiosk(display.name(), server.folder().file("layout.json"),
                          {"--windowed", "--width", std::to_string(width), "--height", std::to_string(height), "--data",
                           server.folder().file("kiosk"), "--server", nowhere, "--pin", "246802", "--screenshot-dir", shots});
  kiosk.wait_for_screen("attract", 30s);
  open_operator_panel(kiosk);
  const auto check = [width, height](const kiosk_layout& l) { check_keyboard(l, width, height); };

  kiosk.type_with_keys("field.server", server.url(), check);
  kiosk.tap("server");
  kiosk.wait_for([](const kiosk_layout& x) { return x.field("operator_message") == "yes"; });
  // A code with the server's key pin needs https; the code alone still takes capitals, digits and '-'.
  const std::string code = server.issue_codes(1).at(0);
  kiosk.type_with_keys("field.enroll", code, check);
  kiosk.tap("enroll");
  kiosk.wait_for([](const kiosk_layout& x) { return x.field("enrolling") == "no" && x.field("config") == "yes"; }, 30s);
  CHECK(server.query_number("SELECT count(*) FROM kiosks") == 1);
  check_buttons_fit(kiosk.layout(), width, height);
  kiosk.tap("operator.close");
  kiosk.wait_for_screen("attract");

  // Every page in the other languages, for the screenshots; Cancel keeps the field as it was.
  for (const char* language : {"es", "fr"}) {
    INFO("language " << language);
    choose_language(kiosk, language);
    open_operator_panel(kiosk);
    kiosk.tap("field.enroll");
    check(kiosk.wait_for([](const kiosk_layout& x) { return x.has("key.done"); }));
    std::this_thread::sleep_for(300ms);  // the screenshot is taken on the second frame
    for (const char* page : {"key.shift", "key.symbols"}) {
      const std::string before = kiosk.layout().field("keyboard");
      kiosk.press(page);
      kiosk.wait_for([&](const kiosk_layout& x) { return x.field("keyboard") != before; });
      std::this_thread::sleep_for(300ms);
      check(kiosk.layout());
    }
    kiosk.tap("key.cancel");
    kiosk.wait_for([](const kiosk_layout& x) { return x.has("operator.close"); });
    kiosk.tap("operator.close");
    kiosk.wait_for_screen("attract");
  }
  CHECK(kiosk.stop() == 0);
  for (const char* screen : {"keyboard_server_lower_en", "keyboard_code_upper_en", "keyboard_code_symbols_es",
                             "keyboard_code_lower_fr"}) {
    INFO("screenshot " << screen << " in " << shots);
    CHECK(has_screenshot(shots, screen));
  }
}

}  // namespace

// The smallest and the largest screens the kiosk is made for, each a test of its own.
TEST_CASE("With a queue file it cannot write, the kiosk window keeps offering the survey, says it cannot save and thanks nobody, at 800x480",
          "[kiosk][window][faults]") {
  if (!cannot_open_kiosk_window()) check_cannot_save(800, 480);
}

TEST_CASE("With a queue file it cannot write, the kiosk window keeps offering the survey, says it cannot save and thanks nobody, at 1920x1080",
          "[kiosk][window][faults]") {
  if (!cannot_open_kiosk_window()) check_cannot_save(1920, 1080);
}

TEST_CASE("In the kiosk window a move to another store waits while the old store cannot take its answers, until the operator discards them, at 800x480",
          "[kiosk][window][stores]") {
  if (!cannot_open_kiosk_window()) check_store_move(800, 480);
}

TEST_CASE("In the kiosk window a move to another store waits while the old store cannot take its answers, until the operator discards them, at 1920x1080",
          "[kiosk][window][stores]") {
  if (!cannot_open_kiosk_window()) check_store_move(1920, 1080);
}

TEST_CASE("In the kiosk window the server address and the enrollment code are typed on the on-screen keyboard by taps alone, at 800x480",
          "[kiosk][window][keyboard]") {
  if (!cannot_open_kiosk_window()) check_keyboard_enrollment(800, 480);
}

TEST_CASE("In the kiosk window the server address and the enrollment code are typed on the on-screen keyboard by taps alone, at 1920x1080",
          "[kiosk][window][keyboard]") {
  if (!cannot_open_kiosk_window()) check_keyboard_enrollment(1920, 1080);
}

namespace {

// Waits in each language until the attract screen has shown the shared plan and the story, and
// checks that the card stays inside the window and clear of every button.
void check_news_on_attract(const kiosk_app_process& kiosk, int width, int height) {
  for (const char* language : {"en", "es", "fr"}) {
    INFO("language " << language);
    choose_language(kiosk, language);
    for (const char* kind : {"1", "3"}) {  // STAFF_NEWS_KIND_PLAN, STAFF_NEWS_KIND_STORY
      INFO("news kind " << kind);
      const auto l = kiosk.wait_for(
          [&](const kiosk_layout& x) { return x.screen == "attract" && x.field("news_kind") == kind; }, 30s);
      CHECK(l.has_panel("news"));
      CHECK(l.has("start"));
      check_buttons_fit(l, width, height);
      std::this_thread::sleep_for(400ms);  // the screenshot is taken on the second frame
    }
  }
}

// A kiosk of this size shows a shared plan and a story after its configuration refresh, a plan on
// the thank-you screen in every language, and all of it again when started offline from its cache.
void check_news(int width, int height) {
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  INFO("window " << size);
  kiosk_server_fixture server;
  load_bank(server);
  server.admin({"set", "--key", "cooldown_seconds", "--value", "1"});
  server.start({"--kiosk-upload-delay", "0"});
  xvfb_display display(std::max(width, 1920), std::max(height, 1920));
  const std::string shots = screenshot_folder("news-" + size);
  auto flags = window_flags(server, width, height, shots, server.issue_codes(1).at(0));
  flags.insert(flags.end(), {"--config-refresh", "2"});
  {
    kiosk_app_process kiosk(display.name(), server.folder().file("layout.json"), flags);
    auto l = kiosk.wait_for(
        [](const kiosk_layout& x) { return x.screen == "attract" && x.field("config") == "yes" && x.has("lang.es"); }, 30s);
    CHECK(l.field("news") == "0");
    CHECK_FALSE(l.has_panel("news"));

    post_staff_news(server);
    kiosk.wait_for([](const kiosk_layout& x) { return x.field("news") == "2"; }, 30s);
    check_news_on_attract(kiosk, width, height);

    // "Because of your answers: ..." names the shared plan, in the language of the survey. Where
    // the plan leaves the values their names only and they would have their meanings without it,
    // the second survey shows the meanings instead; the first and the third show the plan.
    int plans_shown = 0;
    for (const char* language : {"en", "es", "fr"}) {
      INFO("thank-you in " << language);
      kiosk.wait_for([](const kiosk_layout& x) { return x.screen == "attract" && x.field("cooldown") == "no"; }, 30s);
      choose_language(kiosk, language);
      l = answer_survey(kiosk);
      REQUIRE(l.screen == "thank_you");
      CHECK(l.field("thanks_news") == "1");
      if (l.note("news") == "turn_of_values") {
        CHECK(std::string(language) == "es");
        CHECK(l.note("values") == "meanings");
      } else {
        CHECK(l.has_panel("news"));
        ++plans_shown;
      }
      check_buttons_fit(l, width, height);
      std::this_thread::sleep_for(600ms);
      kiosk.tap("done");
      kiosk.wait_for_screen("attract");
    }
    CHECK(plans_shown >= 2);
    REQUIRE(kiosk.stop() == 0);
  }
  // The server is gone: the kiosk starts from its cache and shows the same.
  REQUIRE(server.stop() == 0);
  const std::string offline_shots = screenshot_folder("news-offline-" + size);
  kiosk_app_process kiosk(display.name(), server.folder().file("layout-offline.json"),
                          window_flags(server, width, height, offline_shots));
  kiosk.wait_for([](const kiosk_layout& x) {
    return x.screen == "attract" && x.field("config") == "yes" && x.field("news") == "2" && x.field("online") == "no";
  }, 30s);
  check_news_on_attract(kiosk, width, height);
  CHECK(kiosk.stop() == 0);
  for (const char* screen : {"attract_news1_en", "attract_news2_es", "attract_news2_fr", "thank_you_plan_en",
                             "thank_you_plan_es", "thank_you_plan_fr"}) {
    INFO("screenshot " << screen << " in " << shots);
    CHECK(has_screenshot(shots, screen));
  }
  CHECK(has_screenshot(offline_shots, "attract_news1_fr"));
}

}  // namespace

TEST_CASE("The kiosk window shows a shared plan and a story after its configuration refresh and offline from its cache, at 800x480",
          "[kiosk][window][news]") {
  if (cannot_open_kiosk_window()) return;
  check_news(800, 480);
}

TEST_CASE("The kiosk window shows a shared plan and a story after its configuration refresh and offline from its cache, at 1920x1080",
          "[kiosk][window][news]") {
  if (cannot_open_kiosk_window()) return;
  check_news(1920, 1080);
}
