// The kiosk model's waits and guards: countdowns that redraw by themselves, "Still there?" over a
// survey left alone, the PIN keypad's lockout and the PIN chosen at first start.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "kiosk/core/model/kiosk_model.h"
#include "tests/kiosk/model_bench.h"

using namespace storepulse::testing::model_bench;

namespace {

// Runs the clock to each deadline the model names and ticks, as the window does when left alone;
// returns the countdown shown after each tick until it ends, and fails if one tick shows nothing new.
template <typename Countdown>
std::vector<int> run_down(fixture& f, Countdown countdown) {
  std::vector<int> shown;
  for (int step = 0; step < 1000 && countdown(); ++step) {
    const auto deadline = f.model.next_deadline();
    REQUIRE(deadline.has_value());
    REQUIRE(*deadline > f.time.now());
    f.time.advance(std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - f.time.now()));
    const auto revision = f.model.revision();
    f.model.tick();
    CHECK(f.model.revision() != revision);
    shown.push_back(countdown().value_or(0));
  }
  return shown;
}

// Opens the PIN keypad with the hidden gesture.
void open_keypad(fixture& f) {
  for (int i = 0; i < 5; ++i) {
    f.time.advance(200ms);
    f.model.apply(intent::of(intent_kind::operator_corner_tap));
  }
  REQUIRE(f.model.current_screen() == screen::operator_pin);
}

// Types digits and OK on the keypad; returns whether OK was taken.
bool type_pin(fixture& f, const std::string& digits) {
  for (char d : digits) f.model.apply(intent::with_value(intent_kind::pin_digit, d - '0'));
  return f.tap(intent::of(intent_kind::pin_submit));
}

}  // namespace

TEST_CASE("After a survey Start counts down second by second and is ready at the end without any input", "[kiosk][model]") {
  fixture f;  // a cooldown of 20 s
  f.finish_survey_with(-1);
  REQUIRE(f.tap(intent::of(intent_kind::finish)));  // a second after the last answer
  REQUIRE(f.model.current_screen() == screen::attract);
  REQUIRE(f.model.survey_ready_in() == 19);
  CHECK_FALSE(f.model.apply(intent::of(intent_kind::start_survey)));

  const auto shown = run_down(f, [&] { return f.model.survey_ready_in(); });
  std::vector<int> expected;
  for (int n = 18; n >= 0; --n) expected.push_back(n);
  CHECK(shown == expected);
  CHECK_FALSE(f.model.in_cooldown());
  // Nothing is left to wait for: the window sleeps until input.
  CHECK_FALSE(f.model.next_deadline().has_value());
  CHECK(f.tap(intent::of(intent_kind::start_survey)));
}

TEST_CASE("After a remediation log its button counts down and opens again by itself", "[kiosk][model]") {
  fixture f;
  REQUIRE(f.tap(intent::of(intent_kind::start_remediation)));
  REQUIRE(f.tap(intent::with_value(intent_kind::choose_category, v1::REMEDIATION_CATEGORY_REFUND)));
  REQUIRE(f.tap(intent::with_value(intent_kind::choose_amount_band, v1::AMOUNT_BAND_NO_MONEY)));
  REQUIRE(f.tap(intent::of(intent_kind::finish)));
  REQUIRE(f.model.current_screen() == screen::attract);
  REQUIRE(f.model.remediation_ready_in() == 19);
  CHECK_FALSE(f.tap(intent::of(intent_kind::start_remediation)));
  // A survey is not held up by a remediation log.
  CHECK_FALSE(f.model.survey_ready_in().has_value());

  const auto shown = run_down(f, [&] { return f.model.remediation_ready_in(); });
  REQUIRE_FALSE(shown.empty());
  CHECK(shown.front() == 17);
  CHECK(shown.back() == 0);
  CHECK(static_cast<int>(shown.size()) == 18);
  CHECK(f.tap(intent::of(intent_kind::start_remediation)));
}

