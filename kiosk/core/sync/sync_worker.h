#pragma once

#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/sync/enroll_outcome.h"
#include "kiosk/core/sync/kiosk_client.h"
#include "kiosk/core/sync/random_schedule.h"
#include "kiosk/core/sync/sync_status.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace storepulse::kiosk {

struct sync_options {
  std::size_t batch_size = 50;  // items per upload, halved on 413
  std::chrono::milliseconds backoff_base{500};
  std::chrono::milliseconds backoff_cap{std::chrono::minutes(5)};
  // Configuration checks come at random times between half and one and a half of this.
  std::chrono::milliseconds config_refresh{std::chrono::minutes(5)};
  std::chrono::milliseconds request_timeout{std::chrono::seconds(15)};
  // Longest random wait before new answers are uploaded, until a configuration sets one.
  std::chrono::milliseconds upload_delay_default{std::chrono::minutes(10)};
  // Replaces the configuration's longest wait when set; 0 uploads at once (tests, tools).
  std::optional<std::chrono::milliseconds> upload_delay_override;
  // Picks the wait before an upload from its longest; uniform when empty. Tests fix it.
  std::function<std::chrono::milliseconds(std::chrono::milliseconds longest)> pick_upload_delay;
  // While the server cannot be reached, a health check (GET /healthz: no token, nothing about the
  // kiosk, never the last-seen time) runs at random times between 0.8 and 1.2 of this after the last
  // call, so that a server that is back shows online within 15 s + probe_timeout. It changes only
  // the status: uploads keep their random delay and their backoff.
  std::chrono::milliseconds offline_probe{12500};
  // While online, the same check after 0.8 to 1.2 of this without any call, so that a server that
  // died while the kiosk was idle shows offline within a minute.
  std::chrono::milliseconds online_probe{std::chrono::seconds(50)};
  // The longest a health check may take.
  std::chrono::milliseconds probe_timeout{std::chrono::seconds(5)};
};

// A background thread that uploads the queue (shuffled batches, backoff with full jitter) a
// random time after answers arrive, and checks the config (ETag) at random intervals, so that
// neither dates a session. Every item ends: acknowledged, held after a refusal that may pass
// (sent again after the next configuration), or refused for good (counted for the server, then
// deleted). No failure stops the thread: it says why in the status and tries again with backoff.
// Between calls, health checks keep the status's online flag true to the server's state.
// While it runs, change settings only through it.
class sync_worker {
 public:
  // settings: server address and token.
  sync_worker(offline_queue& queue, config_cache& cache, device_settings& settings,
              sync_options options = {});
  ~sync_worker();
  sync_worker(const sync_worker&) = delete;
  sync_worker& operator=(const sync_worker&) = delete;

  // Starts the thread; answers already queued are uploaded after a random delay.
  void start();
  // Stops the thread, interrupting any wait; an upload in flight finishes or times out first.
  // Answers still waiting stay in the queue.
  void stop();
  // Schedules an upload a random time from now, unless one is scheduled already (which keeps
  // its time), and counts the queue for the status; call it after each push.
  void schedule_upload();
  // Counts the queue and reads its health again for the status; call it after a push failed.
  void refresh_status();
  // Returns the current status.
  sync_status status() const;
  // Registers a callback called from the worker thread when status or config changes.
  void on_change(std::function<void()> callback);
  // Returns the current config (the cached one until the server sends a newer one).
  std::optional<storepulse::v1::KioskConfig> config() const;
  // Exchanges an enrollment code ("CODE", or "CODE#PIN" to pin the server's key) for a device token
  // and saves both. When the code is another store's, answers given at the current one are first
  // sent under the current token or, with discard_other_store, deleted; while some are left the
  // kiosk stays where it is (the same code then works again for 10 minutes without the server).
  enroll_outcome enroll(const std::string& code, bool discard_other_store);
  // As enroll(code, false); false with a reason on failure.
  bool enroll(const std::string& code, std::string& error);
  // Changes the server address (saved in the settings); false when the text is not an address, or
  // is plain http:// beyond loopback without allow_plain_http. Another address than the current
  // one drops the device token and the pinned key: the kiosk needs enrollment, and the answers
  // waiting stay queued until then.
  bool set_server(const std::string& server, std::string& error);
  // Saves a new operator PIN in the settings; false when they cannot be written.
  bool set_operator_pin(const std::string& pin, std::string& error);
  // Returns a copy of the settings.
  device_settings settings() const;
  // Runs one round (config when due, then the queue until empty or a failure) on the calling
  // thread at once; returns true when the queue is empty. For tools and tests; not while start()ed.
  bool sync_once();

