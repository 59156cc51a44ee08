#pragma once

#include <string>
#include <string_view>

namespace storepulse::kiosk {

// Returns 16 random bytes (libsodium), as a binary string: a submission's idempotency key.
std::string new_client_id();

// Returns today's date on this device's clock in its local timezone, YYYY-MM-DD.
std::string local_date_today();

// Returns the date `days` days before today (local timezone), YYYY-MM-DD.
std::string local_date_days_ago(int days);

// Returns bytes as lowercase hexadecimal, e.g. for logs and tests.
std::string to_hex(std::string_view bytes);

}  // namespace storepulse::kiosk
