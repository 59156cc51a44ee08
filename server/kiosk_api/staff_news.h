#pragma once

#include "server/storage/database.h"
#include "storepulse/v1/kiosk.pb.h"

#include <cstdint>

namespace storepulse::kiosk_api {

// Adds to the configuration what the store's staff are told: plans shared with staff that are in
// progress or done (the store's, its region's and the organisation's), HR's messages and the
// success stories of the store or of every store that are not withdrawn. Plans first, then
// messages, then stories, each newest first; at most a few of each so that the rotation stays short.
void add_staff_news(storage::database& db, std::int64_t location_id, v1::KioskConfig& config);

}  // namespace storepulse::kiosk_api
