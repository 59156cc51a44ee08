#pragma once
// The kiosk model's test bench: a clock moved by hand, services that record what the model asks
// of them, and a configuration with three core questions and four rotating ones.

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "kiosk/core/model/kiosk_model.h"

namespace storepulse::testing::model_bench {

using namespace storepulse::kiosk;
namespace v1 = storepulse::v1;
using namespace std::chrono_literals;


class fake_clock final : public storepulse::kiosk::clock {
 public:
  time_point now() const override { return now_; }
  void advance(std::chrono::milliseconds by) { now_ += by; }

 private:
  time_point now_{std::chrono::seconds(1000)};
};

// Records what the model pushes, and which screen showed at that moment.
class recording_services final : public kiosk_services {
 public:
  void push(const v1::SurveySubmission& s) override {
    if (fail) throw std::runtime_error("disk full");
    submissions.push_back(s);
    screen_at_push.push_back(model ? model->current_screen() : screen::attract);
  }
  void push(const v1::RemediationEvent& e) override {
    if (fail) throw std::runtime_error("disk full");
    remediations.push_back(e);
    screen_at_push.push_back(model ? model->current_screen() : screen::attract);
  }
  std::string new_client_id() override { return std::string(15, 'x') + static_cast<char>('a' + ids++); }
  std::string local_date_today() override { return "2026-11-23"; }
  void start_enroll(const std::string& code, bool discard_other_store) override {
    enroll_codes.push_back(code);
    enroll_discards.push_back(discard_other_store);
  }
  bool set_server(const std::string& address, std::string&) override {
    server = address;
    return true;
  }
  bool save_operator_pin(const std::string& pin, std::string& error) override {
    if (fail) {
      error = "The settings could not be saved: disk full";
      return false;
    }
    saved_pin = pin;
    return true;
  }

  const kiosk_model* model = nullptr;
  bool fail = false;
  int ids = 0;
  std::vector<v1::SurveySubmission> submissions;
  std::vector<v1::RemediationEvent> remediations;
  std::vector<screen> screen_at_push;
  std::vector<std::string> enroll_codes;
  std::vector<bool> enroll_discards;
  std::string server;
  std::string saved_pin;
};

inline void add_text(google::protobuf::RepeatedPtrField<v1::LocalizedText>* texts, const std::string& en,
              const std::string& es) {
  auto* t = texts->Add();
  t->set_language("en");
  t->set_text(en);
  t = texts->Add();
  t->set_language("es");
  t->set_text(es);
}

inline v1::Question* add_question(v1::KioskConfig& c, const std::string& key, v1::QuestionType type, bool core) {
  v1::Question* q = c.add_questions();
  q->set_key(key);
  q->set_type(type);
  q->set_core(core);
  add_text(q->mutable_text(), "Question " + key, "Pregunta " + key);
  return q;
}

// Three core items and four rotating ones, in English and Spanish, limit 50.00 EUR.
inline v1::KioskConfig sample_config() {
  v1::KioskConfig c;
  c.set_config_version(7);
  c.set_location_name("Lyon Part-Dieu");
  c.add_languages("en");
  c.add_languages("es");
  c.add_languages("fr");
  auto* value = c.add_values();
  value->set_key("care");
  add_text(value->mutable_name(), "We care", "Nos importa");
  add_text(value->mutable_description(), "Every customer leaves happy.", "Cada cliente sale contento.");
  add_question(c, "values_known", v1::QUESTION_TYPE_AGREE5, true);
  add_question(c, "empowered", v1::QUESTION_TYPE_YES_NO, true);
  add_question(c, "recognised", v1::QUESTION_TYPE_AGREE5, true);
  for (const char* key : {"r1", "r2", "r3", "r4"}) add_question(c, key, v1::QUESTION_TYPE_AGREE5, false);
  c.set_remediation_limit_minor(5000);
  c.set_currency("EUR");
  c.set_cooldown_seconds(20);
  c.set_idle_seconds(30);
  c.set_rotating_per_session(1);
  return c;
}

struct fixture {
  explicit fixture(v1::KioskConfig config = sample_config()) : model(services, time, options()) {
    services.model = &model;
    model.set_config(std::move(config));
  }
  static model_options options() {
    model_options o;
    o.operator_pin = "246802";
    return o;
  }
  // Taps like a person: a second apart, so the repeat filter never interferes.
  bool tap(const intent& in) {
    time.advance(1s);
    return model.apply(in);
  }
  bool answer(int value) { return tap(intent::with_value(intent_kind::answer, value)); }
  void finish_survey_with(int value) {
    REQUIRE(tap(intent::of(intent_kind::start_survey)));
    while (model.current_screen() == screen::question) {
      const auto choices = model.answer_choices();
      REQUIRE(answer(value == -1 ? choices.front().value : value));
    }
  }

  fake_clock time;
  recording_services services;
  kiosk_model model;
};

}  // namespace storepulse::testing::model_bench
