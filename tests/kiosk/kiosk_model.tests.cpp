#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

#include "kiosk/core/model/kiosk_model.h"
#include "kiosk/core/queue/offline_queue.h"
#include "tests/kiosk/model_bench.h"

using namespace storepulse::testing::model_bench;

TEST_CASE("A finished survey is pushed to the queue before the thank-you screen shows", "[kiosk][model]") {
  fixture f;
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  REQUIRE(f.model.current_screen() == screen::question);
  REQUIRE(f.model.question_count() == 4);
  std::vector<std::string> keys;
  while (f.model.current_screen() == screen::question) {
    keys.push_back(f.model.current_question().key());
    REQUIRE(f.services.submissions.empty());
    REQUIRE(f.answer(1));
  }
  REQUIRE(f.model.current_screen() == screen::thank_you);
  REQUIRE(f.services.submissions.size() == 1);
  CHECK(f.services.screen_at_push.at(0) == screen::question);

  const v1::SurveySubmission& s = f.services.submissions[0];
  CHECK(s.client_id().size() == 16);
  CHECK(s.local_date() == "2026-11-23");
  CHECK(s.config_version() == 7);
  CHECK(s.language() == "en");
  REQUIRE(s.answers_size() == 4);
  for (int i = 0; i < 4; ++i) CHECK(s.answers(i).question_key() == keys[static_cast<std::size_t>(i)]);
  CHECK(keys[0] == "values_known");
  CHECK(keys[1] == "empowered");
  CHECK(keys[2] == "recognised");
}

TEST_CASE("A survey that cannot be saved shows no thank-you", "[kiosk][model]") {
  fixture f;
  f.services.fail = true;
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  while (f.model.current_screen() == screen::question) REQUIRE(f.answer(1));
  CHECK(f.model.current_screen() == screen::attract);
  CHECK(f.model.notice() == "Sorry, this could not be saved. Please tell your manager.");
}

TEST_CASE("Idle in the middle of a survey discards the partial answers", "[kiosk][model]") {
  fixture f;
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  REQUIRE(f.answer(5));
  REQUIRE(f.model.question_position() == 1);

  f.time.advance(29s);
  f.model.tick();
  REQUIRE(f.model.current_screen() == screen::question);
  REQUIRE(f.model.next_deadline() == f.time.now() + 1s);

  f.time.advance(1s);
  f.model.tick();
  CHECK(f.model.current_screen() == screen::attract);
  CHECK(f.services.submissions.empty());

  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  CHECK(f.model.question_position() == 0);
  CHECK_FALSE(f.model.current_answer().has_value());
}

TEST_CASE("The idle limit falls back to 30 seconds when the configuration leaves it unset", "[kiosk][model]") {
  auto config = sample_config();
  config.set_idle_seconds(0);
  fixture f(config);
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  f.time.advance(29s);
  f.model.tick();
  REQUIRE(f.model.current_screen() == screen::question);
  f.time.advance(1s);
  f.model.tick();
  CHECK(f.model.current_screen() == screen::attract);
}

TEST_CASE("A new survey cannot start during the cooldown after the last one", "[kiosk][model]") {
  fixture f;
  f.finish_survey_with(-1);
  REQUIRE(f.tap(intent::of(intent_kind::finish)));
  REQUIRE(f.model.current_screen() == screen::attract);
  REQUIRE(f.model.in_cooldown());

  CHECK_FALSE(f.tap(intent::of(intent_kind::start_survey)));
  CHECK(f.model.current_screen() == screen::attract);
  // The window sleeps until the cooldown ends, then redraws once.
  REQUIRE(f.model.next_deadline().has_value());

  f.time.advance(20s);
  CHECK_FALSE(f.model.in_cooldown());
  const auto revision = f.model.revision();
  f.model.tick();
  CHECK(f.model.revision() != revision);
  f.model.tick();
  CHECK(f.model.revision() == revision + 1);  // once
  CHECK(f.tap(intent::of(intent_kind::start_survey)));
  CHECK(f.model.current_screen() == screen::question);
}

