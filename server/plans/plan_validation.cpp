#include "server/plans/plan_validation.h"

#include "calendar/calendar.h"

namespace storepulse::plans {

std::optional<std::size_t> utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    if (c < 0x80)
      extra = 0;
    else if ((c >> 5) == 0x6)
      extra = 1;
    else if ((c >> 4) == 0xE)
      extra = 2;
    else if ((c >> 3) == 0x1E)
      extra = 3;
    else
      return std::nullopt;
    if (extra > text.size() - i - 1) return std::nullopt;
    for (std::size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return std::nullopt;
    i += extra + 1;
  }
  return count;
}

std::optional<plan_error> check_text(std::string_view field, std::string_view text, std::size_t max_chars,
                                     bool multi_line, bool may_be_empty) {
  auto length = utf8_length(text);
  if (!length) return plan_error{422, std::string(field), std::string(field) + " is not valid UTF-8 text."};
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos && !may_be_empty)
    return plan_error{422, std::string(field), std::string(field) + " is required."};
  if (*length > max_chars)
    return plan_error{422, std::string(field),
                      std::string(field) + " is longer than " + std::to_string(max_chars) + " characters."};
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '\n' && multi_line) continue;
    if (c < 0x20 || c == 0x7F)
      return plan_error{422, std::string(field), std::string(field) + " holds control characters or line breaks."};
  }
  return std::nullopt;
}

std::optional<plan_error> check_draft(const v1::PlanDraft& draft) {
  if (auto e = check_text("title", draft.title(), max_title_chars)) return e;
  const auto& target = draft.target();
  switch (target.kind()) {
    case v1::PLAN_TARGET_KIND_DIMENSION:
      if (target.dimension() == v1::DIMENSION_UNSPECIFIED)
        return plan_error{422, "target.dimension", "target.dimension names no dimension."};
      break;
    case v1::PLAN_TARGET_KIND_QUESTION:
      if (target.question_key().empty() || target.question_key().size() > 64)
        return plan_error{422, "target.questionKey", "target.questionKey names no question."};
      break;
    case v1::PLAN_TARGET_KIND_EMPOWERMENT:
      if (target.figure() == v1::EMPOWERMENT_FIGURE_UNSPECIFIED)
        return plan_error{422, "target.figure", "target.figure names no empowerment figure."};
      break;
    default: return plan_error{422, "target.kind", "target.kind is a dimension, a question or an empowerment figure."};
  }
  switch (draft.scope()) {
    case v1::SCOPE_KIND_UNSPECIFIED:
    case v1::SCOPE_KIND_LOCATION:
      if (draft.location_id() <= 0) return plan_error{422, "locationId", "locationId is required for a store's plan."};
      break;
    case v1::SCOPE_KIND_REGION:
      if (draft.region().empty()) return plan_error{422, "region", "region is required for a region's plan."};
      break;
    case v1::SCOPE_KIND_ORGANISATION: break;
    default: return plan_error{422, "scope", "scope is a store, a region or the organisation."};
  }
  if (draft.owner_id() <= 0) return plan_error{422, "ownerId", "ownerId is required."};
  auto start = calendar::parse_date(draft.start_on());
  if (!start) return plan_error{422, "startOn", "startOn is a date such as 2026-11-02."};
  auto due = calendar::parse_date(draft.due_on());
  if (!due) return plan_error{422, "dueOn", "dueOn is a date such as 2026-12-18."};
  if (*due < *start) return plan_error{422, "dueOn", "dueOn is before startOn."};
  if (*due - *start > max_plan_days) return plan_error{422, "dueOn", "dueOn is more than two years after startOn."};
  if (*start < calendar::day_of(2000, 1, 1)) return plan_error{422, "startOn", "startOn is before 2000."};
  for (int i = 0; i < draft.staff_texts_size(); ++i) {
    const auto& text = draft.staff_texts(i);
    auto field = "staffTexts[" + std::to_string(i) + "]";
    if (text.language().empty() || text.language().size() > 35)
      return plan_error{422, field + ".language", field + ".language is required."};
    for (int j = 0; j < i; ++j)
      if (draft.staff_texts(j).language() == text.language())
        return plan_error{422, field + ".language", field + ".language repeats " + text.language() + "."};
    if (auto e = check_text(field + ".text", text.text(), max_staff_text_chars, false, !draft.shared())) return e;
  }
  return std::nullopt;
}

int draft_start(const v1::PlanDraft& draft) { return calendar::parse_date(draft.start_on()).value_or(0); }
int draft_due(const v1::PlanDraft& draft) { return calendar::parse_date(draft.due_on()).value_or(0); }

std::string status_text(v1::PlanStatus status) {
  switch (status) {
    case v1::PLAN_STATUS_PLANNED: return "planned";
    case v1::PLAN_STATUS_IN_PROGRESS: return "in_progress";
    case v1::PLAN_STATUS_DONE: return "done";
    case v1::PLAN_STATUS_DROPPED: return "dropped";
    default: return {};
  }
}

v1::PlanStatus status_of_text(std::string_view text) {
  if (text == "planned") return v1::PLAN_STATUS_PLANNED;
  if (text == "in_progress") return v1::PLAN_STATUS_IN_PROGRESS;
  if (text == "done") return v1::PLAN_STATUS_DONE;
  if (text == "dropped") return v1::PLAN_STATUS_DROPPED;
  return v1::PLAN_STATUS_UNSPECIFIED;
}

std::string status_words(v1::PlanStatus status) {
  auto text = status_text(status);
  return text == "in_progress" ? "in progress" : text;
}

}  // namespace storepulse::plans
