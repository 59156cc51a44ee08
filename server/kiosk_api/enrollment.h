#pragma once

#include "server/storage/database.h"
#include "storepulse/v1/kiosk.pb.h"

#include <cstdint>
#include <optional>
#include <string>

namespace storepulse::kiosk_api {

// How long a retry with the same code and device nonce gets the same token back.
inline constexpr std::int64_t enrollment_retry_seconds = 600;

// An enrollment request as a network thread hands it to the writer: the code and nonce already
// hashed, and the key that seals the token derived, so that the writer's thread only stores.
struct prepared_enrollment {
  std::string code_hash;   // SHA-256 of the code
  std::string nonce_hash;  // SHA-256 of the device nonce; empty without one
  std::string seal_key;    // from the code and the nonce; empty without a nonce
  std::string label;
};

// Returns the request prepared, or nullopt when its nonce is present but not 16 to 64 bytes.
std::optional<prepared_enrollment> prepare_enrollment(const v1::EnrollRequest& request);

// Exchanges a code for a device token, in the writer's transaction; returns nullopt for an
// unknown, expired or used code. A used code with the same nonce within the retry window gets
// the token it gave, while its kiosk is still active: the token was sealed with the key, and is
// opened again with the key the retry brings. So a lost answer leaves no kiosk row nobody holds.
std::optional<v1::EnrollResponse> enroll(storage::database& db, const prepared_enrollment& request,
                                         std::int64_t now_unix);

}  // namespace storepulse::kiosk_api