TEST_CASE("After the hourly cap of finished surveys the next one starts only once the oldest is an hour old",
          "[kiosk][model]") {
  auto config = sample_config();
  config.set_hourly_cap(3);
  fixture f(config);
  std::vector<storepulse::kiosk::clock::time_point> finished;
  for (int i = 0; i < 3; ++i) {
    CHECK_FALSE(f.model.at_hourly_cap());
    f.finish_survey_with(-1);
    finished.push_back(f.time.now());
    REQUIRE(f.tap(intent::of(intent_kind::finish)));
    f.time.advance(20s);  // past the cooldown
  }
  REQUIRE(f.services.submissions.size() == 3);
  CHECK_FALSE(f.model.in_cooldown());
  CHECK(f.model.at_hourly_cap());
  CHECK_FALSE(f.tap(intent::of(intent_kind::start_survey)));
  CHECK(f.model.current_screen() == screen::attract);
  // The window sleeps until the cap lifts, then redraws.
  REQUIRE(f.model.next_deadline().has_value());
  CHECK(*f.model.next_deadline() == finished[0] + 1h);

  f.time.advance(std::chrono::duration_cast<std::chrono::milliseconds>(finished[0] + 1h - 2s - f.time.now()));
  CHECK_FALSE(f.tap(intent::of(intent_kind::start_survey)));  // a second short of the hour
  f.time.advance(1s);
  const auto revision = f.model.revision();
  f.model.tick();
  CHECK(f.model.revision() != revision);
  CHECK_FALSE(f.model.at_hourly_cap());
  CHECK(f.tap(intent::of(intent_kind::start_survey)));
  CHECK(f.model.current_screen() == screen::question);
}

TEST_CASE("Without an hourly cap in the configuration the kiosk rests after 12 surveys in an hour", "[kiosk][model]") {
  fixture f;  // the sample configuration leaves hourly_cap at 0
  for (int i = 0; i < 12; ++i) {
    INFO("survey " << i + 1);
    REQUIRE_FALSE(f.model.at_hourly_cap());
    f.finish_survey_with(-1);
    REQUIRE(f.tap(intent::of(intent_kind::finish)));
    f.time.advance(20s);
  }
  CHECK(f.model.at_hourly_cap());
  CHECK_FALSE(f.tap(intent::of(intent_kind::start_survey)));
  // A remediation log is not a survey: it stays open.
  CHECK(f.tap(intent::of(intent_kind::start_remediation)));
  CHECK(ui_text(text_id::hourly_cap_wait, "en") == "Thank you! The survey rests for a while; please come back later.");
  for (const char* language : {"es", "fr"}) {
    INFO(language);
    CHECK_FALSE(ui_text(text_id::hourly_cap_wait, language).empty());
    CHECK(ui_text(text_id::hourly_cap_wait, language) != ui_text(text_id::hourly_cap_wait, "en"));
    CHECK(ui_text(text_id::hourly_cap_wait, language) != ui_text(text_id::cooldown_wait, language));
  }
}

TEST_CASE("The thank-you screen returns to attract by itself", "[kiosk][model]") {
  fixture f;
  f.finish_survey_with(-1);
  REQUIRE(f.model.current_screen() == screen::thank_you);
  f.time.advance(7s);
  f.model.tick();
  CHECK(f.model.current_screen() == screen::thank_you);
  f.time.advance(1s);
  f.model.tick();
  CHECK(f.model.current_screen() == screen::attract);
}

