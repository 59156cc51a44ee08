#pragma once

#include "kiosk/core/model/kiosk_services.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/sync/sync_worker.h"

namespace storepulse::kiosk {

// The model's services on the real kiosk: the durable offline queue and the sync worker.
class worker_services final : public kiosk_services {
 public:
  worker_services(offline_queue& queue, sync_worker& worker) : queue_(queue), worker_(worker) {}

  // Stores the submission in the queue, then wakes the uploader.
  void push(const storepulse::v1::SurveySubmission& submission) override;
  // Stores the event in the queue, then wakes the uploader.
  void push(const storepulse::v1::RemediationEvent& event) override;
  // Returns 16 random bytes.
  std::string new_client_id() override;
  // Returns the device's local date.
  std::string local_date_today() override;
  // Enrolls through the sync worker.
  bool enroll(const std::string& code, std::string& error) override;
  // Changes the server through the sync worker.
  bool set_server(const std::string& address, std::string& error) override;

 private:
  offline_queue& queue_;
  sync_worker& worker_;
};

}  // namespace storepulse::kiosk
