#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storepulse::publication {

// What one series is made of, per week and per block (see 006_publication.sql).
enum class series_kind : int { sessions = 1, quarantined = 2, remediations = 3, answers = 4 };

// Remediation events are counted by category (0..5) and amount band (0..5).
inline constexpr int remediation_categories = 6;
inline constexpr int amount_bands = 6;

// Returns the index of a remediation cell. Blocks published before band 5 existed hold 30 cells
// (category x bands 0..4); band 5 follows them, one cell per category, so those blocks keep their
// meaning unchanged.
constexpr int remediation_cell(int category, int band) {
  return band < 5 ? category * 5 + band : remediation_categories * 5 + category;
}
inline constexpr int remediation_cells = remediation_categories * amount_bands;

// The sums of one series over some weeks: a count, and for answers the sum, the sum of squares
// and a histogram of values 0..10; for remediation events the count by category x amount band.
struct series_content {
  std::int64_t n = 0, sum = 0, sum_sq = 0;
  std::vector<std::int64_t> cells;

  // Adds another content of the same series.
  void add(const series_content& other);
  bool operator==(const series_content&) const = default;
};

// Returns the cells packed as little-endian base-128 varints (an empty blob for none).
std::string encode_cells(const std::vector<std::int64_t>& cells);
// Returns the cells of a blob made by encode_cells; a malformed tail is dropped.
std::vector<std::int64_t> decode_cells(std::string_view blob);

}  // namespace storepulse::publication
