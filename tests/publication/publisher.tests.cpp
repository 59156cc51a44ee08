#include "calendar/calendar.h"
#include "server/ingest/rollup_accumulator.h"
#include "server/publication/publisher.h"
#include "server/reports/report_period.h"
#include "tests/reports/report_fixture.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <tuple>

using namespace storepulse;
using reports::testing::report_db;

namespace {

constexpr int k = 5;

struct block_key {
  std::int64_t location;
  int series;
  std::int64_t question;
  int first;
  auto operator<=>(const block_key&) const = default;
};

struct block_value {
  int last;
  bool published;
  std::int64_t n, sum, held_back;
};

std::map<block_key, block_value> read_blocks(storage::database& db) {
  std::map<block_key, block_value> blocks;
  auto stmt = db.prepare(
      "SELECT location_id, series, question_id, first_week, last_week, published_on IS NOT NULL, n, sum, held_back"
      " FROM blocks");
  while (stmt.step())
    blocks[{stmt.column_int64(0), stmt.column_int(1), stmt.column_int64(2), stmt.column_int(3)}] = {
        stmt.column_int(4), stmt.column_int(5) != 0, stmt.column_int64(6), stmt.column_int64(7), stmt.column_int64(8)};
  return blocks;
}

// Live totals per series over the weeks each store has closed, from the rollups.
std::map<std::tuple<std::int64_t, int, std::int64_t>, std::int64_t> closed_totals(storage::database& db) {
  std::map<std::tuple<std::int64_t, int, std::int64_t>, std::int64_t> totals;
  auto answers = db.prepare(
      "SELECT r.location_id, r.question_id, SUM(r.n) FROM rollup_answers r JOIN publication_state p"
      " ON p.location_id = r.location_id WHERE r.iso_week <= p.closed_through GROUP BY 1, 2");
  while (answers.step()) totals[{answers.column_int64(0), 4, answers.column_int64(1)}] = answers.column_int64(2);
  auto sessions = db.prepare(
      "SELECT r.location_id, SUM(r.sessions), SUM(r.quarantined) FROM rollup_sessions r JOIN publication_state p"
      " ON p.location_id = r.location_id WHERE r.iso_week <= p.closed_through GROUP BY 1");
  while (sessions.step()) {
    totals[{sessions.column_int64(0), 1, 0}] = sessions.column_int64(1);
    totals[{sessions.column_int64(0), 2, 0}] = sessions.column_int64(2);
  }
  return totals;
}

publication::publication_run publish(report_db& d, std::int64_t now) {
  storage::transaction tx(d.db());
  auto run = publication::publish(d.db(), now, {k, 48 * 3600});
  tx.commit();
  return run;
}

}  // namespace

