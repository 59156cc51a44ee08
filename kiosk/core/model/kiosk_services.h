#pragma once

#include <string>

#include "storepulse/v1/kiosk.pb.h"

namespace storepulse::kiosk {

// What the model needs from the rest of the kiosk: the durable queue, identity and enrollment.
class kiosk_services {
 public:
  virtual ~kiosk_services() = default;
  // Stores a finished survey durably; returns only once it survives a power cut. Throws on failure.
  virtual void push(const storepulse::v1::SurveySubmission& submission) = 0;
  // Stores a remediation event durably. Throws on failure.
  virtual void push(const storepulse::v1::RemediationEvent& event) = 0;
  // Returns 16 random bytes, the idempotency key of one upload item.
  virtual std::string new_client_id() = 0;
  // Returns the store-local date as YYYY-MM-DD; never a time of day.
  virtual std::string local_date_today() = 0;
  // Starts enrolling with a one-time code without blocking the screen; the result comes back
  // through kiosk_model::enrollment_finished. With discard_other_store, answers waiting here are
  // deleted when the code is another store's, instead of being sent to their own store first.
  virtual void start_enroll(const std::string& code, bool discard_other_store) = 0;
  // Saves a new server address in the device settings; returns false and sets error if invalid.
  virtual bool set_server(const std::string& address, std::string& error) = 0;
  // Saves the operator PIN chosen at the kiosk; returns false and sets error if it cannot.
  virtual bool save_operator_pin(const std::string& pin, std::string& error) = 0;
};

}  // namespace storepulse::kiosk
