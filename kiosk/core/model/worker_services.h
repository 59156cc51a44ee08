#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "kiosk/core/model/kiosk_services.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/sync/sync_worker.h"

namespace storepulse::kiosk {

// The model's services on the real kiosk: the durable offline queue and the sync worker.
class worker_services final : public kiosk_services {
 public:
  // on_enrolled runs on the enrollment thread when a result is ready (e.g. to wake the window).
  worker_services(offline_queue& queue, sync_worker& worker, std::function<void()> on_enrolled = {})
      : queue_(queue), worker_(worker), on_enrolled_(std::move(on_enrolled)) {}
  ~worker_services() override;
  worker_services(const worker_services&) = delete;
  worker_services& operator=(const worker_services&) = delete;

  // Stores the submission in the queue, then schedules an upload; a failure also reaches the
  // sync status, for the operator panel and the server's kiosk list.
  void push(const storepulse::v1::SurveySubmission& submission) override;
  // Stores the event in the queue, then schedules an upload.
  void push(const storepulse::v1::RemediationEvent& event) override;
  // Returns 16 random bytes.
  std::string new_client_id() override;
  // Returns the device's local date.
  std::string local_date_today() override;
  // Enrolls through the sync worker on a thread of its own.
  void start_enroll(const std::string& code, bool discard_other_store) override;
  // Returns a finished enrollment's result once.
  std::optional<enroll_outcome> take_enroll_result();
  // Changes the server through the sync worker.
  bool set_server(const std::string& address, std::string& error) override;
  // Saves the operator PIN through the sync worker, which owns the settings file.
  bool save_operator_pin(const std::string& pin, std::string& error) override;

 private:
  offline_queue& queue_;
  sync_worker& worker_;
  std::function<void()> on_enrolled_;
  std::mutex mutex_;
  std::optional<enroll_outcome> enroll_result_;
  std::thread enroll_thread_;
};

}  // namespace storepulse::kiosk
