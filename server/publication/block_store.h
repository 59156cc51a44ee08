#pragma once

#include "server/publication/series_cut.h"
#include "server/storage/database.h"

#include <compare>
#include <cstdint>
#include <map>
#include <vector>

namespace storepulse::publication {

// A series of one store: its kind and, for answers, the question.
struct series_id {
  series_kind kind = series_kind::sessions;
  std::int64_t question_id = 0;
  auto operator<=>(const series_id&) const = default;
};

using store_blocks = std::map<series_id, std::vector<block_row>>;
using store_weeks = std::map<series_id, std::vector<series_content>>;

// Returns a store's held blocks and its published blocks that end at or after week (dense).
store_blocks load_blocks(storage::database& db, std::int64_t location_id, int from_week);

// Returns a store's live weekly sums of every series over weeks [from, to] (dense), from the
// rollup tables; each vector holds to - from + 1 weeks.
store_weeks load_weeks(storage::database& db, std::int64_t location_id, int from, int to);

// Writes what a run changed in one series of a store.
void save_changes(storage::database& db, std::int64_t location_id, const series_id& series,
                  const series_changes& changes);

}  // namespace storepulse::publication
