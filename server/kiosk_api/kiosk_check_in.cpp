#include "server/kiosk_api/kiosk_check_in.h"

#include "calendar/clock.h"
#include "server/ingest/writer.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <cstdio>
#include <exception>

namespace storepulse::kiosk_api {

std::optional<checking_kiosk> find_checking_kiosk(storage::database& db, const std::string& token_hash) {
  auto find = db.prepare(
      "SELECT id, location_id, last_seen_at, queued_items, sync_state, refused_items FROM kiosks"
      " WHERE token_hash = ? AND revoked = 0");
  find.bind_blob(1, token_hash);
  if (!find.step()) return std::nullopt;
  checking_kiosk kiosk{find.column_int64(0), find.column_int64(1), std::nullopt, find.column_int64(3), {}, {}};
  if (!find.column_is_null(2)) kiosk.last_seen_at = find.column_int64(2);
  if (!find.column_is_null(4)) kiosk.sync_state = find.column_text(4);
  if (!find.column_is_null(5)) kiosk.refused_items = find.column_text(5);
  return kiosk;
}

std::optional<std::int64_t> parse_queued(std::string_view text) {
  // A kiosk holds at most some days of answers; anything larger is not a queue.
  constexpr std::int64_t most = 10'000'000;
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0 || value > most)
    return std::nullopt;
  return value;
}

namespace {

// Returns true for a code of lower-case letters and '_', 1 to most characters long.
bool is_code(std::string_view text, std::size_t most) {
  if (text.empty() || text.size() > most) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

}  // namespace

std::string parse_state(std::string_view text) { return is_code(text, 32) ? std::string(text) : std::string(); }

std::optional<std::string> parse_refused(std::string_view text) {
  // A kiosk knows a few dozen reasons at most; a count is far below a billion.
  constexpr std::size_t most_reasons = 32;
  constexpr std::int64_t most_items = 1'000'000'000;
  if (text.empty()) return std::nullopt;
  std::map<std::string, std::int64_t> counts;
  while (!text.empty()) {
    auto comma = text.find(',');
    auto entry = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    if (comma != std::string_view::npos && text.empty()) return std::nullopt;  // a trailing comma
    auto colon = entry.find(':');
    if (colon == std::string_view::npos || !is_code(entry.substr(0, colon), 40)) return std::nullopt;
    auto number = entry.substr(colon + 1);
    std::int64_t count = 0;
    auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), count);
    if (number.empty() || error != std::errc() || end != number.data() + number.size() || count < 0 ||
        count > most_items || counts.count(std::string(entry.substr(0, colon))) != 0)
      return std::nullopt;
    counts.emplace(entry.substr(0, colon), count);
    if (counts.size() > most_reasons) return std::nullopt;
  }
  std::string canonical;
  for (const auto& entry : counts) {
    if (entry.second == 0) continue;
    canonical += (canonical.empty() ? "" : ",") + entry.first + ":" + std::to_string(entry.second);
  }
  return canonical;
}

std::int64_t seen_hour(std::int64_t unix_seconds) { return unix_seconds - unix_seconds % 3600; }

void record_check_in(app::services& services, const std::shared_ptr<ingest::submission_store>& store,
                     const checking_kiosk& kiosk, const ingest::kiosk_report& report) {
  const std::int64_t hour = seen_hour(calendar::now_unix());
  const bool changed = kiosk.last_seen_at != hour || (report.queued && *report.queued != kiosk.queued_items) ||
                       kiosk.sync_state.value_or("") != report.state ||
                       (report.refused && report.refused != kiosk.refused_items);
  if (!changed) return;
  services.writer.post(
      [store, id = kiosk.kiosk_id, hour, report](storage::database& db, ingest::rollup_accumulator&) {
        store->touch_kiosk(db, id, hour, report);
      },
      [](std::exception_ptr error) {
        if (!error) return;
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          std::fprintf(stderr, "kiosk check-in not recorded: %s\n", e.what());
        }
      });
}

}  // namespace storepulse::kiosk_api
