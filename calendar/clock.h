#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace storepulse::calendar {

// Returns the current time in unix seconds: the system clock, or, in builds made with
// STOREPULSE_TEST_CLOCK, the time in the environment variable STOREPULSE_TEST_NOW when it is set
// (read once), so that tests can run the server and the admin tool on a date of their choosing.
std::int64_t now_unix();

// Returns unix seconds of "YYYY-MM-DD" (midnight UTC), "YYYY-MM-DDTHH:MM:SSZ" or a plain number
// of seconds, or nullopt when the text is none of these.
std::optional<std::int64_t> parse_instant(std::string_view text);

}  // namespace storepulse::calendar