TEST_CASE("Rapid repeated taps are ignored", "[kiosk][model]") {
  fixture f;
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  REQUIRE(f.answer(4));
  REQUIRE(f.model.question_position() == 1);

  SECTION("a double tap answers one question only") {
    f.time.advance(150ms);
    CHECK_FALSE(f.model.apply(intent::with_value(intent_kind::answer, 1)));
    CHECK(f.model.question_position() == 1);
    f.time.advance(100ms);
    CHECK_FALSE(f.model.apply(intent::of(intent_kind::back)));
    CHECK(f.model.question_position() == 1);
  }
  SECTION("a tap after the repeat window counts") {
    f.time.advance(450ms);
    CHECK(f.model.apply(intent::with_value(intent_kind::answer, 1)));
    CHECK(f.model.question_position() == 2);
  }
}

TEST_CASE("Back returns to the previous question and keeps its answer", "[kiosk][model]") {
  fixture f;
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  REQUIRE(f.answer(4));
  REQUIRE(f.tap(intent::of(intent_kind::back)));
  CHECK(f.model.question_position() == 0);
  CHECK(f.model.current_answer() == 4);
  REQUIRE(f.tap(intent::of(intent_kind::back)));
  CHECK(f.model.current_screen() == screen::attract);
  CHECK(f.services.submissions.empty());
}

TEST_CASE("Every session asks the core items and rotating items in fair turns", "[kiosk][model]") {
  auto config = sample_config();
  const std::size_t per_session = GENERATE(1u, 2u);
  config.set_rotating_per_session(static_cast<std::uint32_t>(per_session));
  config.set_cooldown_seconds(1);
  fixture f(config);
  std::map<std::string, int> asked;
  const int sessions = 12;
  for (int i = 0; i < sessions; ++i) {
    f.finish_survey_with(-1);
    REQUIRE(f.tap(intent::of(intent_kind::finish)));
  }
  REQUIRE(f.services.submissions.size() == static_cast<std::size_t>(sessions));
  for (const auto& s : f.services.submissions) {
    REQUIRE(s.answers_size() == static_cast<int>(3 + per_session));
    CHECK(s.answers(0).question_key() == "values_known");
    CHECK(s.answers(1).question_key() == "empowered");
    CHECK(s.answers(2).question_key() == "recognised");
    for (int i = 3; i < s.answers_size(); ++i) ++asked[s.answers(i).question_key()];
  }
  REQUIRE(asked.size() == 4);
  for (const auto& [key, n] : asked) CHECK(n == static_cast<int>(sessions * per_session / 4));
}

TEST_CASE("A rotation that starts elsewhere stays fair with an odd number of items", "[kiosk][model]") {
  auto config = sample_config();
  add_question(config, "r5", v1::QUESTION_TYPE_AGREE5, false);
  config.set_rotating_per_session(2);
  question_rotation rotation(3);
  std::map<int, int> asked;
  for (int i = 0; i < 10; ++i) {
    for (int index : rotation.next_session(config)) ++asked[index];
  }
  for (int core = 0; core < 3; ++core) CHECK(asked[core] == 10);
  for (int r = 3; r < 8; ++r) CHECK(asked[r] == 4);
}

TEST_CASE("Choosing a language changes texts, labels and the submission, then resets", "[kiosk][model]") {
  fixture f;
  CHECK(f.model.languages() == std::vector<std::string>{"en", "es", "fr"});
  CHECK_FALSE(f.tap(intent::with_text(intent_kind::choose_language, "de")));
  REQUIRE(f.tap(intent::with_text(intent_kind::choose_language, "es")));
  CHECK(f.model.text(text_id::anonymous_promise) == "An\u00f3nimo \u2013 cerca de un minuto");
  CHECK(f.model.values().at(0).name == "Nos importa");

  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  CHECK(f.model.question_text() == "Pregunta values_known");
  CHECK(f.model.answer_choices().at(4).label == "Totalmente de acuerdo");
  while (f.model.current_screen() == screen::question) REQUIRE(f.answer(f.model.answer_choices().front().value));
  REQUIRE(f.model.current_screen() == screen::thank_you);
  CHECK(f.model.limit_sentence() == "Puede resolver el problema de un cliente hasta 50\u00a0\u20ac sin pedir permiso.");
  CHECK(f.services.submissions.at(0).language() == "es");

  REQUIRE(f.tap(intent::of(intent_kind::finish)));
  CHECK(f.model.language() == "en");
}

