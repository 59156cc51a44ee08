#pragma once

#include "server/app/services.h"
#include "server/ingest/submission_store.h"
#include "server/storage/database.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace storepulse::kiosk_api {

// A kiosk as its configuration check finds it: its store, and what operators last saw of it.
struct checking_kiosk {
  std::int64_t kiosk_id = 0;
  std::int64_t location_id = 0;
  std::optional<std::int64_t> last_seen_at;  // unix seconds, to the hour
  std::int64_t queued_items = 0;
  std::optional<std::string> sync_state;
  std::optional<std::string> refused_items;
};

// Returns the active kiosk with this token hash, or nullopt for an unknown or revoked token.
std::optional<checking_kiosk> find_checking_kiosk(storage::database& db, const std::string& token_hash);

// Returns the queue a kiosk reports as ?queued=N, or nullopt when it is absent or malformed.
std::optional<std::int64_t> parse_queued(std::string_view text);

// Returns a kiosk's problem code as it reports ?state=CODE (lower-case letters and '_', at most
// 32), or "" when it is absent or anything else.
std::string parse_state(std::string_view text);

// Returns the refusals a kiosk reports as ?refused=REASON:COUNT,... in one spelling (reasons
// sorted, zero counts left out), or nullopt when it is absent or malformed.
std::optional<std::string> parse_refused(std::string_view text);

// Returns unix seconds rounded down to the hour: a kiosk's last-seen time, kept no finer.
std::int64_t seen_hour(std::int64_t unix_seconds);

// Posts to the writer the kiosk's new last-seen hour and report when any of it changed. The
// configuration check is the only request that sets them: it comes at random times, unlike
// uploads, which follow sessions. Best effort: a full writer queue leaves it to the next check.
void record_check_in(app::services& services, const std::shared_ptr<ingest::submission_store>& store,
                     const checking_kiosk& kiosk, const ingest::kiosk_report& report);

}  // namespace storepulse::kiosk_api
