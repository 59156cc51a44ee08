#include "server/kiosk_api/kiosk_check_in.h"

#include "calendar/clock.h"
#include "server/ingest/writer.h"

#include <charconv>
#include <cstdio>
#include <exception>

namespace storepulse::kiosk_api {

std::optional<checking_kiosk> find_checking_kiosk(storage::database& db, const std::string& token_hash) {
  auto find = db.prepare(
      "SELECT id, location_id, last_seen_at, queued_items FROM kiosks WHERE token_hash = ? AND revoked = 0");
  find.bind_blob(1, token_hash);
  if (!find.step()) return std::nullopt;
  checking_kiosk kiosk{find.column_int64(0), find.column_int64(1), std::nullopt, find.column_int64(3)};
  if (!find.column_is_null(2)) kiosk.last_seen_at = find.column_int64(2);
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

std::int64_t seen_hour(std::int64_t unix_seconds) { return unix_seconds - unix_seconds % 3600; }

void record_check_in(app::services& services, const std::shared_ptr<ingest::submission_store>& store,
                     const checking_kiosk& kiosk, std::optional<std::int64_t> queued) {
  const std::int64_t hour = seen_hour(calendar::now_unix());
  const bool changed = kiosk.last_seen_at != hour || (queued && *queued != kiosk.queued_items);
  if (!changed) return;
  services.writer.post(
      [store, id = kiosk.kiosk_id, hour, queued](storage::database& db, ingest::rollup_accumulator&) {
        store->touch_kiosk(db, id, hour, queued);
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
