#pragma once

#include "server/publication/series_content.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace storepulse::publication {

// One block of a series, its weeks as dense indexes (see reports/report_period.h).
struct block_row {
  int first = 0, last = 0;
  bool published = false;
  std::string published_on, revised_on;  // YYYY-MM-DD, empty when none
  series_content content;                // what is published; for a held block, its sums so far
  std::int64_t held_back = 0;            // published blocks: late answers not released yet

  bool operator==(const block_row&) const = default;
};

// The weeks a publication run reads for one series.
struct series_weeks {
  int from = 0, to = -1;                  // to is the last closed week
  std::span<const series_content> raw;    // live sums of each week from..to
  std::span<const int> late;              // closed weeks (before this run) whose sums changed
};

// What a run changes in one series.
struct series_changes {
  std::vector<block_row> removed;  // held blocks recomputed from the weeks read
  std::vector<block_row> updated;  // published blocks with late answers released or held back
  std::vector<block_row> added;    // newly published blocks and the held ones recomputed

  bool empty() const { return removed.empty() && updated.empty() && added.empty(); }
};

// Returns the first week a run must read for a series when it must read from `from` on: moved
// back over published blocks holding a late week, and over held blocks whose run of unpublished
// weeks reaches from, so that each is read whole.
int first_week_to_read(std::span<const block_row> rows, std::span<const int> late, int from);

// Cuts a series' closed weeks into blocks, given its existing blocks (rows). Published blocks are
// never cut again: late answers dated in one are held back until at least k of them can be
// released into it together. The other closed weeks are cut greedily from the first one with
// answers into blocks of at least k; a remainder below k stays held until later weeks complete
// it, or, when published blocks close it in on both sides, joins the last block cut in this run.
// weeks.from must be at or before first_week_to_read.
series_changes cut_series(std::span<const block_row> rows, const series_weeks& weeks, std::int64_t k,
                          const std::string& today);

}  // namespace storepulse::publication
