#include "kiosk/core/model/question_rotation.h"

#include <algorithm>

namespace storepulse::kiosk {

std::vector<int> question_rotation::next_session(const storepulse::v1::KioskConfig& config) {
  std::vector<int> plan;
  std::vector<int> rotating;
  for (int i = 0; i < config.questions_size(); ++i) {
    (config.questions(i).core() ? plan : rotating).push_back(i);
  }
  if (rotating.empty()) return plan;
  // The contract says one or two; an unset field means one.
  const std::size_t wanted = std::clamp<std::size_t>(config.rotating_per_session(), 1, 2);
  const std::size_t take = std::min(wanted, rotating.size());
  for (std::size_t k = 0; k < take; ++k) {
    plan.push_back(rotating[(next_ + k) % rotating.size()]);
  }
  next_ = (next_ + take) % rotating.size();
  return plan;
}

}  // namespace storepulse::kiosk
