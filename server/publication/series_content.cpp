#include "server/publication/series_content.h"

namespace storepulse::publication {

void series_content::add(const series_content& other) {
  n += other.n;
  sum += other.sum;
  sum_sq += other.sum_sq;
  if (cells.size() < other.cells.size()) cells.resize(other.cells.size());
  for (std::size_t i = 0; i < other.cells.size(); ++i) cells[i] += other.cells[i];
}

std::string encode_cells(const std::vector<std::int64_t>& cells) {
  std::string out;
  for (auto cell : cells) {
    auto value = static_cast<std::uint64_t>(cell < 0 ? 0 : cell);
    do {
      auto byte = static_cast<unsigned char>(value & 0x7f);
      value >>= 7;
      if (value) byte |= 0x80;
      out.push_back(static_cast<char>(byte));
    } while (value);
  }
  return out;
}

std::vector<std::int64_t> decode_cells(std::string_view blob) {
  std::vector<std::int64_t> cells;
  std::uint64_t value = 0;
  int shift = 0;
  for (char c : blob) {
    auto byte = static_cast<unsigned char>(c);
    if (shift < 63) value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    shift += 7;
    if (byte & 0x80) continue;
    cells.push_back(static_cast<std::int64_t>(value));
    value = 0;
    shift = 0;
  }
  return cells;
}

}  // namespace storepulse::publication
