#pragma once

#include <cstddef>
#include <vector>

#include "storepulse/v1/kiosk.pb.h"

namespace storepulse::kiosk {

// Chooses each session's questions: every core item, then one or two rotating items taken in
// turn, so that over many sessions each rotating item is asked equally often (within one).
class question_rotation {
 public:
  // start offsets the turn, so that kiosks restarted every morning do not all begin alike.
  explicit question_rotation(std::size_t start = 0) : next_(start) {}

  // Returns the indices into config.questions for the next session, core items first.
  std::vector<int> next_session(const storepulse::v1::KioskConfig& config);

 private:
  std::size_t next_;
};

}  // namespace storepulse::kiosk
