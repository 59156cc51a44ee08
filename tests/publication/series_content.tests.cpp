#include "server/publication/series_content.h"

#include <catch2/catch.hpp>

#include <set>

using namespace storepulse::publication;

TEST_CASE("Every remediation category and amount band has a cell of its own, and blocks published with five bands keep "
          "their cells",
          "[publication]") {
  std::set<int> cells;
  for (int category = 0; category < remediation_categories; ++category)
    for (int band = 0; band < amount_bands; ++band) {
      INFO("category " << category << ", band " << band);
      const int cell = remediation_cell(category, band);
      CHECK(cell >= 0);
      CHECK(cell < remediation_cells);
      CHECK(cells.insert(cell).second);
      // The layout of the blocks published before "above the limit, without approval" existed.
      if (band < 5) CHECK(cell == category * 5 + band);
    }
  CHECK(cells.size() == static_cast<std::size_t>(remediation_cells));
}

TEST_CASE("Cells survive their encoding, whatever their size", "[publication]") {
  std::vector<std::int64_t> cells;
  for (int i = 0; i < remediation_cells; ++i) cells.push_back(static_cast<std::int64_t>(i) * i * 997 % 100'003);
  cells.push_back(std::int64_t{1} << 40);
  CHECK(decode_cells(encode_cells(cells)) == cells);
  CHECK(decode_cells(encode_cells({})).empty());
}
