#pragma once

#include "server/storage/database.h"
#include "storepulse/v1/kiosk.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace storepulse::reports {

struct location_row {
  std::int64_t id = 0;
  std::string code, name, region, timezone, currency;
  std::int64_t headcount = 0;
  std::int64_t remediation_limit_minor = 0;
  bool active = true;
  std::optional<int> closed_through;  // the last week published (dense index), if any
  std::int64_t held_back_sessions = 0;  // late sessions waiting for their group to reach k
  std::int64_t version = 0;  // the data version at which its published figures last changed

  bool operator==(const location_row&) const = default;
};

struct question_row {
  std::int64_t id = 0;
  std::string key, text;
  v1::Dimension dimension = v1::DIMENSION_UNSPECIFIED;
  v1::QuestionType type = v1::QUESTION_TYPE_UNSPECIFIED;
  bool core = false, reverse_scored = false, active = true;
  int max_value = 0;
  std::vector<std::int64_t> limit_bands;  // upper bounds in minor units

  bool operator==(const question_row&) const = default;
};

// The locations and questions a report needs, indexed densely in id order.
struct report_catalog {
  std::vector<location_row> locations;
  std::vector<question_row> questions;
  std::unordered_map<std::int64_t, int> location_index;
  std::unordered_map<std::int64_t, int> question_index;
  std::vector<std::string> regions;  // sorted, distinct
  std::optional<int> closed_through;  // the latest week any store has published

  // Returns the dense index of a question key, or -1.
  int find_question(std::string_view key) const;
};

// Returns the catalog read from the database (question texts in the default language).
report_catalog load_catalog(storage::database& db);

// Returns the upper bounds of a comma-separated limit_bands column; malformed parts are skipped.
std::vector<std::int64_t> parse_limit_bands(std::string_view text);

}  // namespace storepulse::reports