TEST_CASE("A language without question texts falls back to the default language", "[kiosk][model]") {
  fixture f;
  REQUIRE(f.tap(intent::with_text(intent_kind::choose_language, "fr")));
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));
  CHECK(f.model.question_text() == "Question values_known");
  CHECK(f.model.answer_choices().at(0).label == "Pas du tout d\u2019accord");
  CHECK(f.model.progress_text() == "Question 1 sur 4");
}

TEST_CASE("Fixed strings exist in English, Spanish and French", "[kiosk][model]") {
  fixture f;
  CHECK(ui_text(text_id::anonymous_promise, "en") == "Anonymous \u2013 about a minute");
  CHECK(ui_text(text_id::anonymous_promise, "fr") == "Anonyme \u2013 environ une minute");
  CHECK(f.model.limit_sentence() == "You may fix a customer\u2019s problem up to \u20ac50 without asking.");
  CHECK(ui_text(text_id::fixed_problem, "en") == "I fixed a customer problem");
  CHECK(ui_text(text_id::agree_3, "es") == "Ni de acuerdo ni en desacuerdo");
  CHECK(ui_text(text_id::answer_yes, "fr") == "Oui");
  CHECK(ui_text(text_id::operator_title, "es") == "Ajustes del terminal");
  int translated = 0;
  for (int i = 0; i < static_cast<int>(text_id::count_); ++i) {
    const auto id = static_cast<text_id>(i);
    for (const auto& language : catalog_languages()) {
      INFO("text " << i << " in " << language);
      CHECK_FALSE(ui_text(id, language).empty());
    }
    if (ui_text(id, "es") != ui_text(id, "en") && ui_text(id, "fr") != ui_text(id, "en")) ++translated;
  }
  // Only a few words such as "No" and "Version" are spelt alike.
  CHECK(translated >= static_cast<int>(text_id::count_) - 5);
  CHECK(format_amount(5, "EUR", "en") == "\u20ac0.05");
  CHECK(format_amount(2500, "EUR", "en") == "\u20ac25");
  CHECK(format_amount(100000, "EUR", "en") == "\u20ac1,000");
  CHECK(format_amount(2501, "EUR", "es") == "25,01\u00a0\u20ac");
  CHECK(format_amount(100000, "EUR", "es") == "1000\u00a0\u20ac");
  CHECK(format_amount(1000000, "EUR", "es") == "10.000\u00a0\u20ac");
  CHECK(format_amount(123456, "PLN", "fr") == "1\u202f234,56\u00a0z\u0142");
  CHECK(format_amount(123456, "CHF", "en") == "1,234.56\u00a0CHF");
  CHECK(format_amount(123456, "", "en") == "1,234.56");
}

