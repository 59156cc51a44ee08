#include "kiosk/core/model/worker_services.h"

#include "kiosk/core/identity/client_identity.h"

namespace storepulse::kiosk {

worker_services::~worker_services() {
  if (enroll_thread_.joinable()) enroll_thread_.join();
}

void worker_services::push(const storepulse::v1::SurveySubmission& submission) {
  try {
    queue_.push(submission);
  } catch (...) {
    worker_.refresh_status();
    throw;
  }
  worker_.schedule_upload();
}

void worker_services::push(const storepulse::v1::RemediationEvent& event) {
  try {
    queue_.push(event);
  } catch (...) {
    worker_.refresh_status();
    throw;
  }
  worker_.schedule_upload();
}

std::string worker_services::new_client_id() { return storepulse::kiosk::new_client_id(); }

std::string worker_services::local_date_today() {
  // The store's calendar, from its configuration: a kiosk set to another zone still dates
  // answers by the day they were given at the store.
  auto config = worker_.config();
  return storepulse::kiosk::local_date_today(config ? config->timezone() : std::string());
}

void worker_services::start_enroll(const std::string& code, bool discard_other_store) {
  // The model starts one enrollment at a time, so the previous thread has finished or is finishing.
  if (enroll_thread_.joinable()) enroll_thread_.join();
  enroll_thread_ = std::thread([this, code, discard_other_store] {
    auto result = worker_.enroll(code, discard_other_store);
    {
      std::lock_guard lock(mutex_);
      enroll_result_ = std::move(result);
    }
    if (on_enrolled_) on_enrolled_();
  });
}

std::optional<enroll_outcome> worker_services::take_enroll_result() {
  std::lock_guard lock(mutex_);
  return std::exchange(enroll_result_, std::nullopt);
}

bool worker_services::set_server(const std::string& address, std::string& error) {
  return worker_.set_server(address, error);
}

bool worker_services::save_operator_pin(const std::string& pin, std::string& error) {
  return worker_.set_operator_pin(pin, error);
}

}  // namespace storepulse::kiosk
