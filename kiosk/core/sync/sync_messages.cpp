#include "kiosk/core/sync/sync_messages.h"

#include <chrono>
#include <string_view>

namespace storepulse::kiosk::sync_messages {

namespace {

constexpr const char* queue_problem_start = "Answers cannot be saved or read on this kiosk";
constexpr std::string_view unreachable_start = "Server unreachable (";
constexpr std::string_view tls_refused_end = ". Answers are kept; the kiosk tries again later.";

}  // namespace

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool is_protocol_mismatch(const call_outcome& outcome) {
  return outcome.http_status == 426 || outcome.error == "protocol_version";
}

std::string mismatch_message(const call_outcome& outcome) {
  std::string server_version =
      outcome.server_protocol_version ? std::to_string(outcome.server_protocol_version) : std::string("another");
  return "Protocol mismatch: the server speaks protocol version " + server_version + ", this kiosk version " +
         std::to_string(storepulse::v1::PROTOCOL_VERSION_CURRENT) +
         ". Update the kiosk software; answers are kept until then.";
}

std::string queue_problem(const std::string& problem) {
  return std::string(queue_problem_start) + " (" + problem +
         "). Answers already saved are kept; the kiosk tries again.";
}

bool is_queue_problem(const std::string& message) { return message.rfind(queue_problem_start, 0) == 0; }

std::string unreachable_message(const call_outcome& outcome) {
  if (outcome.tls_refused) return outcome.message + std::string(tls_refused_end);
  return std::string(unreachable_start) + outcome.message + "); answers are kept and sent later.";
}

bool is_unreachable_message(const std::string& message) {
  const std::string_view text(message);
  return text.substr(0, unreachable_start.size()) == unreachable_start ||
         (text.size() >= tls_refused_end.size() && text.substr(text.size() - tls_refused_end.size()) == tls_refused_end);
}

}  // namespace storepulse::kiosk::sync_messages
