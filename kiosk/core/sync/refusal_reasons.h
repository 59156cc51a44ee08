#pragma once

#include <string>
#include <string_view>

namespace storepulse::kiosk {

// What the kiosk does with an item the server refused for that item alone.
enum class refusal_kind {
  // May pass after a configuration change or a clock fix: kept, and sent again after the next
  // configuration. It cannot wait forever: once it is older than the server accepts, the server
  // acknowledges it as too late.
  retry_after_config,
  // Can never pass: counted under its reason for the server, then deleted.
  final,
};

// Reasons the kiosk names itself; the others are the server's error codes (ErrorBody.error).
inline constexpr std::string_view reason_conflict = "conflict";        // the id holds other content
inline constexpr std::string_view reason_too_late = "too_late";        // older than the server accepts
inline constexpr std::string_view reason_too_large = "too_large";      // 413 for the item alone
inline constexpr std::string_view reason_unreadable = "unreadable";    // its bytes in the queue do not parse

// Returns what a refusal means for the item. Codes this kiosk does not know are retried: an
// answer is never deleted for a reason nobody here understood.
refusal_kind classify_refusal(std::string_view code);

// Returns the code as the configuration check reports it: itself when it is lower-case letters
// and '_' (at most 40), else "other".
std::string report_code(std::string_view code);

}  // namespace storepulse::kiosk
