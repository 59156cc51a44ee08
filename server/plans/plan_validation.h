#pragma once

#include "storepulse/v1/plans.pb.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace storepulse::plans {

// Limits on what a plan holds.
inline constexpr std::size_t max_title_chars = 120;
inline constexpr std::size_t max_staff_text_chars = 140;
inline constexpr std::size_t max_note_chars = 1000;
inline constexpr int max_notes_per_plan = 500;
inline constexpr int max_open_plans_per_scope = 30;
inline constexpr int max_plan_days = 2 * 366;

// Why a request about a plan is refused: an HTTP status, the field at fault (JSON name, e.g.
// "staffTexts[1].text"; empty when none) and a message for people.
struct plan_error {
  int status = 422;
  std::string field;
  std::string message;
};

// Returns the number of Unicode code points of UTF-8 text, or nullopt when it is not valid UTF-8.
std::optional<std::size_t> utf8_length(std::string_view text);

// Returns an error when text is empty (after trimming, unless may_be_empty), longer than
// max_chars code points, not UTF-8, or holds control characters (line breaks only when
// multi_line).
std::optional<plan_error> check_text(std::string_view field, std::string_view text, std::size_t max_chars,
                                     bool multi_line = false, bool may_be_empty = false);

// Returns what is wrong in a draft that needs no database to tell, or nullopt: title, target
// kind, scope fields, dates and their order, staff text lengths and duplicate languages.
std::optional<plan_error> check_draft(const v1::PlanDraft& draft);

// Returns the dates of a draft as days since 1970-01-01 (after check_draft passed).
int draft_start(const v1::PlanDraft& draft);
int draft_due(const v1::PlanDraft& draft);

// Returns "planned", "in_progress", "done", "dropped", or "" for an unspecified status.
std::string status_text(v1::PlanStatus status);
// Returns the status of its text (unspecified when unknown).
v1::PlanStatus status_of_text(std::string_view text);
// Returns "planned", "in progress", ... for people.
std::string status_words(v1::PlanStatus status);

}  // namespace storepulse::plans
