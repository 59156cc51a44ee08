#include "kiosk/core/sync/sync_worker.h"

#include "kiosk/core/sync/backoff.h"
#include "kiosk/core/sync/refusal_reasons.h"
#include "kiosk/core/sync/server_address.h"
#include "kiosk/core/sync/sync_messages.h"

#include <algorithm>

namespace storepulse::kiosk {

namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;
using namespace sync_messages;

}  // namespace

sync_worker::sync_worker(offline_queue& queue, config_cache& cache, device_settings& settings, sync_options options)
    : queue_(queue), cache_(cache), settings_(settings), options_(options) {
  status_.needs_enrollment = settings_.device_token.empty();
  if (status_.needs_enrollment) {
    status_.message = not_enrolled;
  }
  try {
    // A queue from before stores were recorded holds this enrollment's answers.
    queue_.adopt_store(settings_.location_code);
  } catch (const std::exception&) {
    // The queue's problem says why; the status shows it below.
  }
  refresh_counts();
  schedule_probe();
  last_notified_ = status_;
}

sync_worker::~sync_worker() { stop(); }

void sync_worker::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) {
    return;
  }
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void sync_worker::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_cv_.notify_all();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) {
    thread_.join();
  }
}

void sync_worker::schedule_upload() {
  const milliseconds longest = upload_delay_max();
  bool scheduled = false;
  {
    std::lock_guard lock(mutex_);
    if (!upload_at_) {
      milliseconds wait = options_.pick_upload_delay ? options_.pick_upload_delay(longest) : random_.upload_delay(longest);
      upload_at_ = steady_clock::now() + std::clamp(wait, milliseconds::zero(), longest);
      rescheduled_ = true;
      scheduled = true;
    }
  }
  if (scheduled) {
    wake_cv_.notify_all();
  }
  // The status mark counts a new answer at once, though it is sent later.
  refresh_counts();
  notify();
}

void sync_worker::refresh_status() {
  refresh_counts();
  notify();
}

milliseconds sync_worker::upload_delay_max() const {
  if (options_.upload_delay_override) {
    return std::max(milliseconds::zero(), *options_.upload_delay_override);
  }
  auto config = cache_.config();
  if (config && config->has_upload_delay_max_seconds()) {
    return std::chrono::seconds(config->upload_delay_max_seconds());
  }
  return options_.upload_delay_default;
}

sync_status sync_worker::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}

void sync_worker::on_change(std::function<void()> callback) {
  std::lock_guard lock(mutex_);
  callbacks_.push_back(std::move(callback));
}

std::optional<storepulse::v1::KioskConfig> sync_worker::config() const { return cache_.config(); }

device_settings sync_worker::settings() const {
  std::lock_guard lock(mutex_);
  return settings_;
}

bool sync_worker::set_server(const std::string& server, std::string& error) {
  auto address = server_address::parse(server);
  if (!address) {
    error = "\"" + server + "\" is not a server address (e.g. https://storepulse.example.com:8443).";
    return false;
  }
  {
    std::lock_guard lock(mutex_);
    if (auto refusal = plain_http_refusal(*address, settings_.allow_plain_http); !refusal.empty()) {
      error = refusal;
      return false;
    }
    const device_settings previous = settings_;
    const bool moved = address->to_string() != settings_.server;
    settings_.server = address->to_string();
    if (moved) {
      // The token and the pinned key belong to the old server: neither is sent to the new one,
      // which enrolls the kiosk anew. Answers waiting here stay queued with their store and go
      // after that enrollment (or, when it is another store's, as a move to it decides).
      settings_.device_token.clear();
      settings_.server_key_pin.clear();
    }
    try {
      settings_.save();
    } catch (const std::exception& e) {
      settings_ = previous;
      error = std::string("The settings could not be saved: ") + e.what();
      return false;
    }
    if (moved) {
      pending_.reset();  // the old server's answer to a code
      status_.needs_enrollment = settings_.device_token.empty();
      if (status_.needs_enrollment) status_.message = not_enrolled;
    }
    status_.protocol_mismatch = false;
    status_.tls_refused = false;
    status_.online = false;
    status_.offline_since_unix.reset();  // not tried yet
    config_due_ = true;
    woken_ = true;
  }
  wake_cv_.notify_all();
  notify();
  return true;
}

