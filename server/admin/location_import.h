#pragma once

#include "server/storage/database.h"

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace storepulse::admin {

// One store as HR's CSV describes it.
struct location_row {
  std::string code, name, region, timezone;
  std::int64_t headcount = 0;
  std::int64_t remediation_limit_minor = 0;
  std::string currency;
};

struct location_parse {
  std::vector<location_row> rows;
  std::vector<std::string> errors;  // "line 7: headcount must be a whole number >= 0, got 'x'"
};

// Parses the CSV (header: code,name,region,timezone,headcount,remediation_limit,currency; the
// limit as an amount such as 50 or 50.00). Collects every bad line instead of stopping at the first.
location_parse parse_locations(std::istream& in);

// Inserts or updates the rows by code, in one transaction, and bumps the configuration version.
void store_locations(storage::database& db, const std::vector<location_row>& rows);

// Returns the amount in minor units (two decimals) or -1 when text is not an amount >= 0.
std::int64_t parse_amount_minor(const std::string& text);

// Adds one to the configuration version that kiosks see, inside the caller's transaction.
void bump_config_version(storage::database& db);

}  // namespace storepulse::admin