TEST_CASE("Each question type offers its own answer buttons", "[kiosk][model]") {
  v1::KioskConfig config = sample_config();
  config.clear_questions();
  add_question(config, "yn", v1::QUESTION_TYPE_YES_NO, true);
  add_question(config, "nps", v1::QUESTION_TYPE_SCALE_0_10, true);
  add_question(config, "count", v1::QUESTION_TYPE_SMALL_COUNT, true)->set_max_value(3);
  auto* band = add_question(config, "limit", v1::QUESTION_TYPE_LIMIT_BAND, true);
  band->add_limit_bands_minor(0);
  band->add_limit_bands_minor(2000);
  band->add_limit_bands_minor(5000);
  fixture f(config);
  REQUIRE(f.tap(intent::of(intent_kind::start_survey)));

  auto choices = f.model.answer_choices();
  REQUIRE(choices.size() == 2);
  CHECK(choices[0].label == "Yes");
  CHECK(choices[0].value == 1);
  CHECK_FALSE(f.answer(2));
  REQUIRE(f.answer(0));

  CHECK(f.model.answer_choices().size() == 11);
  REQUIRE(f.answer(10));
  choices = f.model.answer_choices();
  REQUIRE(choices.size() == 4);
  CHECK(choices.back().value == 3);
  CHECK(choices.back().label == "3 or more");
  CHECK(choices.front().label == "0");
  REQUIRE(f.answer(3));

  choices = f.model.answer_choices();
  REQUIRE(choices.size() == 4);
  CHECK(choices[0].label == "Nothing without asking");
  CHECK(choices[1].label == "\u20ac0.01 \u2013 \u20ac20");
  CHECK(choices[2].label == "\u20ac20.01 \u2013 \u20ac50");
  CHECK(choices[3].label == "I don\u2019t know");
  CHECK(choices[3].value == 3);
  REQUIRE(f.answer(2));

  REQUIRE(f.services.submissions.size() == 1);
  const auto& s = f.services.submissions[0];
  CHECK(s.answers(0).value() == 0);
  CHECK(s.answers(1).value() == 10);
  CHECK(s.answers(2).value() == 3);
  CHECK(s.answers(3).value() == 2);
}

TEST_CASE("A remediation is logged in two taps with its category and amount band", "[kiosk][model]") {
  fixture f;
  REQUIRE(f.tap(intent::of(intent_kind::start_remediation)));
  REQUIRE(f.model.current_screen() == screen::remediation_category);
  CHECK(f.model.remediation_categories().size() == 5);
  REQUIRE(f.tap(intent::with_value(intent_kind::choose_category, v1::REMEDIATION_CATEGORY_REFUND)));
  REQUIRE(f.model.current_screen() == screen::remediation_amount);

  const auto bands = f.model.amount_bands();
  REQUIRE(bands.size() == 5);
  CHECK(bands[1].label == "\u20ac0.01 \u2013 \u20ac25");
  CHECK(bands[2].label == "\u20ac25.01 \u2013 \u20ac50");
  CHECK(bands[3].label == "More than \u20ac50, with approval");
  CHECK(bands[4].label == "More than \u20ac50, without approval");

  SECTION("back returns to the categories") {
    REQUIRE(f.tap(intent::of(intent_kind::back)));
    CHECK(f.model.current_screen() == screen::remediation_category);
    REQUIRE(f.tap(intent::of(intent_kind::back)));
    CHECK(f.model.current_screen() == screen::attract);
    CHECK(f.services.remediations.empty());
  }
  SECTION("going over the limit without approval is an answer of its own") {
    REQUIRE(f.tap(intent::with_value(intent_kind::choose_amount_band, v1::AMOUNT_BAND_ABOVE_LIMIT_UNAPPROVED)));
    CHECK(f.model.current_screen() == screen::remediation_thanks);
    REQUIRE(f.services.remediations.size() == 1);
    CHECK(f.services.remediations[0].amount_band() == v1::AMOUNT_BAND_ABOVE_LIMIT_UNAPPROVED);
  }
  SECTION("a band finishes the log") {
    REQUIRE(f.tap(intent::with_value(intent_kind::choose_amount_band, v1::AMOUNT_BAND_UP_TO_HALF)));
    CHECK(f.model.current_screen() == screen::remediation_thanks);
    REQUIRE(f.services.remediations.size() == 1);
    CHECK(f.services.screen_at_push.at(0) == screen::remediation_amount);
    const auto& e = f.services.remediations[0];
    CHECK(e.category() == v1::REMEDIATION_CATEGORY_REFUND);
    CHECK(e.amount_band() == v1::AMOUNT_BAND_UP_TO_HALF);
    CHECK(e.local_date() == "2026-11-23");
    CHECK(e.client_id().size() == 16);
    CHECK(e.config_version() == 7);
    f.time.advance(8s);
    f.model.tick();
    CHECK(f.model.current_screen() == screen::attract);
  }
  SECTION("idle on the amount screen logs nothing") {
    f.time.advance(30s);
    f.model.tick();
    CHECK(f.model.current_screen() == screen::attract);
    CHECK(f.services.remediations.empty());
  }
}