 private:
  enum class outcome { ok, failed, blocked };
  void run();
  // Waits until the config or an upload is due; returns whether to upload, or nullopt to stop.
  std::optional<bool> wait_for_round(std::unique_lock<std::mutex>& lock);
  // Waits until the deadline or until done() holds, checking the server's health whenever a check
  // is due meanwhile; returns done(). The lock is held on entry and on return.
  bool wait_probing(std::unique_lock<std::mutex>& lock, std::chrono::steady_clock::time_point deadline,
                     const std::function<bool()>& done);
  // Checks the server's health with the probe client and says in the status what it found.
  void probe();
  // An enrollment the server made whose store the queue could not move to yet.
  struct pending_enrollment {
    std::string code;  // as the operator typed it
    storepulse::v1::EnrollResponse response;
    std::chrono::steady_clock::time_point until;
  };

  // Checks the config when it is due, then uploads the queue when upload is set.
  outcome do_round(bool upload);
  // As do_round, taking any exception as a failed round and saying why in the status.
  outcome guarded_round(bool upload);
  std::chrono::milliseconds upload_delay_max() const;
  outcome do_config(kiosk_client& client);
  // Returns what the next configuration check reports.
  check_in report_for_check();
  // Uploads the store's waiting items until none is left or a call fails.
  outcome upload_all(kiosk_client& client, const std::string& store);
  outcome do_upload(kiosk_client& client, std::vector<queued_item> items);
  // Holds or refuses for good the item at index, by the server's code, then uploads the rest.
  outcome settle_refused_item(kiosk_client& client, std::vector<queued_item> items, std::size_t index,
                              const std::string& code);
  // Returns true when every item got a final answer (accepted, conflict or too late).
  bool apply_ack(const std::vector<queued_item>& items, const storepulse::v1::BatchAck& ack);
  // Returns the server's answer to the code: a pending one of the same code, or a new one.
  std::optional<storepulse::v1::EnrollResponse> enroll_on_server(const std::string& text, const std::string& code,
                                                                 const std::string& pin, std::string& error);
  // Sends the queue under the settings' token before the kiosk moves to another store; returns
  // how many items ended, and why some are left.
  std::size_t deliver_before_move(const device_settings& before, std::string& why);
  // Returns the number of waiting items, or 0 when the queue cannot be read (its problem says why).
  std::size_t waiting_items();
  // Returns the client for the settings' address, trust and token; null with the reason when
  // there is none.
  kiosk_client* client_for_round(const device_settings& snapshot, std::string& problem);
  // Says in the status what a 401, another protocol version or a busy server (429, 503, with its
  // Retry-After) means, and returns the round's outcome; nullopt for any other answer. The mutex
  // must be held.
  std::optional<outcome> server_refusal(const call_outcome& result);
  // Records a failed call: offline, or the server refused by the TLS checks.
  void set_failed(const call_outcome& result);
  // As set_failed, with the mutex held.
  void note_unreachable(const call_outcome& result);
  // Records that a call reached the server. The mutex must be held.
  void note_reached();
  // Sets when the next health check is due, from now and whether the server is reached. The mutex
  // must be held.
  void schedule_probe();
  void refresh_counts();
  // Calls the callbacks when the status changed since the last call, or always when forced.
  void notify(bool force = false);

  offline_queue& queue_;
  config_cache& cache_;
  device_settings& settings_;
  sync_options options_;

  mutable std::mutex mutex_;
  std::condition_variable wake_cv_;
  bool woken_ = false;        // an operator changed the enrollment or the server
  bool rescheduled_ = false;  // an upload was scheduled
  bool stopping_ = false;
  bool config_due_ = true;
  std::chrono::steady_clock::time_point next_config_;
  std::optional<std::chrono::steady_clock::time_point> upload_at_;
  random_schedule random_;
  sync_status status_;
  sync_status last_notified_;
  std::optional<std::chrono::seconds> retry_after_;
  std::vector<std::function<void()>> callbacks_;
  std::optional<pending_enrollment> pending_;
  std::thread thread_;

  std::chrono::steady_clock::time_point next_probe_;

  // Used only by the thread that runs rounds.
  std::unique_ptr<kiosk_client> client_;
  std::unique_ptr<kiosk_client> probe_client_;  // never given the token
};

}  // namespace storepulse::kiosk