bool sync_worker::set_operator_pin(const std::string& pin, std::string& error) {
  std::lock_guard lock(mutex_);
  const std::string previous = std::exchange(settings_.operator_pin, pin);
  try {
    settings_.save();
  } catch (const std::exception& e) {
    settings_.operator_pin = previous;
    error = std::string("The settings could not be saved: ") + e.what();
    return false;
  }
  return true;
}

bool sync_worker::sync_once() {
  {
    std::lock_guard lock(mutex_);
    // A stopped worker can still be driven by hand: uploads end early only while stop() waits.
    if (!thread_.joinable()) stopping_ = false;
  }
  auto result = guarded_round(true);
  refresh_counts();
  notify();
  return result == outcome::ok && waiting_items() == 0;
}

std::size_t sync_worker::waiting_items() {
  try {
    return queue_.size();
  } catch (const std::exception&) {
    return 0;  // the queue's problem says why; the next round tries again
  }
}

sync_worker::outcome sync_worker::guarded_round(bool upload) {
  try {
    return do_round(upload);
  } catch (const std::exception& e) {
    // Whatever failed (most often the queue file: busy, full, corrupted), the thread goes on.
    std::lock_guard lock(mutex_);
    status_.message = "Sync failed on this kiosk (" + std::string(e.what()) + "); answers are kept, retrying later.";
    return outcome::failed;
  }
}

void sync_worker::run() {
  backoff retry(options_.backoff_base, options_.backoff_cap);
  if (waiting_items() > 0) {
    schedule_upload();
  }
  for (;;) {
    std::optional<bool> upload;
    {
      std::unique_lock lock(mutex_);
      upload = wait_for_round(lock);
      if (!upload) {
        return;
      }
      woken_ = false;
    }
    outcome result = guarded_round(*upload);
    refresh_counts();
    notify();

    if (result == outcome::ok && *upload) {
      {
        std::lock_guard lock(mutex_);
        upload_at_.reset();
      }
      // Answers pushed after the last batch was taken wait a delay of their own.
      if (waiting_items() > 0) {
        schedule_upload();
      }
    }
    std::unique_lock lock(mutex_);
    if (result == outcome::blocked) {
      // Waits for an operator: enrollment or a new server address wakes us. After an hour
      // without one, a protocol mismatch is tried again: the server may have been upgraded.
      if (!wake_cv_.wait_for(lock, std::chrono::hours(1), [this] { return stopping_ || woken_; })) {
        status_.protocol_mismatch = false;
        config_due_ = true;
      }
    } else if (result == outcome::failed && retry_after_ && retry_after_->count() > 0) {
      // The server asked for a pause: even an operator does not cut it short.
      milliseconds wait = *retry_after_;
      retry_after_.reset();
      retry.next();
      wait_probing(lock, steady_clock::now() + wait, [this] { return stopping_; });
    } else if (result == outcome::failed) {
      // New answers do not cut the wait short: a retry at once would date them. Nor does a health
      // check that finds the server back: it changes only what the kiosk shows.
      retry_after_.reset();
      wait_probing(lock, steady_clock::now() + retry.next(), [this] { return stopping_ || woken_; });
    } else {
      retry.reset();
    }
  }
}

std::optional<bool> sync_worker::wait_for_round(std::unique_lock<std::mutex>& lock) {
  for (;;) {
    if (stopping_) {
      return std::nullopt;
    }
    const auto now = steady_clock::now();
    const bool upload = upload_at_ && now >= *upload_at_;
    if (upload || config_due_ || now >= next_config_) {
      return upload;
    }
    const auto until = upload_at_ ? std::min(*upload_at_, next_config_) : next_config_;
    woken_ = false;
    rescheduled_ = false;
    wait_probing(lock, until, [this] { return stopping_ || woken_ || rescheduled_; });
  }
}

