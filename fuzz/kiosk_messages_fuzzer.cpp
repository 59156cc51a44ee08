// Any bytes as what the server sends a kiosk: a configuration, which the kiosk then shows and
// walks through (every question answered with values drawn from the input), or an acknowledgement.
#include "kiosk/core/model/kiosk_model.h"
#include "kiosk/core/model/kiosk_services.h"

#include <cstddef>
#include <cstdint>

using namespace storepulse;
using namespace storepulse::kiosk;

namespace {

class quiet_services final : public kiosk_services {
 public:
  void push(const v1::SurveySubmission& s) override { answers_ += static_cast<std::size_t>(s.answers_size()); }
  void push(const v1::RemediationEvent&) override {}
  std::string new_client_id() override { return std::string(16, 'x'); }
  std::string local_date_today() override { return "2026-11-30"; }
  void start_enroll(const std::string&, bool) override {}
  bool set_server(const std::string&, std::string&) override { return true; }
  bool save_operator_pin(const std::string&, std::string&) override { return true; }

 private:
  std::size_t answers_ = 0;
};

class frozen_clock final : public clock {
 public:
  time_point now() const override { return at_; }
  void advance(std::chrono::seconds s) { at_ += s; }

 private:
  time_point at_{};
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  v1::BatchAck ack;
  (void)ack.ParseFromArray(data + 1, static_cast<int>(size - 1));
  v1::KioskConfig config;
  if (!config.ParseFromArray(data + 1, static_cast<int>(size - 1))) return 0;
  quiet_services services;
  frozen_clock time;
  kiosk_model model(services, time, {});
  model.set_config(config);
  for (const auto& language : model.languages()) model.apply(intent::with_text(intent_kind::choose_language, language));
  (void)model.values();
  (void)model.limit_sentence();
  (void)model.remediation_categories();
  (void)model.amount_bands();
  model.apply(intent::of(intent_kind::start_survey));
  // The first byte picks answers: every question gets one of its own choices, or a value out of range.
  for (std::size_t step = 0; step < 32 && model.question_count() > 0; ++step) {
    time.advance(std::chrono::seconds(1));
    (void)model.question_text();
    (void)model.progress_text();
    auto choices = model.answer_choices();
    int value = choices.empty() ? data[0] : choices[data[0] % choices.size()].value;
    if (!model.apply(intent::with_value(intent_kind::answer, value))) break;
  }
  time.advance(std::chrono::seconds(120));
  model.tick();
  return 0;
}
