#include "kiosk/core/model/screen.h"

namespace storepulse::kiosk {

std::string_view screen_name(screen s) {
  switch (s) {
    case screen::attract: return "attract";
    case screen::question: return "question";
    case screen::thank_you: return "thank_you";
    case screen::remediation_category: return "remediation_category";
    case screen::remediation_amount: return "remediation_amount";
    case screen::remediation_thanks: return "remediation_thanks";
    case screen::operator_pin: return "operator_pin";
    case screen::operator_panel: return "operator_panel";
  }
  return "unknown";
}

}  // namespace storepulse::kiosk
