#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace storepulse::kiosk {

// What an operator types or scans to enroll a kiosk: the one-time code, and after a '#' the server's
// key pin when the server is to be pinned ("K7QM-3XRT-HC9P#sha256/BASE64"), as
// `storepulse-admin issue-codes --tls-certificate` prints them.
struct enrollment_code {
  std::string code;
  std::string pin;  // "sha256/BASE64", or empty

  // Returns the parts of "CODE" or "CODE#PIN"; nullopt with a reason when the pin is malformed.
  static std::optional<enrollment_code> parse(std::string_view text, std::string& error);
};

}  // namespace storepulse::kiosk
