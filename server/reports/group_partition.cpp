#include "server/reports/group_partition.h"

namespace storepulse::reports {
namespace {

struct month_group {
  int first, last;
  std::int64_t total;
};

}  // namespace

std::vector<int> partition_quarter(std::span<const std::int64_t> counts, std::span<const int> month_of_week,
                                   std::int64_t k, std::vector<block>& blocks) {
  std::vector<int> block_of(counts.size(), -1);
  if (counts.empty()) return block_of;

  std::vector<month_group> groups;
  for (int w = 0; w < static_cast<int>(counts.size()); ++w) {
    auto i = static_cast<std::size_t>(w);
    if (groups.empty() || month_of_week[i] != month_of_week[i - 1]) groups.push_back({w, w, 0});
    groups.back().last = w;
    groups.back().total += counts[i];
  }
  // A month below k would otherwise be revealed by the quarter minus the other months.
  for (bool merged = true; merged && groups.size() > 1;) {
    merged = false;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].total == 0 || groups[g].total >= k) continue;
      std::size_t into = g + 1 < groups.size() ? g + 1 : g - 1;
      std::size_t lo = into < g ? into : g, hi = into < g ? g : into;
      groups[lo] = {groups[lo].first, groups[hi].last, groups[lo].total + groups[hi].total};
      groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(hi));
      merged = true;
      break;
    }
  }

  for (const auto& group : groups) {
    if (group.total < k) {
      // Nothing in it (publishable: it holds no one), or too few for the whole group.
      blocks.push_back({group.first, group.last, group.total, group.total == 0});
      for (int w = group.first; w <= group.last; ++w) block_of[static_cast<std::size_t>(w)] = static_cast<int>(blocks.size() - 1);
      continue;
    }
    std::size_t group_start = blocks.size();
    int start = group.first;
    std::int64_t sum = 0;
    for (int w = group.first; w <= group.last; ++w) {
      if (sum == 0 && counts[static_cast<std::size_t>(w)] == 0) {
        // An empty week before a block starts stays apart, so a block never begins with one and
        // the week next to an empty one can still stand alone.
        blocks.push_back({w, w, 0, true});
        start = w + 1;
        continue;
      }
      sum += counts[static_cast<std::size_t>(w)];
      if (sum >= k) {
        blocks.push_back({start, w, sum, true});
        start = w + 1;
        sum = 0;
      }
    }
    if (start <= group.last) {
      bool has_run = false;
      for (std::size_t b = group_start; b < blocks.size(); ++b) has_run |= blocks[b].total > 0;
      if (sum == 0 || !has_run) {
        blocks.push_back({start, group.last, sum, sum == 0 || sum >= k});
      } else {
        // A remainder below k joins the last run that holds answers (with the empty weeks between
        // them), else the group minus its runs would reveal it.
        while (blocks.size() > group_start && blocks.back().total == 0) blocks.pop_back();
        blocks.back().last = group.last;
        blocks.back().total += sum;
      }
    }
    for (std::size_t b = group_start; b < blocks.size(); ++b)
      for (int w = blocks[b].first; w <= blocks[b].last; ++w) block_of[static_cast<std::size_t>(w)] = static_cast<int>(b);
  }
  return block_of;
}

}  // namespace storepulse::reports
