#include "kiosk/core/sync/sync_worker.h"

#include "kiosk/core/sync/backoff.h"
#include "kiosk/core/sync/enrollment_code.h"
#include "kiosk/core/sync/server_address.h"

#include <algorithm>
#include <unordered_map>

namespace storepulse::kiosk {

namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool same(const sync_status& a, const sync_status& b) {
  return a.online == b.online && a.needs_enrollment == b.needs_enrollment &&
         a.protocol_mismatch == b.protocol_mismatch && a.tls_refused == b.tls_refused && a.queued == b.queued &&
         a.set_aside == b.set_aside && a.last_sync_unix == b.last_sync_unix && a.message == b.message;
}

bool is_protocol_mismatch(const call_outcome& outcome) {
  return outcome.http_status == 426 || outcome.error == "protocol_version";
}

std::string mismatch_message(const call_outcome& outcome) {
  std::string server_version =
      outcome.server_protocol_version ? std::to_string(outcome.server_protocol_version) : std::string("another");
  return "Protocol mismatch: the server speaks protocol version " + server_version + ", this kiosk version " +
         std::to_string(storepulse::v1::PROTOCOL_VERSION_CURRENT) +
         ". Update the kiosk software; answers are kept until then.";
}

constexpr const char* revoked_message =
    "The server refused this kiosk's token (revoked or unknown): enroll it again with a new code. "
    "Answers are kept until then.";

}  // namespace

sync_worker::sync_worker(offline_queue& queue, config_cache& cache, device_settings& settings, sync_options options)
    : queue_(queue), cache_(cache), settings_(settings), options_(options) {
  status_.needs_enrollment = settings_.device_token.empty();
  if (status_.needs_enrollment) {
    status_.message = "Not enrolled: enter an enrollment code in the operator panel.";
  }
  status_.queued = queue_.size();
  status_.set_aside = queue_.set_aside_count();
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

bool sync_worker::enroll(const std::string& text, std::string& error) {
  auto code = enrollment_code::parse(text, error);
  if (!code) {
    return false;
  }
  device_settings snapshot = settings();
  auto address = server_address::parse(snapshot.server);
  if (!address) {
    error = "The server address \"" + snapshot.server + "\" is not valid.";
    return false;
  }
  if (!code->pin.empty() && !address->tls) {
    error = "A code with the server's key pin needs an https:// server address, not " + address->to_string() + ".";
    return false;
  }
  tls_trust trust = trust_of(snapshot);
  if (!code->pin.empty()) {
    trust.pin = code->pin;  // kept only once the server holding that key has enrolled us
  }
  kiosk_client client(*address, options_.request_timeout, trust);
  auto result = client.enroll(code->code, snapshot.device_label);
  if (result.tls_refused) {
    error = result.message + ". The code was not used.";
    return false;
  }
  if (result.transport_failed) {
    error = "Cannot reach the server at " + address->to_string() + ": " + result.message;
    return false;
  }
  if (!result.ok()) {
    error = is_protocol_mismatch(result) ? mismatch_message(result) : result.message;
    return false;
  }
  auto cached = cache_.config();
  if (cached && cached->location_code() != result.response.location_code()) {
    cache_.clear();  // another store's values and limit must not be shown here
  }
  {
    std::lock_guard lock(mutex_);
    settings_.device_token = result.response.device_token();
    if (!code->pin.empty()) {
      settings_.server_key_pin = code->pin;
    }
    settings_.location_code = result.response.location_code();
    settings_.location_name = result.response.location_name();
    try {
      settings_.save();
    } catch (const std::exception& e) {
      error = std::string("Enrolled, but the settings could not be saved: ") + e.what();
      return false;
    }
    status_.needs_enrollment = false;
    status_.protocol_mismatch = false;
    status_.tls_refused = false;
    status_.online = true;
    status_.message.clear();
    config_due_ = true;
    woken_ = true;
  }
  wake_cv_.notify_all();
  notify();
  return true;
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
    settings_.server = address->to_string();
    try {
      settings_.save();
    } catch (const std::exception& e) {
      error = std::string("The settings could not be saved: ") + e.what();
      return false;
    }
    status_.protocol_mismatch = false;
    status_.tls_refused = false;
    status_.online = false;
    config_due_ = true;
    woken_ = true;
  }
  wake_cv_.notify_all();
  notify();
  return true;
}

