#pragma once

#include <string>
#include <vector>

#include "tests/support/kiosk_app_process.h"

namespace storepulse::test {

// The kiosk's layout rules, in millimetres on the glass at the density the kiosk reports.
struct kiosk_layout_limits {
  double button_mm = 12.0;   // the short side of every button
  double answer_mm = 15.0;   // the short side of every answer
  double cap_mm = 3.5;       // the capital height of every text
};

// Returns every way the frame breaks the rules, one sentence each: a button or text outside the
// window, two buttons or texts overlapping, text drawn over a button or panel it is not part of or
// spilling out of the one it is, a button or text smaller than the limits.
std::vector<std::string> layout_violations(const kiosk_layout& l, const kiosk_layout_limits& limits = {});

}  // namespace storepulse::test