TEST_CASE("A survey left alone asks Still there?, hides what was answered until someone says yes, and still resets",
          "[kiosk][model]") {
  fixture f;  // idle reset after 30 s
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  REQUIRE(f.answer(4));
  REQUIRE(f.model.question_position() == 1);
  const auto answered_at = f.time.now();

  f.time.advance(9s);
  f.model.tick();
  CHECK_FALSE(f.model.asking_still_there());
  // The window wakes for the question at 10 s.
  REQUIRE(f.model.next_deadline() == answered_at + 10s);
  f.time.advance(1s);
  const auto revision = f.model.revision();
  f.model.tick();
  REQUIRE(f.model.asking_still_there());
  CHECK(f.model.revision() != revision);
  CHECK(f.model.next_deadline() == answered_at + 30s);

  SECTION("going on keeps the answers but shows none of them again") {
    // Nothing but the answer to the question counts.
    CHECK_FALSE(f.answer(1));
    CHECK_FALSE(f.tap(intent::of(intent_kind::back)));
    REQUIRE(f.tap(intent::of(intent_kind::still_here)));
    CHECK_FALSE(f.model.asking_still_there());
    REQUIRE(f.tap(intent::of(intent_kind::back)));
    REQUIRE(f.model.question_position() == 0);
    CHECK_FALSE(f.model.current_answer().has_value());
    // What is answered from now on shows as usual.
    REQUIRE(f.answer(2));
    REQUIRE(f.tap(intent::of(intent_kind::back)));
    CHECK(f.model.current_answer() == 2);
    REQUIRE(f.answer(2));
    while (f.model.current_screen() == screen::question) REQUIRE(f.answer(f.model.answer_choices().front().value));
    REQUIRE(f.services.submissions.size() == 1);
    CHECK(f.services.submissions[0].answers(0).value() == 2);
  }
  SECTION("starting over throws the answers away") {
    REQUIRE(f.tap(intent::of(intent_kind::start_over)));
    CHECK(f.model.current_screen() == screen::attract);
    CHECK_FALSE(f.model.asking_still_there());
    CHECK(f.services.submissions.empty());
  }
  SECTION("nobody answering resets at the idle limit, counted from the last answer") {
    f.time.advance(19s);
    f.model.tick();
    CHECK(f.model.current_screen() == screen::question);
    f.time.advance(1s);
    f.model.tick();
    CHECK(f.model.current_screen() == screen::attract);
    CHECK_FALSE(f.model.asking_still_there());
    CHECK(f.services.submissions.empty());
    // The next person starts without the question.
    REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
    CHECK_FALSE(f.model.asking_still_there());
    CHECK_FALSE(f.model.current_answer().has_value());
  }
}

TEST_CASE("A remediation log left alone asks Still there? too, and a short idle limit asks nothing", "[kiosk][model]") {
  SECTION("remediation") {
    fixture f;
    REQUIRE(f.tap(intent::of(intent_kind::start_remediation)));
    f.time.advance(10s);
    f.model.tick();
    CHECK(f.model.asking_still_there());
    REQUIRE(f.tap(intent::of(intent_kind::still_here)));
    CHECK(f.model.current_screen() == screen::remediation_category);
  }
  SECTION("an idle limit no longer than the question's delay") {
    auto config = sample_config();
    config.set_idle_seconds(10);
    fixture f(config);
    REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
    f.time.advance(10s);
    f.model.tick();
    CHECK_FALSE(f.model.asking_still_there());
    CHECK(f.model.current_screen() == screen::attract);
  }
}

