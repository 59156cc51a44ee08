#pragma once

#include "server/storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace storepulse::admin {

// Returns count new one-time enrollment codes for the location, valid for valid_hours; the
// database keeps only their hashes. Throws std::invalid_argument for an unknown location.
std::vector<std::string> issue_enrollment_codes(storage::database& db, const std::string& location_code, int count,
                                                int valid_hours);

struct kiosk_row {
  std::int64_t id = 0;
  std::string location_code, label, enrolled_on;
  std::optional<std::int64_t> last_seen_at;
  std::int64_t queued_items = 0;
  bool revoked = false;
  std::string sync_state;     // a problem the kiosk reported, e.g. "queue_error"; empty: none
  std::string refused_items;  // items refused for good since enrollment, "reason:count,..."
};

// Returns every kiosk, newest first.
std::vector<kiosk_row> list_kiosks(storage::database& db);

// Revokes a kiosk; returns false when there is no such kiosk.
bool revoke_kiosk(storage::database& db, std::int64_t kiosk_id);

}  // namespace storepulse::admin
