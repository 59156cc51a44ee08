#pragma once

#include <string>
#include <string_view>

namespace storepulse::kiosk {

// Returns 16 random bytes (libsodium), as a binary string: a submission's idempotency key.
std::string new_client_id();

// Returns today's date on this device's clock in the store's timezone (an IANA name), or in the
// device's own when the name is empty or unknown, YYYY-MM-DD.
std::string local_date_today(std::string_view store_timezone = {});

// Returns the date `days` days before today (as local_date_today), YYYY-MM-DD.
std::string local_date_days_ago(int days, std::string_view store_timezone = {});

// Returns bytes as lowercase hexadecimal, e.g. for logs and tests.
std::string to_hex(std::string_view bytes);

}  // namespace storepulse::kiosk
