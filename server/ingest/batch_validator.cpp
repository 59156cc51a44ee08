#include "server/ingest/batch_validator.h"

#include "calendar/calendar.h"

#include <set>

namespace storepulse::ingest {
namespace {

std::string hex_prefix(const std::string& bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < bytes.size() && i < 4; ++i) {
    auto b = static_cast<unsigned char>(bytes[i]);
    out.push_back(digits[b >> 4]);
    out.push_back(digits[b & 15]);
  }
  return out;
}

std::optional<batch_error> check_common(int index, const char* kind, const std::string& client_id,
                                        const std::string& local_date, date_window dates) {
  auto item = [&] { return std::string(kind) + " " + std::to_string(index); };
  if (client_id.size() != 16)
    return batch_error{index, "missing_client_id",
                       item() + ": client_id must be 16 bytes, got " + std::to_string(client_id.size())};
  auto named = [&] { return item() + " (client id " + hex_prefix(client_id) + "...)"; };
  auto day = calendar::parse_date(local_date);
  if (!day) return batch_error{index, "invalid_date", named() + ": local_date must be a YYYY-MM-DD calendar date"};
  if (*day > dates.latest)
    return batch_error{index, "date_in_future", named() + ": local_date " + local_date + " is in the future"};
  if (*day < dates.earliest)
    return batch_error{index, "date_too_old",
                       named() + ": local_date " + local_date + " is older than " + calendar::format_date(dates.earliest)};
  return std::nullopt;
}

}  // namespace

std::optional<batch_error> validate_batch(const v1::SubmissionBatch& batch, const question_catalog& catalog,
                                          date_window dates, std::vector<int>* too_late) {
  int index = 0;
  // Returns true when the item at index is too old and the caller takes that as an item status.
  auto take_as_late = [too_late](const std::optional<batch_error>& e, int at) {
    if (!too_late || !e || e->code != "date_too_old") return false;
    too_late->push_back(at);
    return true;
  };
  std::set<std::string_view> ids;
  auto repeated = [&ids](const char* kind, const std::string& id, int at) -> std::optional<batch_error> {
    if (ids.insert(id).second) return std::nullopt;
    return batch_error{at, "duplicate_client_id",
                       std::string(kind) + " " + std::to_string(at) + ": its client id appears twice in this batch"};
  };
  for (const auto& s : batch.submissions()) {
    auto common = check_common(index, "submission", s.client_id(), s.local_date(), dates);
    const bool late = take_as_late(common, index);
    if (common && !late) return common;
    if (auto e = repeated("submission", s.client_id(), index)) return e;
    if (late) {
      ++index;
      continue;
    }
    // Built only for an error message: the valid path allocates nothing per item.
    auto item = [index] { return "submission " + std::to_string(index); };
    if (s.answers().empty()) return batch_error{index, "no_answers", item() + ": holds no answers"};
    if (!catalog.has_language(s.language()))
      return batch_error{index, "invalid_language", item() + ": language is not one of the configuration's languages"};
    std::set<std::string_view> seen;
    for (const auto& a : s.answers()) {
      const auto* rule = catalog.find(a.question_key());
      if (!rule) return batch_error{index, "unknown_question", item() + ": unknown question '" + a.question_key() + "'"};
      if (!seen.insert(a.question_key()).second)
        return batch_error{index, "duplicate_answer", item() + ": question '" + a.question_key() + "' answered twice"};
      auto [low, high] = value_range(*rule);
      if (a.value() < low || a.value() > high)
        return batch_error{index, "value_out_of_range", item() + ": answer to '" + a.question_key() + "' must be in " +
                                                            std::to_string(low) + ".." + std::to_string(high)};
    }
    ++index;
  }
  for (const auto& r : batch.remediations()) {
    auto common = check_common(index, "remediation", r.client_id(), r.local_date(), dates);
    const bool late = take_as_late(common, index);
    if (common && !late) return common;
    if (auto e = repeated("remediation", r.client_id(), index)) return e;
    if (late) {
      ++index;
      continue;
    }
    auto item = [index] { return "remediation " + std::to_string(index); };
    if (!v1::RemediationCategory_IsValid(r.category()) || r.category() == v1::REMEDIATION_CATEGORY_UNSPECIFIED)
      return batch_error{index, "invalid_category", item() + ": category is missing or unknown"};
    if (!v1::AmountBand_IsValid(r.amount_band()) || r.amount_band() == v1::AMOUNT_BAND_UNSPECIFIED)
      return batch_error{index, "invalid_amount_band", item() + ": amount_band is missing or unknown"};
    ++index;
  }
  return std::nullopt;
}

}  // namespace storepulse::ingest