bool sync_worker::sync_once() {
  auto result = do_round(true);
  refresh_counts();
  notify();
  return result == outcome::ok && queue_.size() == 0;
}

void sync_worker::run() {
  backoff retry(options_.backoff_base, options_.backoff_cap);
  if (queue_.size() > 0) {
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
    outcome result = do_round(*upload);
    refresh_counts();
    notify();

    if (result == outcome::ok && *upload) {
      {
        std::lock_guard lock(mutex_);
        upload_at_.reset();
      }
      // Answers pushed after the last batch was taken wait a delay of their own.
      if (queue_.size() > 0) {
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
      wake_cv_.wait_for(lock, wait, [this] { return stopping_; });
    } else if (result == outcome::failed) {
      // New answers do not cut the wait short: a retry at once would date them.
      retry_after_.reset();
      wake_cv_.wait_for(lock, retry.next(), [this] { return stopping_ || woken_; });
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
    wake_cv_.wait_until(lock, until, [this] { return stopping_ || woken_ || rescheduled_; });
  }
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
      status_.message = "Not enrolled: enter an enrollment code in the operator panel.";
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
  while (upload) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) {
        return outcome::ok;
      }
    }
    auto items = queue_.take(options_.batch_size);
    if (items.empty()) {
      return outcome::ok;
    }
    auto result = do_upload(*client, std::move(items));
    refresh_counts();
    notify();
    if (result != outcome::ok) {
      return result;
    }
  }
  return outcome::ok;
}

void sync_worker::set_failed(const call_outcome& result) {
  std::lock_guard lock(mutex_);
  status_.online = false;
  status_.tls_refused = result.tls_refused;
  status_.message = result.tls_refused
                        ? result.message + ". Answers are kept; the kiosk tries again later."
                        : "Server unreachable (" + result.message + "); answers are kept and sent later.";
}