bool sync_worker::wait_probing(std::unique_lock<std::mutex>& lock, steady_clock::time_point deadline,
                                const std::function<bool()>& done) {
  for (;;) {
    if (done()) return true;
    const auto now = steady_clock::now();
    if (now >= deadline) return false;
    // A refused token or protocol says more than whether the server is there.
    const bool probing = !status_.needs_enrollment && !status_.protocol_mismatch;
    if (probing && now >= next_probe_) {
      lock.unlock();
      probe();
      lock.lock();
      continue;
    }
    wake_cv_.wait_until(lock, probing ? std::min(deadline, next_probe_) : deadline, done);
  }
}

void sync_worker::probe() {
  const device_settings snapshot = settings();
  std::optional<call_outcome> result;
  if (auto address = server_address::parse(snapshot.server);
      address && plain_http_refusal(*address, snapshot.allow_plain_http).empty()) {
    const tls_trust trust = trust_of(snapshot);
    if (!probe_client_ || probe_client_->address().to_string() != address->to_string() || probe_client_->trust() != trust) {
      probe_client_ = std::make_unique<kiosk_client>(*address, options_.probe_timeout, trust);
    }
    result = probe_client_->check_health();
  }
  {
    std::lock_guard lock(mutex_);
    // An answer from an address or trust the kiosk no longer uses says nothing; nor does one
    // that came while the server refused the kiosk.
    const bool current = snapshot.server == settings_.server && trust_of(snapshot) == trust_of(settings_) &&
                         !status_.needs_enrollment && !status_.protocol_mismatch;
    if (!result || !current) {
      schedule_probe();
      return;
    }
    // Any answer, /healthz's 200 or a refusal, comes from a server that is there, as for every call.
    if (result->transport_failed) {
      note_unreachable(*result);
    } else {
      note_reached();
    }
  }
  notify();
}

kiosk_client* sync_worker::client_for_round(const device_settings& snapshot, std::string& problem) {
  auto address = server_address::parse(snapshot.server);
  if (!address) {
    problem = "The server address \"" + snapshot.server + "\" is not valid.";
    return nullptr;
  }
  problem = plain_http_refusal(*address, snapshot.allow_plain_http);
  if (!problem.empty()) {
    return nullptr;
  }
  const tls_trust trust = trust_of(snapshot);
  if (!client_ || client_->address().to_string() != address->to_string() || client_->trust() != trust) {
    client_ = std::make_unique<kiosk_client>(*address, options_.request_timeout, trust);
  }
  client_->set_token(snapshot.device_token);
  return client_.get();
}

sync_worker::outcome sync_worker::do_round(bool upload) {
  std::string problem;
  kiosk_client* client = nullptr;
  bool config_due = false;
  device_settings snapshot = settings();
  for (;;) {
    client = client_for_round(snapshot, problem);
    std::lock_guard lock(mutex_);
    // An enrollment or a new address may have landed while the client was made (a TLS context
    // takes a while): then the client is made again, never used with the old token or trust.
    if (snapshot.server != settings_.server || snapshot.device_token != settings_.device_token ||
        trust_of(snapshot) != trust_of(settings_)) {
      snapshot = settings_;
      continue;
    }
    if (!client) {
      status_.online = false;
      status_.message = problem;
      return outcome::blocked;
    }
    if (settings_.device_token.empty()) {
      status_.needs_enrollment = true;
      status_.message = not_enrolled;
    }
    if (status_.needs_enrollment || status_.protocol_mismatch) {
      return outcome::blocked;
    }
    config_due = config_due_ || steady_clock::now() >= next_config_;
    break;
  }
  if (config_due) {
    if (auto result = do_config(*client); result != outcome::ok) {
      return result;
    }
  }
  return upload ? upload_all(*client, snapshot.location_code) : outcome::ok;
}

std::optional<sync_worker::outcome> sync_worker::server_refusal(const call_outcome& result) {
  if (result.http_status == 401) {
    status_.needs_enrollment = true;
    status_.message = revoked;
    return outcome::blocked;
  }
  if (is_protocol_mismatch(result)) {
    status_.protocol_mismatch = true;
    status_.message = mismatch_message(result);
    return outcome::blocked;
  }
  if (result.http_status == 429 || result.http_status == 503) {
    if (result.retry_after_seconds) retry_after_ = std::chrono::seconds(*result.retry_after_seconds);
    status_.message = "Server busy; retrying later.";
    return outcome::failed;
  }
  return std::nullopt;
}

