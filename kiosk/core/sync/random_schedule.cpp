#include "kiosk/core/sync/random_schedule.h"

#include <algorithm>

namespace storepulse::kiosk {

random_schedule::random_schedule() : random_(std::random_device{}()) {}

std::chrono::milliseconds random_schedule::upload_delay(std::chrono::milliseconds max) {
  std::uniform_int_distribution<std::int64_t> pick(0, std::max<std::int64_t>(0, max.count()));
  return std::chrono::milliseconds(pick(random_));
}

std::chrono::milliseconds random_schedule::config_interval(std::chrono::milliseconds interval) {
  const std::int64_t base = std::max<std::int64_t>(0, interval.count());
  std::uniform_int_distribution<std::int64_t> pick(base / 2, base + base / 2);
  return std::chrono::milliseconds(pick(random_));
}

std::chrono::milliseconds random_schedule::probe_interval(std::chrono::milliseconds interval) {
  const std::int64_t base = std::max<std::int64_t>(0, interval.count());
  std::uniform_int_distribution<std::int64_t> pick(base * 4 / 5, base * 6 / 5);
  return std::chrono::milliseconds(pick(random_));
}

}  // namespace storepulse::kiosk
