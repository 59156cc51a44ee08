#include "server/reports/group_partition.h"

#include <catch2/catch.hpp>

#include <array>

using namespace storepulse::reports;

TEST_CASE("A quarter is cut into runs of at least k, small months merged", "[reports][anonymity]") {
  // Months: weeks 0-3 (13 answers), 4-7 (4 answers: below k, merged into the next month), 8-12.
  const std::array<std::int64_t, 13> counts{3, 4, 0, 6, 2, 2, 0, 0, 5, 5, 5, 5, 1};
  const std::array<int, 13> months{0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2};
  std::vector<block> blocks;
  auto block_of = partition_quarter(counts, months, 5, blocks);

  REQUIRE(blocks.size() == 7);
  // 3 + 4 reaches 5 at week 1; the empty week 2 stays apart; week 3 holds 6 alone.
  CHECK((blocks[0].first == 0 && blocks[0].last == 1 && blocks[0].total == 7));
  CHECK((blocks[1].first == 2 && blocks[1].last == 2 && blocks[1].total == 0));
  CHECK((blocks[2].first == 3 && blocks[2].last == 3 && blocks[2].total == 6));
  // The small month runs into the next: 2 + 2 + 0 + 0 + 5 = 9.
  CHECK((blocks[3].first == 4 && blocks[3].last == 8 && blocks[3].total == 9));
  CHECK((blocks[4].first == 9 && blocks[4].last == 9));
  CHECK((blocks[5].first == 10 && blocks[5].last == 10));
  // The last week's single answer joins the run before it.
  CHECK((blocks[6].first == 11 && blocks[6].last == 12 && blocks[6].total == 6));
  for (const auto& b : blocks) CHECK(b.publishable);
  CHECK(block_of[12] == 6);

  // Week 9 alone is publishable; week 11 (5 answers) is not, or the month minus it would reveal week 12.
  CHECK(block_inside(blocks[static_cast<std::size_t>(block_of[9])], 9, 9));
  CHECK_FALSE(block_inside(blocks[static_cast<std::size_t>(block_of[11])], 11, 11));
  CHECK(block_inside(blocks[static_cast<std::size_t>(block_of[11])], 8, 12));
}

TEST_CASE("A quarter below k is one block that is never published", "[reports][anonymity]") {
  const std::array<std::int64_t, 13> counts{1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1};
  const std::array<int, 13> months{0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2};
  std::vector<block> blocks;
  partition_quarter(counts, months, 5, blocks);
  REQUIRE(blocks.size() == 1);
  CHECK_FALSE(blocks[0].publishable);
  CHECK(blocks[0].total == 4);
}

TEST_CASE("A series of large weeks keeps every week on its own", "[reports][anonymity]") {
  const std::array<std::int64_t, 4> counts{5, 9, 12, 7};
  const std::array<int, 4> months{0, 0, 1, 1};
  std::vector<block> blocks;
  partition_quarter(counts, months, 5, blocks);
  REQUIRE(blocks.size() == 4);
  for (std::size_t i = 0; i < blocks.size(); ++i) CHECK((blocks[i].first == static_cast<int>(i) && blocks[i].last == static_cast<int>(i)));
}

TEST_CASE("A small remainder after empty weeks joins the last run that holds answers", "[reports][anonymity]") {
  const std::array<std::int64_t, 4> counts{5, 0, 0, 1};
  const std::array<int, 4> months{0, 0, 0, 0};
  std::vector<block> blocks;
  auto block_of = partition_quarter(counts, months, 5, blocks);
  REQUIRE(blocks.size() == 1);
  CHECK((blocks[0].first == 0 && blocks[0].last == 3 && blocks[0].total == 6));
  CHECK(block_of[3] == 0);
  for (const auto& b : blocks) CHECK((b.total == 0 || b.total >= 5));
}