TEST_CASE("Five wrong PINs lock the keypad, and each further wrong PIN locks it twice as long", "[kiosk][model]") {
  fixture f;  // PIN 246802
  open_keypad(f);
  for (int wrong = 1; wrong <= 4; ++wrong) {
    REQUIRE(type_pin(f, "111111"));
    CHECK(f.model.pin_rejected());
    CHECK_FALSE(f.model.pin_locked_for().has_value());
  }
  std::chrono::seconds lock{30};
  for (int round = 0; round < 8; ++round) {
    INFO("wrong PIN " << 5 + round);
    REQUIRE(type_pin(f, "111111"));
    const auto expected = std::min<std::chrono::seconds>(lock, std::chrono::minutes(30));
    REQUIRE(f.model.pin_locked_for() == static_cast<int>(expected.count()));
    // Locked: no digit and no OK is taken, not even the right PIN.
    CHECK_FALSE(f.model.apply(intent::with_value(intent_kind::pin_digit, 2)));
    CHECK_FALSE(type_pin(f, "246802"));
    CHECK(f.model.current_screen() == screen::operator_pin);
    // The keypad says when it opens, second by second, and opens by itself.
    REQUIRE(f.model.next_deadline().has_value());
    CHECK(*f.model.next_deadline() - f.time.now() <= 1s);
    f.time.advance(std::chrono::duration_cast<std::chrono::milliseconds>(expected - 1s));  // 1 s went on the tap
    f.model.tick();
    CHECK_FALSE(f.model.pin_locked_for().has_value());
    lock *= 2;
    // The keypad stays open past the operator's idle limit only with taps.
    f.time.advance(1s);
    f.model.apply(intent::of(intent_kind::pin_erase));
    if (f.model.current_screen() != screen::operator_pin) open_keypad(f);
  }
  REQUIRE(type_pin(f, "246802"));
  CHECK(f.model.current_screen() == screen::operator_panel);
  // The right PIN starts the count again.
  REQUIRE(f.tap(intent::of(intent_kind::operator_close)));
  open_keypad(f);
  REQUIRE(type_pin(f, "111111"));
  CHECK_FALSE(f.model.pin_locked_for().has_value());
}

TEST_CASE("Without a PIN the first person at the keypad chooses one, typed twice, and it is saved", "[kiosk][model]") {
  fake_clock time;
  recording_services services;
  model_options options;  // no PIN
  kiosk_model model(services, time, options);
  model.set_config(sample_config());
  const auto tap = [&](const intent& in) {
    time.advance(1s);
    return model.apply(in);
  };
  const auto type = [&](const std::string& digits) {
    for (char d : digits) model.apply(intent::with_value(intent_kind::pin_digit, d - '0'));
    return tap(intent::of(intent_kind::pin_submit));
  };
  for (int i = 0; i < 5; ++i) model.apply(intent::of(intent_kind::operator_corner_tap));
  REQUIRE(model.current_screen() == screen::operator_pin);
  REQUIRE(model.choosing_pin());

  REQUIRE(type("12345"));  // too short
  CHECK(model.pin_rejected());
  CHECK_FALSE(model.confirming_pin());
  REQUIRE(type("123456"));
  CHECK(model.confirming_pin());
  REQUIRE(type("123457"));  // not the same: start again
  CHECK(model.pin_rejected());
  CHECK_FALSE(model.confirming_pin());
  CHECK(services.saved_pin.empty());

  SECTION("a PIN that cannot be saved opens nothing") {
    services.fail = true;
    REQUIRE(type("123456"));
    REQUIRE(type("123456"));
    CHECK(model.current_screen() == screen::operator_pin);
    CHECK(model.choosing_pin());
    CHECK(model.operator_message().find("could not be saved") != std::string::npos);
  }
  SECTION("typed twice, it is saved and opens the panel; from then on it is the PIN") {
    REQUIRE(type("123456"));
    REQUIRE(type("123456"));
    CHECK(model.current_screen() == screen::operator_panel);
    CHECK(services.saved_pin == "123456");
    CHECK_FALSE(model.choosing_pin());
    REQUIRE(tap(intent::of(intent_kind::operator_close)));
    for (int i = 0; i < 5; ++i) model.apply(intent::of(intent_kind::operator_corner_tap));
    REQUIRE(type("654321"));
    CHECK(model.current_screen() == screen::operator_pin);
    REQUIRE(type("123456"));
    CHECK(model.current_screen() == screen::operator_panel);
  }
}
