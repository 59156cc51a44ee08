#include "kiosk/core/model/worker_services.h"

#include "kiosk/core/identity/client_identity.h"

namespace storepulse::kiosk {

void worker_services::push(const storepulse::v1::SurveySubmission& submission) {
  queue_.push(submission);
  worker_.wake();
}

void worker_services::push(const storepulse::v1::RemediationEvent& event) {
  queue_.push(event);
  worker_.wake();
}

std::string worker_services::new_client_id() { return storepulse::kiosk::new_client_id(); }

std::string worker_services::local_date_today() { return storepulse::kiosk::local_date_today(); }

bool worker_services::enroll(const std::string& code, std::string& error) { return worker_.enroll(code, error); }

bool worker_services::set_server(const std::string& address, std::string& error) {
  return worker_.set_server(address, error);
}

}  // namespace storepulse::kiosk
