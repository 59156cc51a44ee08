#include "server/auth/login_throttle.h"

#include <algorithm>
#include <cctype>

namespace storepulse::auth {
namespace {

std::string user_key(const std::string& username) {
  std::string key = "u:";
  for (char c : username) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::string address_key(const std::string& address) { return "a:" + address; }

}  // namespace

std::chrono::seconds login_throttle::retry_after(const std::string& username, const std::string& address,
                                                 clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto wait = wait_for(user_key(username), now);
  if (!address.empty()) wait = std::max(wait, wait_for(address_key(address), now));
  return wait;
}

void login_throttle::record_failure(const std::string& username, const std::string& address,
                                    clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (counters_.size() >= options_.max_keys) prune(now);
  fail(user_key(username), options_.free_failures, now);
  if (!address.empty()) fail(address_key(address), options_.free_failures_per_address, now);
}

void login_throttle::record_success(const std::string& username) {
  std::lock_guard lock(mutex_);
  counters_.erase(user_key(username));
}

std::chrono::seconds login_throttle::wait_for(const std::string& key, clock::time_point now) {
  auto it = counters_.find(key);
  if (it == counters_.end() || it->second.locked_until <= now) return std::chrono::seconds{0};
  // Round up so a client that waits exactly Retry-After is let in.
  auto left = std::chrono::ceil<std::chrono::seconds>(it->second.locked_until - now);
  return std::max(left, std::chrono::seconds{1});
}

void login_throttle::fail(const std::string& key, int free_failures, clock::time_point now) {
  auto& c = counters_[key];
  if (c.failures > 0 && now - c.last_failure > options_.memory) c = counter{};
  ++c.failures;
  c.last_failure = now;
  int over = c.failures - free_failures;
  if (over < 0) return;
  auto lock_time = options_.base_lock;
  for (int i = 0; i < over && lock_time < options_.max_lock; ++i) lock_time *= 2;
  c.locked_until = now + std::min(lock_time, options_.max_lock);
}

void login_throttle::prune(clock::time_point now) {
  std::erase_if(counters_, [&](const auto& item) {
    return item.second.locked_until <= now && now - item.second.last_failure > options_.memory;
  });
  // Under a flood of distinct keys, forget unlocked ones rather than grow without bound.
  if (counters_.size() >= options_.max_keys)
    std::erase_if(counters_, [&](const auto& item) { return item.second.locked_until <= now; });
}

}  // namespace storepulse::auth
