#pragma once

#include <chrono>

namespace storepulse::kiosk {

// The model's time source; tests inject a fake one so that idle and cooldown run instantly.
class clock {
 public:
  using time_point = std::chrono::steady_clock::time_point;
  virtual ~clock() = default;
  // Returns the current monotonic time.
  virtual time_point now() const = 0;
};

// The real monotonic clock.
class steady_clock_source final : public clock {
 public:
  // Returns std::chrono::steady_clock::now().
  time_point now() const override { return std::chrono::steady_clock::now(); }
};

}  // namespace storepulse::kiosk
