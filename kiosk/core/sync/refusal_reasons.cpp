#include "kiosk/core/sync/refusal_reasons.h"

#include <algorithm>
#include <array>

namespace storepulse::kiosk {

namespace {

// The server's codes for one item (server/ingest/batch_validator.cpp) that a later configuration
// or a corrected clock can turn into a pass.
constexpr std::array<std::string_view, 4> retryable = {
    "unknown_question",     // a question added to the bank after the kiosk's configuration was made
    "invalid_language",     // a language the store's configuration takes again
    "date_in_future",       // the kiosk's clock ran ahead: the day comes
    "duplicate_client_id",  // twice in one batch: the next batch differs
};

// Codes that no change on either side can pass.
constexpr std::array<std::string_view, 11> final_codes = {
    "missing_client_id", "invalid_date",     "date_too_old",         "no_answers",
    "duplicate_answer",  "value_out_of_range", "invalid_category",   "invalid_amount_band",
    reason_conflict,     reason_too_large,   reason_unreadable,
};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

}  // namespace

refusal_kind classify_refusal(std::string_view code) {
  if (listed(retryable, code)) return refusal_kind::retry_after_config;
  if (listed(final_codes, code) || code == reason_too_late) return refusal_kind::final;
  return refusal_kind::retry_after_config;
}

std::string report_code(std::string_view code) {
  const bool plain = !code.empty() && code.size() <= 40 &&
                     std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
  return plain ? std::string(code) : std::string("other");
}

}  // namespace storepulse::kiosk