TEST_CASE("The operator panel opens only after the hidden gesture and the PIN", "[kiosk][model]") {
  fixture f;
  for (int i = 0; i < 4; ++i) CHECK_FALSE(f.model.apply(intent::of(intent_kind::operator_corner_tap)));
  f.time.advance(4s);
  CHECK_FALSE(f.model.apply(intent::of(intent_kind::operator_corner_tap)));
  CHECK(f.model.current_screen() == screen::attract);
  for (int i = 0; i < 4; ++i) {
    f.time.advance(200ms);
    f.model.apply(intent::of(intent_kind::operator_corner_tap));
  }
  REQUIRE(f.model.current_screen() == screen::operator_pin);

  for (int d : {1, 2, 3, 4}) REQUIRE(f.model.apply(intent::with_value(intent_kind::pin_digit, d)));
  CHECK(f.model.pin_length() == 4);
  REQUIRE(f.tap(intent::of(intent_kind::pin_submit)));
  CHECK(f.model.pin_rejected());
  CHECK(f.model.current_screen() == screen::operator_pin);

  for (int d : {2, 4, 6, 8, 0, 2}) REQUIRE(f.model.apply(intent::with_value(intent_kind::pin_digit, d)));
  REQUIRE(f.tap(intent::of(intent_kind::pin_submit)));
  REQUIRE(f.model.current_screen() == screen::operator_panel);

  // Enrolling runs in the background; the panel says so and takes no second code meanwhile.
  REQUIRE(f.model.apply(intent::with_text(intent_kind::operator_enroll, "BAD")));
  CHECK(f.model.enrolling());
  CHECK(f.model.operator_message() == "Enrolling\u2026");
  CHECK_FALSE(f.model.apply(intent::with_text(intent_kind::operator_enroll, "OTHER")));
  f.model.enrollment_finished({.ok = false, .message = "unknown code"});
  CHECK_FALSE(f.model.enrolling());
  CHECK(f.model.operator_message() == "unknown code");
  REQUIRE(f.model.apply(intent::with_text(intent_kind::operator_enroll, "GOOD-CODE")));
  f.model.enrollment_finished({.ok = true, .message = ""});
  CHECK(f.model.operator_message() == "Enrolled");
  CHECK(f.services.enroll_codes == std::vector<std::string>{"BAD", "GOOD-CODE"});
  // The operator's choice for another store's answers goes with the code, and the panel says what came of it.
  intent discarding = intent::with_text(intent_kind::operator_enroll, "OTHER-STORE");
  discarding.value = 1;
  REQUIRE(f.model.apply(discarding));
  f.model.enrollment_finished({.ok = true, .message = "", .discarded = 3});
  CHECK(f.model.operator_message() == "Enrolled. Answers of the previous store discarded: 3.");
  REQUIRE(f.model.apply(intent::with_text(intent_kind::operator_enroll, "OTHER-STORE-2")));
  f.model.enrollment_finished({.ok = true, .message = "", .delivered = 4});
  CHECK(f.model.operator_message() == "Enrolled. Answers first sent to the previous store: 4.");
  // A move the old store's answers held back says so in the operator's words.
  REQUIRE(f.model.apply(intent::with_text(intent_kind::operator_enroll, "OTHER-STORE-3")));
  f.model.enrollment_finished({.ok = false, .message = "the old token is revoked", .left = 2});
  CHECK(f.model.operator_message() ==
        "Answers that could not be sent to the previous store: 2. The kiosk stays there; try again later, or discard them.");
  CHECK(f.services.enroll_discards == std::vector<bool>{false, false, true, false, false});
  REQUIRE(f.model.apply(intent::with_text(intent_kind::operator_set_server, "http://10.0.0.5:8080")));
  CHECK(f.services.server == "http://10.0.0.5:8080");

  f.time.advance(120s);
  f.model.tick();
  CHECK(f.model.current_screen() == screen::attract);
}

