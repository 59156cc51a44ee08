#pragma once

#include <string_view>

namespace storepulse::reports {

// The question bank items the empowerment panel and the plans read, by key. Any of them may be missing from a
// bank; the panel then shows "no data" for that figure.
namespace question_keys {
// AGREE5: "I know how much I may spend to fix a customer's problem without asking."
inline constexpr std::string_view knows_limit = "empowerment_know_limit";
// YES_NO: "In the last 7 days I fixed a customer's problem without asking for approval."
inline constexpr std::string_view used_last_7_days = "empowerment_used_7d";
// LIMIT_BAND: "Up to what amount may you fix a problem without asking?"
inline constexpr std::string_view perceived_limit = "empowerment_believed_limit";
// AGREE5: "I feel trusted to do the right thing for a customer."
inline constexpr std::string_view feels_trusted = "empowerment_trusted";
// AGREE5: "Things change here because of what we say on this kiosk."
inline constexpr std::string_view feedback_leads_to_action = "leadership_feedback_action";
}  // namespace question_keys

}  // namespace storepulse::reports
