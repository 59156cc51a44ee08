#pragma once

#include <chrono>
#include <cstdint>
#include <random>

namespace storepulse::kiosk {

// Random times for the sync worker, so that neither an upload nor a configuration check
// follows a session closely enough to date it.
class random_schedule {
 public:
  random_schedule();
  explicit random_schedule(std::uint64_t seed) : random_(seed) {}

  // Returns a wait uniform in [0, max].
  std::chrono::milliseconds upload_delay(std::chrono::milliseconds max);
  // Returns a wait uniform in [interval / 2, interval * 3 / 2].
  std::chrono::milliseconds config_interval(std::chrono::milliseconds interval);
  // Returns a wait uniform in [interval * 4 / 5, interval * 6 / 5]: health checks of a few
  // kiosks that lost the server together do not stay in step.
  std::chrono::milliseconds probe_interval(std::chrono::milliseconds interval);

 private:
  std::mt19937_64 random_;
};

}  // namespace storepulse::kiosk