void sync_worker::set_failed(const call_outcome& result) {
  std::lock_guard lock(mutex_);
  note_unreachable(result);
}

void sync_worker::note_unreachable(const call_outcome& result) {
  status_.online = false;
  status_.tls_refused = result.tls_refused;
  status_.message = unreachable_message(result);
  if (!status_.offline_since_unix) status_.offline_since_unix = unix_now() / 3600 * 3600;
  schedule_probe();
}

void sync_worker::note_reached() {
  status_.online = true;
  status_.tls_refused = false;
  status_.offline_since_unix.reset();
  if (is_unreachable_message(status_.message)) status_.message.clear();
  schedule_probe();
}

void sync_worker::schedule_probe() {
  next_probe_ = steady_clock::now() +
                random_.probe_interval(status_.online ? options_.online_probe : options_.offline_probe);
}

check_in sync_worker::report_for_check() {
  check_in report;
  try {
    report.queued = queue_.size() + queue_.held_count();
    for (const auto& entry : queue_.refusals()) report.refused[report_code(entry.first)] += entry.second;
  } catch (const std::exception&) {
    // The state below says the queue cannot be read.
  }
  if (!queue_.problem().empty()) report.state = "queue_error";
  return report;
}

sync_worker::outcome sync_worker::do_config(kiosk_client& client) {
  auto result = client.fetch_config(cache_.etag(), report_for_check());
  if (result.transport_failed) {
    set_failed(result);
    return outcome::failed;
  }
  bool config_changed = false;
  outcome next = outcome::ok;
  {
    std::lock_guard lock(mutex_);
    note_reached();
    if (auto refused = server_refusal(result)) return *refused;
    config_due_ = false;
    next_config_ = steady_clock::now() + random_.config_interval(options_.config_refresh);
    if (result.ok()) {
      status_.last_sync_unix = unix_now() / 3600 * 3600;  // the hour only: a minute would date a session
      status_.message.clear();
    } else {
      // Uploads still go on; the config is tried again sooner than usual.
      next_config_ = steady_clock::now() +
                     random_.config_interval(std::min(options_.config_refresh, milliseconds(std::chrono::minutes(1))));
      status_.message = "The server did not send the configuration: " + result.message;
    }
  }
  if (result.ok() && !result.not_modified) {
    try {
      cache_.store(result.config, result.etag);
      config_changed = true;
    } catch (const std::exception& e) {
      std::lock_guard lock(mutex_);
      status_.message = std::string("The configuration could not be cached: ") + e.what();
    }
  }
  // Items refused for a reason that may pass now go again: the configuration, or the clock, may
  // have changed since.
  if (result.ok() && queue_.held_count() > 0) {
    queue_.release_held();
    schedule_upload();
  }
  notify(config_changed);
  return next;
}

void sync_worker::refresh_counts() {
  std::size_t queued = 0, held = 0, refused = 0;
  bool readable = true;
  try {
    queued = queue_.size();
    held = queue_.held_count();
    for (const auto& entry : queue_.refusals()) refused += static_cast<std::size_t>(entry.second);
  } catch (const std::exception&) {
    readable = false;  // the queue's problem says why
  }
  const std::string problem = queue_.problem();
  std::lock_guard lock(mutex_);
  if (readable) {
    status_.queued = queued;
    status_.held = held;
    status_.refused = refused;
  }
  status_.queue_error = !problem.empty();
  if (status_.queue_error) {
    status_.message = queue_problem(problem);
  } else if (is_queue_problem(status_.message)) {
    status_.message.clear();
  }
}

void sync_worker::notify(bool force) {
  std::vector<std::function<void()>> callbacks;
  {
    std::lock_guard lock(mutex_);
    if (!force && status_ == last_notified_) {
      return;
    }
    last_notified_ = status_;
    callbacks = callbacks_;
  }
  for (const auto& callback : callbacks) {
    callback();
  }
}

}  // namespace storepulse::kiosk
