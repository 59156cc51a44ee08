#pragma once

#include "kiosk/core/sync/kiosk_client.h"

#include <cstdint>
#include <string>

// What the sync worker tells the operator, shared by its parts.
namespace storepulse::kiosk::sync_messages {

// Returns the current unix time in seconds.
std::int64_t unix_now();

// Returns true when the server answered that it speaks another protocol version.
bool is_protocol_mismatch(const call_outcome& outcome);

// Returns the operator's explanation of a protocol mismatch.
std::string mismatch_message(const call_outcome& outcome);

// Returns the operator's explanation of a queue file that cannot be read or written.
std::string queue_problem(const std::string& problem);

// Returns true for a message made by queue_problem.
bool is_queue_problem(const std::string& message);

// Returns the operator's explanation of a call that did not reach the server, or whose server the
// TLS checks refused.
std::string unreachable_message(const call_outcome& outcome);

// Returns true for a message made by unreachable_message.
bool is_unreachable_message(const std::string& message);

inline constexpr const char* revoked =
    "The server refused this kiosk's token (revoked or unknown): enroll it again with a new code. "
    "Answers are kept until then.";

inline constexpr const char* not_enrolled = "Not enrolled: enter an enrollment code in the operator panel.";

}  // namespace storepulse::kiosk::sync_messages
