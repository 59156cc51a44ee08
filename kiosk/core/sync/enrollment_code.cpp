#include "kiosk/core/sync/enrollment_code.h"

#include "kiosk/core/sync/public_key_pin.h"

#include <cctype>

namespace storepulse::kiosk {

std::optional<enrollment_code> enrollment_code::parse(std::string_view text, std::string& error) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  enrollment_code result;
  const auto hash = text.find('#');
  result.code = std::string(text.substr(0, hash));
  if (hash == std::string_view::npos) return result;
  const auto pin = public_key_pin::parse(text.substr(hash + 1));
  if (!pin) {
    error = "The part after '#' is not the server's key pin (sha256/BASE64 or 64 hex digits); check the code.";
    return std::nullopt;
  }
  result.pin = pin->to_string();
  return result;
}

}  // namespace storepulse::kiosk
