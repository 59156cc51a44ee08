#pragma once

#include <string_view>

namespace storepulse::kiosk {

// The screens of the kiosk; exactly one is shown at a time.
enum class screen {
  attract,
  question,
  thank_you,
  remediation_category,
  remediation_amount,
  remediation_thanks,
  operator_pin,
  operator_panel,
};

// Returns a stable lower-case name, used in layout files and screenshot names.
std::string_view screen_name(screen s);

}  // namespace storepulse::kiosk
