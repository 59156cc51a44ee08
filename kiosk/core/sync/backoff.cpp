#include "kiosk/core/sync/backoff.h"

#include <algorithm>

namespace storepulse::kiosk {

backoff::backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : base_(base), cap_(cap), random_(std::random_device{}()) {}

std::chrono::milliseconds backoff::ceiling() const {
  // Doubling stops well before overflow: 2^20 times any sane base exceeds any sane cap.
  auto shift = std::min(failures_, 20);
  auto grown = base_ * (std::int64_t{1} << shift);
  return std::min(grown, cap_);
}

std::chrono::milliseconds backoff::next() {
  auto top = ceiling();
  ++failures_;
  std::uniform_int_distribution<std::int64_t> pick(0, top.count());
  return std::chrono::milliseconds(pick(random_));
}

}  // namespace storepulse::kiosk
