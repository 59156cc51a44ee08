#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace storepulse::auth {

// Counts failed sign-ins per username and per client address (IPv6 by /64), in memory. After
// `free_failures` failures a key is locked for `base_lock`, doubling with every further failure
// up to `max_lock`. An attempt is reserved before its password is checked and counts as a
// failure until it ends, so that concurrent guesses cannot pass the limit: a key lets through
// only as many attempts at once as it has failures left (one at a time once over the limit). A
// success clears the username's count (not the address's, so one known password does not reopen
// an address that guesses at many accounts).
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

  // How a reserved attempt ended.
  enum class outcome {
    failed,     // wrong username or password
    succeeded,  // signed in
    abandoned,  // never checked (the server was busy)
  };

  login_throttle() : login_throttle(options{}) {}
  explicit login_throttle(options opts) : options_(opts) {}

  // Returns how long the caller must wait before trying again; zero means the attempt is
  // reserved for both keys until finish() is called for it.
  std::chrono::seconds begin(const std::string& username, const std::string& address,
                             clock::time_point now = clock::now());
  // Ends an attempt that begin() let through.
  void finish(const std::string& username, const std::string& address, outcome result,
              clock::time_point now = clock::now());

 private:
  struct counter {
    int failures = 0;
    int running = 0;
    clock::time_point last_failure{};
    clock::time_point locked_until{};
  };
  // Returns the wait for the key, zero when another attempt may run now.
  std::chrono::seconds wait_for(counter& c, int free_failures, clock::time_point now) const;
  void fail(counter& c, int free_failures, clock::time_point now) const;
  void prune(clock::time_point now);

  options options_;
  std::mutex mutex_;
  std::unordered_map<std::string, counter> counters_;
};

}  // namespace storepulse::auth
