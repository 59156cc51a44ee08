#pragma once

#include "server/storage/database.h"

#include <array>
#include <cstdint>
#include <map>
#include <tuple>

namespace storepulse::ingest {

// Rollup changes of one commit group, folded in memory into one write per cell.
class rollup_accumulator {
 public:
  // Adds one answer value (0..10) of a question at a location in an ISO week (YYYYWW).
  void add_answer(std::int64_t location_id, std::int64_t question_id, int iso_week, int value);
  // Adds one session, quarantined or not.
  void add_session(std::int64_t location_id, int iso_week, bool quarantined);
  // Adds one remediation event.
  void add_remediation(std::int64_t location_id, int iso_week, int category, int amount_band);
  // Folds another accumulator into this one.
  void merge(const rollup_accumulator& other);
  // Adds every cell to its rollup row (one statement per cell when the row exists) and clears.
  void flush(storage::database& db);
  // Returns true when there is nothing to write.
  bool empty() const;
  // Returns the number of answer cells.
  std::size_t answer_cells() const { return answers_.size(); }

 private:
  struct answer_cell {
    std::int64_t n = 0, sum = 0, sum_sq = 0;
    std::array<std::int64_t, 11> histogram{};
  };
  struct session_cell {
    std::int64_t sessions = 0, quarantined = 0;
  };
  std::map<std::tuple<int, std::int64_t, std::int64_t>, answer_cell> answers_;
  std::map<std::tuple<int, std::int64_t>, session_cell> sessions_;
  std::map<std::tuple<int, std::int64_t, int, int>, std::int64_t> remediations_;
};

}  // namespace storepulse::ingest
