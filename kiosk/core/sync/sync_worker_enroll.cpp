// The sync worker's enrollment: a new device token, and answers that stay with their store.
#include "kiosk/core/sync/backoff.h"
#include "kiosk/core/sync/enrollment_code.h"
#include "kiosk/core/sync/server_address.h"
#include "kiosk/core/sync/sync_messages.h"
#include "kiosk/core/sync/sync_worker.h"

#include <thread>

namespace storepulse::kiosk {

using namespace sync_messages;

namespace {

// How long a code the server used stays good here while the queue cannot move to its store.
constexpr std::chrono::minutes pending_for{10};

// Returns "Name (CODE)", or the code alone.
std::string store_name(const std::string& code, const std::string& name) {
  return name.empty() ? code : name + " (" + code + ")";
}

}  // namespace

bool sync_worker::enroll(const std::string& code, std::string& error) {
  auto result = enroll(code, false);
  error = result.message;
  return result.ok;
}

enroll_outcome sync_worker::enroll(const std::string& text, bool discard_other_store) {
  enroll_outcome result;
  auto code = enrollment_code::parse(text, result.message);
  if (!code) return result;
  auto response = enroll_on_server(text, code->code, code->pin, result.message);
  if (!response) return result;

  const device_settings before = settings();
  std::string queue_store;
  try {
    queue_.adopt_store(before.location_code);
    queue_store = queue_.store();
    // Answers given at one store are never counted at another: they go first, under its token.
    if (!queue_store.empty() && queue_store != response->location_code() && !discard_other_store) {
      std::string why;
      result.delivered = deliver_before_move(before, why);
      auto moved = queue_.switch_store(response->location_code(), false);
      if (!moved.switched) {
        std::lock_guard lock(mutex_);
        pending_ = pending_enrollment{text, *response, std::chrono::steady_clock::now() + pending_for};
        result.left = moved.left;
        result.message = "The code is for " + store_name(response->location_code(), response->location_name()) +
                         "; " + std::to_string(moved.left) + " answers given at " +
                         store_name(queue_store, before.location_name) + " were not taken there: " + why +
                         " The same code works here for 10 more minutes.";
        return result;
      }
    } else {
      result.discarded = queue_.switch_store(response->location_code(), true).discarded;
    }
    // A new device token is a new kiosk for the server: it reports refusals of its own.
    queue_.reset_refusals();
  } catch (const std::exception& e) {
    result.message = std::string("The kiosk's queue cannot be read or written (") + e.what() +
                      "), so it cannot move to another store now.";
    refresh_status();
    return result;
  }

  auto cached = cache_.config();
  if (cached && cached->location_code() != response->location_code()) {
    cache_.clear();  // another store's values and limit must not be shown here
  }
  {
    std::lock_guard lock(mutex_);
    pending_.reset();
    settings_.device_token = response->device_token();
    if (!code->pin.empty()) {
      settings_.server_key_pin = code->pin;
    }
    settings_.location_code = response->location_code();
    settings_.location_name = response->location_name();
    try {
      settings_.save();
    } catch (const std::exception& e) {
      result.message = std::string("Enrolled, but the settings could not be saved: ") + e.what();
      return result;
    }
    status_.needs_enrollment = false;
    status_.protocol_mismatch = false;
    note_reached();
    status_.message.clear();
    config_due_ = true;
    woken_ = true;
  }
  wake_cv_.notify_all();
  refresh_counts();
  notify();
  result.ok = true;
  return result;
}

std::optional<storepulse::v1::EnrollResponse> sync_worker::enroll_on_server(const std::string& text,
                                                                          const std::string& code,
                                                                          const std::string& pin, std::string& error) {
  {
    std::lock_guard lock(mutex_);
    if (pending_ && pending_->code == text && std::chrono::steady_clock::now() < pending_->until) {
      return pending_->response;
    }
  }
  device_settings snapshot = settings();
  auto address = server_address::parse(snapshot.server);
  if (!address) {
    error = "The server address \"" + snapshot.server + "\" is not valid.";
    return std::nullopt;
  }
  if (!pin.empty() && !address->tls) {
    error = "A code with the server's key pin needs an https:// server address, not " + address->to_string() + ".";
    return std::nullopt;
  }
  tls_trust trust = trust_of(snapshot);
  if (!pin.empty()) {
    trust.pin = pin;  // kept only once the server holding that key has enrolled us
  }
  kiosk_client client(*address, options_.request_timeout, trust);
  auto result = client.enroll(code, snapshot.device_label);
  if (result.tls_refused) {
    error = result.message + ". The code was not used.";
    return std::nullopt;
  }
  if (result.transport_failed) {
    error = "Cannot reach the server at " + address->to_string() + ": " + result.message;
    return std::nullopt;
  }
  if (!result.ok()) {
    error = is_protocol_mismatch(result) ? mismatch_message(result) : result.message;
    return std::nullopt;
  }
  return result.response;
}

std::size_t sync_worker::deliver_before_move(const device_settings& before, std::string& why) {
  const std::size_t at_start = queue_.size() + queue_.held_count();
  why = "this kiosk has no device token";
  auto address = server_address::parse(before.server);
  if (before.device_token.empty() || !address) return 0;
  // Held items go too: this is their store's last chance under its token.
  queue_.release_held();
  kiosk_client client(*address, options_.request_timeout, trust_of(before));
  client.set_token(before.device_token);
  backoff retry(options_.backoff_base, std::min(options_.backoff_cap, std::chrono::milliseconds(2000)));
  for (int attempt = 0; attempt < 3; ++attempt) {
    const auto result = upload_all(client, before.location_code);
    if (result == outcome::ok && queue_.size() == 0) break;
    if (result == outcome::blocked) break;  // the old token is refused, or the protocol differs
    std::this_thread::sleep_for(retry.next());
  }
  const std::size_t left = queue_.size() + queue_.held_count();
  const auto current = status();
  why = current.message.empty() ? std::string("the server refused them for now") : current.message;
  return at_start > left ? at_start - left : 0;
}

}  // namespace storepulse::kiosk
