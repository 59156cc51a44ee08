#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace storepulse::kiosk_api {

// Wrong enrollment codes per client address, in memory. An address that fails free_failures
// times within a window waits base_lock, twice as long after each further lockout up to
// max_lock. Attempts still running count against the quota, so that concurrent guesses cannot
// pass it. IPv6 addresses count by their /64, which one client usually holds whole.
class enrollment_throttle {
 public:
  using clock = std::chrono::steady_clock;

  struct options {
    int free_failures = 10;
    std::chrono::seconds window{60};
    std::chrono::seconds base_lock{60};
    std::chrono::seconds max_lock{15 * 60};
    // Lockouts older than this are forgotten.
    std::chrono::seconds memory{60 * 60};
    std::size_t max_addresses = 100000;
  };

  enrollment_throttle() : enrollment_throttle(options{}) {}
  explicit enrollment_throttle(options opts) : options_(opts) {}

  // Returns how long the address must wait; zero means it may try now, and the attempt counts
  // until finish() is called for it.
  std::chrono::seconds begin(const std::string& address, clock::time_point now = clock::now());
  // Ends an attempt that begin() let through; failed for a wrong code.
  void finish(const std::string& address, bool failed, clock::time_point now = clock::now());

 private:
  struct counter {
    int failures = 0;  // in the window that began at window_start
    int running = 0;
    int lockouts = 0;
    clock::time_point window_start{};
    clock::time_point last_failure{};
    clock::time_point locked_until{};
  };
  void prune(clock::time_point now);

  options options_;
  std::mutex mutex_;
  std::unordered_map<std::string, counter> counters_;
};

}  // namespace storepulse::kiosk_api
