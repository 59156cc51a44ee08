#include "server/kiosk_api/enrollment_throttle.h"

#include "server/http/client_address.h"

#include <algorithm>

namespace storepulse::kiosk_api {

std::chrono::seconds enrollment_throttle::begin(const std::string& address, clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (counters_.size() >= options_.max_addresses) prune(now);
  auto& c = counters_[http::throttle_key(address)];
  if (c.locked_until > now) {
    // Round up so that a client that waits exactly Retry-After is let in.
    return std::max(std::chrono::ceil<std::chrono::seconds>(c.locked_until - now), std::chrono::seconds{1});
  }
  if (now - c.window_start >= options_.window) {
    c.window_start = now;
    c.failures = 0;
  }
  // Attempts still running may all fail: they hold their place in the quota until they end.
  if (c.failures + c.running >= options_.free_failures) return std::chrono::seconds{1};
  ++c.running;
  return std::chrono::seconds{0};
}

void enrollment_throttle::finish(const std::string& address, bool failed, clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto& c = counters_[http::throttle_key(address)];
  if (c.running > 0) --c.running;
  if (!failed) return;
  if (now - c.last_failure > options_.memory) c.lockouts = 0;
  if (now - c.window_start >= options_.window) {
    c.window_start = now;
    c.failures = 0;
  }
  c.last_failure = now;
  if (++c.failures < options_.free_failures) return;
  auto lock_time = options_.base_lock;
  for (int i = 0; i < c.lockouts && lock_time < options_.max_lock; ++i) lock_time *= 2;
  c.locked_until = now + std::min(lock_time, options_.max_lock);
  ++c.lockouts;
  c.failures = 0;
  c.window_start = c.locked_until;
}

void enrollment_throttle::prune(clock::time_point now) {
  auto idle = [&](const auto& item) {
    const auto& c = item.second;
    return c.running == 0 && c.locked_until <= now && now - c.last_failure > options_.memory;
  };
  std::erase_if(counters_, idle);
  // Under a flood of distinct addresses, forget the ones not locked rather than grow without bound.
  if (counters_.size() >= options_.max_addresses) {
    std::erase_if(counters_,
                  [&](const auto& item) { return item.second.running == 0 && item.second.locked_until <= now; });
  }
}

}  // namespace storepulse::kiosk_api
