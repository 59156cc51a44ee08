#pragma once

#include "server/app/server_config.h"
#include "server/storage/database.h"
#include "storepulse/v1/kiosk.pb.h"

#include <cstdint>
#include <optional>

namespace storepulse::kiosk_api {

// Returns the configuration a kiosk of the location downloads, or nullopt for an unknown location;
// the hourly cap and the upload delay come from the server's configuration.
std::optional<v1::KioskConfig> build_kiosk_config(storage::database& db, std::int64_t location_id,
                                                  const app::server_config& server);

// Returns the integer setting, or fallback when it is not set.
std::int64_t setting_int(storage::database& db, const char* key, std::int64_t fallback);

}  // namespace storepulse::kiosk_api
