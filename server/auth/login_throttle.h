#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace storepulse::auth {

// Counts failed sign-ins per username and per client address, in memory. After `free_failures`
// failures a key is locked for `base_lock`, doubling with every further failure up to `max_lock`.
// A success clears the username's count (not the address's, so one known password does not
// reopen an address that guesses at many accounts).
class login_throttle {
 public:
  using clock = std::chrono::steady_clock;

  struct options {
    int free_failures = 5;
    // An address is shared by a whole office behind one NAT, so it may fail more often.
    int free_failures_per_address = 20;
    std::chrono::seconds base_lock{30};
    std::chrono::seconds max_lock{15 * 60};
    // Failures older than this are forgotten.
    std::chrono::seconds memory{60 * 60};
    std::size_t max_keys = 100000;
  };

  login_throttle() : login_throttle(options{}) {}
  explicit login_throttle(options opts) : options_(opts) {}

  // Returns how long the caller must wait before trying again (zero when it may try now).
  std::chrono::seconds retry_after(const std::string& username, const std::string& address,
                                   clock::time_point now = clock::now());
  // Records a failed attempt for both keys.
  void record_failure(const std::string& username, const std::string& address,
                      clock::time_point now = clock::now());
  // Records a success: the username's failures are forgotten.
  void record_success(const std::string& username);

 private:
  struct counter {
    int failures = 0;
    clock::time_point last_failure{};
    clock::time_point locked_until{};
  };
  std::chrono::seconds wait_for(const std::string& key, clock::time_point now);
  void fail(const std::string& key, int free_failures, clock::time_point now);
  void prune(clock::time_point now);

  options options_;
  std::mutex mutex_;
  std::unordered_map<std::string, counter> counters_;
};

}  // namespace storepulse::auth
