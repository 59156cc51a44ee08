#include "server/auth/login_throttle.h"

#include "server/http/client_address.h"

#include <algorithm>
#include <cctype>

namespace storepulse::auth {
namespace {

std::string user_key(const std::string& username) {
  std::string key = "u:";
  for (char c : username) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::string address_key(const std::string& address) { return "a:" + http::throttle_key(address); }

}  // namespace

std::chrono::seconds login_throttle::begin(const std::string& username, const std::string& address,
                                           clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (counters_.size() >= options_.max_keys) prune(now);
  auto& user = counters_[user_key(username)];
  auto wait = wait_for(user, options_.free_failures, now);
  counter* by_address = nullptr;
  if (!address.empty()) {
    by_address = &counters_[address_key(address)];
    wait = std::max(wait, wait_for(*by_address, options_.free_failures_per_address, now));
  }
  if (wait.count() > 0) return wait;
  ++user.running;
  if (by_address) ++by_address->running;
  return wait;
}

void login_throttle::finish(const std::string& username, const std::string& address, outcome result,
                            clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto& user = counters_[user_key(username)];
  if (user.running > 0) --user.running;
  if (result == outcome::failed) fail(user, options_.free_failures, now);
  if (result == outcome::succeeded) {
    user.failures = 0;
    user.locked_until = {};
  }
  if (address.empty()) return;
  auto& by_address = counters_[address_key(address)];
  if (by_address.running > 0) --by_address.running;
  if (result == outcome::failed) fail(by_address, options_.free_failures_per_address, now);
}

std::chrono::seconds login_throttle::wait_for(counter& c, int free_failures, clock::time_point now) const {
  if (c.failures > 0 && c.locked_until <= now && now - c.last_failure > options_.memory) {
    c.failures = 0;
    c.locked_until = {};
  }
  if (c.locked_until > now) {
    // Round up so a client that waits exactly Retry-After is let in.
    auto left = std::chrono::ceil<std::chrono::seconds>(c.locked_until - now);
    return std::max(left, std::chrono::seconds{1});
  }
  // Attempts still running may all fail: they hold their place until they end.
  if (c.running >= std::max(1, free_failures - c.failures)) return std::chrono::seconds{1};
  return std::chrono::seconds{0};
}

void login_throttle::fail(counter& c, int free_failures, clock::time_point now) const {
  if (c.failures > 0 && now - c.last_failure > options_.memory) c.failures = 0;
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
    const auto& c = item.second;
    return c.running == 0 && c.locked_until <= now && now - c.last_failure > options_.memory;
  });
  // Under a flood of distinct keys, forget unlocked ones rather than grow without bound.
  if (counters_.size() >= options_.max_keys)
    std::erase_if(counters_, [&](const auto& item) { return item.second.running == 0 && item.second.locked_until <= now; });
}

}  // namespace storepulse::auth
