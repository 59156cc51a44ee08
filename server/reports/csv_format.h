#pragma once

#include <string>
#include <string_view>

namespace storepulse::reports {

// Returns text as one CSV field: quoted when it holds a comma, quote or line break, and with a
// leading ' when it starts with =, +, - or @ (which a spreadsheet would run as a formula).
std::string csv_field(std::string_view text);

// Returns a number for CSV at full precision, as the JSON API writes it.
std::string csv_number(double value);

}  // namespace storepulse::reports