TEST_CASE("Without a configuration the kiosk shows attract and starts nothing", "[kiosk][model]") {
  fake_clock time;
  recording_services services;
  kiosk_model model(services, time, {});
  CHECK_FALSE(model.has_config());
  CHECK(model.languages() == catalog_languages());
  time.advance(1s);
  CHECK_FALSE(model.apply(intent::of(intent_kind::start_survey)));
  time.advance(1s);
  CHECK_FALSE(model.apply(intent::of(intent_kind::start_remediation)));
  CHECK(model.current_screen() == screen::attract);
}

TEST_CASE("A finished survey is in the real offline queue file when the thank-you shows", "[kiosk][model][queue]") {
  const auto dir = std::filesystem::temp_directory_path() / ("kiosk-model-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "queue.sqlite").string();
  {
    offline_queue queue(path);
    // Delegates pushes to the real queue; the rest comes from the recorder.
    class queue_services final : public kiosk_services {
     public:
      explicit queue_services(offline_queue& q) : q_(q) {}
      void push(const v1::SurveySubmission& s) override { q_.push(s); }
      void push(const v1::RemediationEvent& e) override { q_.push(e); }
      std::string new_client_id() override { return std::string(16, static_cast<char>('A' + n_++)); }
      std::string local_date_today() override { return "2026-11-23"; }
      void start_enroll(const std::string&, bool) override {}
      bool set_server(const std::string&, std::string&) override { return false; }
      bool save_operator_pin(const std::string&, std::string&) override { return false; }

     private:
      offline_queue& q_;
      int n_ = 0;
    } services(queue);
    fake_clock time;
    kiosk_model model(services, time, {});
    model.set_config(sample_config());
    time.advance(1s);
    REQUIRE(model.apply(intent::of(intent_kind::start_survey)));
    while (model.current_screen() == screen::question) {
      time.advance(1s);
      REQUIRE(model.apply(intent::with_value(intent_kind::answer, model.answer_choices().front().value)));
    }
    REQUIRE(model.current_screen() == screen::thank_you);
    CHECK(queue.size() == 1);
  }
  offline_queue reopened(path);
  CHECK(reopened.size() == 1);
  const auto items = reopened.take(10);
  REQUIRE(items.size() == 1);
  v1::SurveySubmission stored;
  REQUIRE(stored.ParseFromString(items[0].payload));
  CHECK(stored.answers_size() == 4);
  CHECK(stored.local_date() == "2026-11-23");
  std::filesystem::remove_all(dir);
}

TEST_CASE("Typing on the operator panel's keyboard keeps the panel open past its idle time", "[kiosk][model][keyboard]") {
  fixture f;
  for (int i = 0; i < 5; ++i) {
    f.time.advance(200ms);
    f.model.apply(intent::of(intent_kind::operator_corner_tap));
  }
  for (int d : {2, 4, 6, 8, 0, 2}) REQUIRE(f.model.apply(intent::with_value(intent_kind::pin_digit, d)));
  REQUIRE(f.tap(intent::of(intent_kind::pin_submit)));
  REQUIRE(f.model.current_screen() == screen::operator_panel);
  // A long code typed key by key, a few seconds apart: well past the two idle minutes in all.
  for (int key = 0; key < 60; ++key) {
    f.time.advance(5s);
    f.model.tick();
    REQUIRE(f.model.current_screen() == screen::operator_panel);
    // Keys come faster than the repeat filter allows for answers; none is dropped.
    CHECK(f.model.apply(intent::of(intent_kind::operator_typing)));
    CHECK(f.model.apply(intent::of(intent_kind::operator_typing)));
  }
  f.time.advance(120s);
  f.model.tick();
  CHECK(f.model.current_screen() == screen::attract);
}
