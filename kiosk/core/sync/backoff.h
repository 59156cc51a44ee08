#pragma once

#include <chrono>
#include <random>

namespace storepulse::kiosk {

// Exponential backoff with full jitter: the n-th wait is uniform in [0, min(cap, base * 2^n)].
class backoff {
 public:
  backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);

  // Returns the next wait and counts one more failure.
  std::chrono::milliseconds next();
  // Returns the ceiling of the next wait, before jitter.
  std::chrono::milliseconds ceiling() const;
  // Forgets the failures after a success.
  void reset() { failures_ = 0; }
  // Returns how many failures in a row were counted.
  int failures() const { return failures_; }

 private:
  std::chrono::milliseconds base_;
  std::chrono::milliseconds cap_;
  int failures_ = 0;
  std::mt19937_64 random_;
};

}  // namespace storepulse::kiosk
