#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace storepulse::reports {

// One block of consecutive weeks of one series (a store's answers to one question, its sessions,
// its remediation events...). Every published figure is a union of whole blocks of at least k,
// so any difference of published figures is also a union of whole blocks: 0 or at least k.
struct block {
  int first = 0;  // week offsets within the partitioned range
  int last = 0;
  std::int64_t total = 0;
  bool publishable = false;  // total >= k, or nothing in it
};

// Partitions one quarter of a weekly series into blocks. month_of_week gives each week's month
// (weeks of one month are consecutive). Months whose total is below k are first merged with a
// neighbouring month of the quarter; then each month group is cut greedily into runs of weeks
// holding at least k, a remainder below k joining the run before it. A quarter below k is one
// unpublishable block. Returns, for each week, the index of its block in blocks.
std::vector<int> partition_quarter(std::span<const std::int64_t> counts, std::span<const int> month_of_week,
                                   std::int64_t k, std::vector<block>& blocks);

// Returns true when the week's count may enter a figure over window [first, last] (offsets):
// its block is publishable and lies wholly inside the window.
inline bool block_inside(const block& b, int first, int last) {
  return b.publishable && b.first >= first && b.last <= last;
}

}  // namespace storepulse::reports
