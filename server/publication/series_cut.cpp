#include "server/publication/series_cut.h"

#include <algorithm>

namespace storepulse::publication {
namespace {

class cutter {
 public:
  cutter(const series_weeks& weeks, std::int64_t k, const std::string& today, series_changes& out)
      : weeks_(weeks), k_(k), today_(today), out_(out) {}

  const series_content& raw(int week) const { return weeks_.raw[static_cast<std::size_t>(week - weeks_.from)]; }

  bool late_inside(int first, int last) const {
    return std::any_of(weeks_.late.begin(), weeks_.late.end(), [&](int w) { return w >= first && w <= last; });
  }

  // Releases a published block's late answers once there are at least k of them.
  void settle_late(const block_row& block) {
    if (block.first < weeks_.from || block.last > weeks_.to || !late_inside(block.first, block.last)) return;
    series_content now;
    for (int w = block.first; w <= block.last; ++w) now.add(raw(w));
    auto late = std::max<std::int64_t>(0, now.n - block.content.n);
    block_row changed = block;
    if (late >= k_) {
      changed.content = now;
      changed.revised_on = today_;
      changed.held_back = 0;
    } else {
      changed.held_back = late;
    }
    if (!(changed == block)) out_.updated.push_back(std::move(changed));
  }

  // Cuts a run of unpublished weeks [first, last]; trailing when it ends at the last closed week.
  void cut_run(int first, int last, bool trailing) {
    std::vector<block_row> cut;
    int start = -1, last_with_answers = -1;
    series_content sums;
    for (int w = first; w <= last; ++w) {
      const auto& week = raw(w);
      if (start < 0) {
        if (week.n == 0) continue;  // an empty week before a block stays apart, known to be empty
        start = w;
        sums = {};
      }
      sums.add(week);
      if (week.n > 0) last_with_answers = w;
      if (sums.n >= k_) {
        cut.push_back({start, w, true, today_, "", sums, 0});
        start = -1;
      }
    }
    if (start >= 0) {
      if (!trailing && !cut.empty()) {
        // Nothing can complete it any more, and the run minus its blocks would reveal it.
        cut.back().last = last_with_answers;
        cut.back().content.add(sums);
      } else {
        out_.added.push_back({start, trailing ? last : last_with_answers, false, "", "", sums, 0});
      }
    }
    for (auto& block : cut) out_.added.push_back(std::move(block));
  }

 private:
  const series_weeks& weeks_;
  std::int64_t k_;
  const std::string& today_;
  series_changes& out_;
};

}  // namespace

int first_week_to_read(std::span<const block_row> rows, std::span<const int> late, int from) {
  auto holds_late = [&](const block_row& row) {
    return std::any_of(late.begin(), late.end(), [&](int w) { return w >= row.first && w <= row.last; });
  };
  for (bool moved = true; moved;) {
    moved = false;
    for (const auto& row : rows) {
      if (row.first >= from) continue;
      bool needed = row.published ? holds_late(row) : std::none_of(rows.begin(), rows.end(), [&](const block_row& other) {
        return other.published && other.first > row.last && other.last < from;
      });
      if (needed) {
        from = row.first;
        moved = true;
      }
    }
  }
  return from;
}

series_changes cut_series(std::span<const block_row> rows, const series_weeks& weeks, std::int64_t k,
                          const std::string& today) {
  series_changes out;
  if (weeks.to < weeks.from) return out;
  cutter cut(weeks, k, today, out);
  const auto span = static_cast<std::size_t>(weeks.to - weeks.from + 1);
  std::vector<bool> published(span, false);
  for (const auto& row : rows) {
    if (!row.published) {
      if (row.first >= weeks.from) out.removed.push_back(row);
      continue;
    }
    cut.settle_late(row);
    for (int w = std::max(row.first, weeks.from); w <= std::min(row.last, weeks.to); ++w)
      published[static_cast<std::size_t>(w - weeks.from)] = true;
  }
  for (int w = weeks.from; w <= weeks.to;) {
    if (published[static_cast<std::size_t>(w - weeks.from)]) {
      ++w;
      continue;
    }
    int first = w;
    while (w <= weeks.to && !published[static_cast<std::size_t>(w - weeks.from)]) ++w;
    cut.cut_run(first, w - 1, w > weeks.to);
  }
  return out;
}

}  // namespace storepulse::publication