TEST_CASE("Day after day with late answers, published blocks keep their weeks and move only by k, and every "
          "answer of a closed week is published, held back or held below k",
          "[publication][property]") {
  for (unsigned seed = 1; seed <= 12; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    report_db d;
    std::vector<std::int64_t> stores, questions;
    std::vector<int> rate;  // sessions per day, times 10
    for (int s = 0; s < 5; ++s) {
      stores.push_back(d.add_location("S" + std::to_string(s), s < 3 ? "North" : "South", 10));
      rate.push_back(static_cast<int>(random() % 30));  // from one session in ten days to three a day
    }
    for (int q = 0; q < 4; ++q)
      questions.push_back(d.add_question("q" + std::to_string(q), v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5, q < 2));

    int first_day = *calendar::parse_date("2026-06-01");
    std::map<block_key, block_value> before;
    for (int day = first_day; day < first_day + 120; ++day) {
      ingest::rollup_accumulator rollups;
      for (std::size_t s = 0; s < stores.size(); ++s) {
        int sessions = rate[s] / 10 + (static_cast<int>(random() % 10) < rate[s] % 10 ? 1 : 0);
        // Now and then a kiosk sends sessions of an earlier day.
        int dated = random() % 6 == 0 ? day - 1 - static_cast<int>(random() % 40) : day;
        for (int i = 0; i < sessions; ++i) {
          int week = calendar::iso_week(dated);
          rollups.add_session(stores[s], week, random() % 15 == 0);
          for (std::size_t q = 0; q < questions.size(); ++q)
            if (q < 2 || random() % 3 == 0) rollups.add_answer(stores[s], questions[q], week, 1 + static_cast<int>(random() % 5));
        }
      }
      {
        storage::transaction tx(d.db());
        rollups.flush(d.db());
        tx.commit();
      }
      if (random() % 3 != 0) continue;  // the server runs now and then, not every day
      publish(d, static_cast<std::int64_t>(day) * 86400 + 12 * 3600);

      auto after = read_blocks(d.db());
      std::map<std::tuple<std::int64_t, int, std::int64_t>, std::int64_t> accounted;
      std::map<std::tuple<std::int64_t, int, std::int64_t>, int> last_end;
      for (const auto& [key, block] : after) {
        auto series = std::tuple{key.location, key.series, key.question};
        CAPTURE(key.location, key.series, key.question, key.first, block.last);
        CHECK(key.first > last_end[series]);
        last_end[series] = block.last;
        accounted[series] += block.n + block.held_back;
        if (block.published) {
          CHECK(block.n >= k);
        } else {
          CHECK(block.n > 0);
          CHECK(block.n < k);
        }
      }
      auto totals = closed_totals(d.db());
      for (const auto& [series, total] : totals) {
        CAPTURE(std::get<0>(series), std::get<1>(series), std::get<2>(series));
        CHECK(accounted[series] == total);
      }
      for (const auto& [key, block] : before) {
        if (!block.published) continue;
        CAPTURE(key.location, key.series, key.question, key.first, block.last);
        auto now = after.find(key);
        REQUIRE(now != after.end());
        CHECK(now->second.published);
        CHECK(now->second.last == block.last);
        auto moved = now->second.n - block.n;
        CHECK((moved == 0 || moved >= k));
        if (moved == 0) CHECK(now->second.sum == block.sum);
      }
      before = std::move(after);
    }
  }
}

TEST_CASE("A week stays closed when the clock or the grace period moves back", "[publication]") {
  report_db d;
  auto store = d.add_location("A", "North", 10);
  auto q = d.add_question("q", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5);
  d.add_sessions(store, reports::testing::week(202646), 6);
  d.add_answers(store, q, reports::testing::week(202646), {0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0});
  auto run = d.publish_through(reports::testing::week(202646));
  CHECK(run.blocks_published == 2);
  CHECK(storage::query_int(d.db(), "SELECT closed_through FROM publication_state") == 202646);
  storage::transaction tx(d.db());
  auto earlier = publication::publish(d.db(), static_cast<std::int64_t>(*calendar::parse_date("2026-11-01")) * 86400,
                                      {k, 14 * 24 * 3600});
  tx.commit();
  CHECK_FALSE(earlier.changed);
  CHECK(storage::query_int(d.db(), "SELECT closed_through FROM publication_state") == 202646);
  CHECK(storage::query_int(d.db(), "SELECT COUNT(*) FROM blocks WHERE published_on IS NOT NULL") == 2);
}

TEST_CASE("Answers for a closed week are noted as late, and answers for the week in progress are not", "[publication]") {
  report_db d;
  auto store = d.add_location("A", "North", 10);
  d.add_sessions(store, reports::testing::week(202645), 6);
  d.publish_through(reports::testing::week(202646));
  CHECK(storage::query_int(d.db(), "SELECT COUNT(*) FROM late_weeks") == 0);
  ingest::rollup_accumulator rollups;
  rollups.add_session(store, 202647, false);
  rollups.flush(d.db());
  CHECK(storage::query_int(d.db(), "SELECT COUNT(*) FROM late_weeks") == 0);
  rollups.add_session(store, 202646, false);
  rollups.add_remediation(store, 202644, 1, 1);
  rollups.flush(d.db());
  CHECK(storage::query_int(d.db(), "SELECT COUNT(*) FROM late_weeks") == 2);
  d.publish_through(reports::testing::week(202646));
  CHECK(storage::query_int(d.db(), "SELECT COUNT(*) FROM late_weeks") == 0);
  // One late session: held back in the published block, or held below k on its own.
  CHECK(storage::query_int(d.db(), "SELECT SUM(held_back) + SUM(CASE WHEN published_on IS NULL THEN n ELSE 0 END)"
                                   " FROM blocks WHERE series = 1") == 1);
}