sync_worker::outcome sync_worker::do_config(kiosk_client& client) {
  auto result = client.fetch_config(cache_.etag(), queue_.size());
  if (result.transport_failed) {
    set_failed(result);
    return outcome::failed;
  }
  bool config_changed = false;
  outcome next = outcome::ok;
  {
    std::lock_guard lock(mutex_);
    status_.online = true;
    status_.tls_refused = false;
    if (result.http_status == 401) {
      status_.needs_enrollment = true;
      status_.message = revoked_message;
      return outcome::blocked;
    }
    if (is_protocol_mismatch(result)) {
      status_.protocol_mismatch = true;
      status_.message = mismatch_message(result);
      return outcome::blocked;
    }
    if (result.http_status == 429 || result.http_status == 503) {
      if (result.retry_after_seconds) {
        retry_after_ = std::chrono::seconds(*result.retry_after_seconds);
      }
      status_.message = "Server busy; retrying later.";
      return outcome::failed;
    }
    config_due_ = false;
    next_config_ = steady_clock::now() + random_.config_interval(options_.config_refresh);
    if (result.ok()) {
      status_.last_sync_unix = unix_now();
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
  notify(config_changed);
  return next;
}

sync_worker::outcome sync_worker::do_upload(kiosk_client& client, std::vector<queued_item> items) {
  storepulse::v1::SubmissionBatch batch;
  batch.set_protocol_version(storepulse::v1::PROTOCOL_VERSION_CURRENT);
  // The ack answers submissions first, then remediations: keep the items in that order.
  std::vector<queued_item> ordered;
  ordered.reserve(items.size());
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& item : items) {
      if (item.remediation != (pass == 1)) {
        continue;
      }
      bool parsed = item.remediation ? batch.add_remediations()->ParseFromString(item.payload)
                                     : batch.add_submissions()->ParseFromString(item.payload);
      if (!parsed) {
        item.remediation ? batch.mutable_remediations()->RemoveLast() : batch.mutable_submissions()->RemoveLast();
        queue_.set_aside(item.client_id, "unreadable payload in the local queue");
        continue;
      }
      ordered.push_back(std::move(item));
    }
  }
  if (ordered.empty()) {
    return outcome::ok;
  }

  auto result = client.upload(batch);
  if (result.transport_failed) {
    set_failed(result);
    return outcome::failed;
  }
  {
    std::lock_guard lock(mutex_);
    status_.online = true;
    status_.tls_refused = false;
  }
  int status = result.http_status;
  if (status == 200) {
    bool resolved = apply_ack(ordered, result.ack);
    std::lock_guard lock(mutex_);
    status_.last_sync_unix = unix_now();
    status_.message = resolved ? std::string() : std::string("The server left some answers unconfirmed; retrying.");
    return resolved ? outcome::ok : outcome::failed;
  }
  std::unique_lock lock(mutex_);
  if (status == 401) {
    status_.needs_enrollment = true;
    status_.message = revoked_message;
    return outcome::blocked;
  }
  if (is_protocol_mismatch(result)) {
    status_.protocol_mismatch = true;
    status_.message = mismatch_message(result);
    return outcome::blocked;
  }
  if (status == 429 || status == 503) {
    if (result.retry_after_seconds) {
      retry_after_ = std::chrono::seconds(*result.retry_after_seconds);
    }
    status_.message = "Server busy; retrying later.";
    return outcome::failed;
  }
  bool refused = status == 413 || status == 400 || status == 409 || status == 422;
  if (!refused) {
    status_.message = "Upload failed: " + result.message;
    return outcome::failed;
  }
  lock.unlock();
  outcome next;
  std::string reason = result.error + ": " + result.message;
  bool names_item = status != 413 && result.item_index >= 0 &&
                    static_cast<std::size_t>(result.item_index) < ordered.size();
  if (names_item) {
    next = refuse_item(client, std::move(ordered), static_cast<std::size_t>(result.item_index), reason);
  } else if (ordered.size() > 1) {
    // Too large, or refused without naming the item: halve until the culprit stands alone.
    std::vector<queued_item> second(std::make_move_iterator(ordered.begin() + static_cast<std::ptrdiff_t>(ordered.size() / 2)),
                                    std::make_move_iterator(ordered.end()));
    ordered.resize(ordered.size() / 2);
    next = do_upload(client, std::move(ordered));
    if (next == outcome::ok) {
      next = do_upload(client, std::move(second));
    }
  } else {
    next = refuse_item(client, std::move(ordered), 0, reason);
  }
  return next;
}

sync_worker::outcome sync_worker::refuse_item(kiosk_client& client, std::vector<queued_item> items, std::size_t index,
                                              const std::string& reason) {
  queue_.set_aside(items[index].client_id, reason);
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
  if (items.empty()) {
    return outcome::ok;
  }
  return do_upload(client, std::move(items));
}

bool sync_worker::apply_ack(const std::vector<queued_item>& items, const storepulse::v1::BatchAck& ack) {
  std::unordered_map<std::string, const storepulse::v1::ItemResult*> by_id;
  for (const auto& result : ack.results()) {
    by_id.emplace(result.client_id(), &result);
  }
  std::vector<std::string> accepted;
  bool resolved = true;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const storepulse::v1::ItemResult* result = nullptr;
    if (auto it = by_id.find(items[i].client_id); it != by_id.end()) {
      result = it->second;
    } else if (ack.results_size() == static_cast<int>(items.size()) && ack.results(static_cast<int>(i)).client_id().empty()) {
      result = &ack.results(static_cast<int>(i));
    }
    if (result && result->status() == storepulse::v1::ITEM_STATUS_ACCEPTED) {
      accepted.push_back(items[i].client_id);
    } else if (result && result->status() == storepulse::v1::ITEM_STATUS_CONFLICT) {
      // Another payload was stored under this id; resending can never succeed.
      queue_.set_aside(items[i].client_id, "conflict: " + result->message());
    } else {
      resolved = false;
    }
  }
  queue_.remove(accepted);
  return resolved;
}

void sync_worker::refresh_counts() {
  auto queued = queue_.size();
  auto set_aside = queue_.set_aside_count();
  std::lock_guard lock(mutex_);
  status_.queued = queued;
  status_.set_aside = set_aside;
}

void sync_worker::notify(bool force) {
  std::vector<std::function<void()>> callbacks;
  {
    std::lock_guard lock(mutex_);
    if (!force && same(status_, last_notified_)) {
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
