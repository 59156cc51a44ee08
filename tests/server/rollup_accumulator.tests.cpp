#include "server/ingest/rollup_accumulator.h"
#include "server/storage/migrator.h"

#include <catch2/catch.hpp>

using namespace storepulse;

TEST_CASE("Rollups fold answers into count, sum, sum of squares and histogram", "[server][rollup]") {
  storage::database db(":memory:");
  storage::migrate(db);
  ingest::rollup_accumulator acc;
  for (int v : {1, 4, 4, 5}) acc.add_answer(7, 3, 202648, v);
  acc.add_answer(7, 3, 202647, 2);
  acc.add_session(7, 202648, false);
  acc.add_session(7, 202648, true);
  acc.add_remediation(7, 202648, 1, 2);
  CHECK(acc.answer_cells() == 2);
  acc.flush(db);
  CHECK(acc.empty());

  auto row = db.prepare("SELECT n, sum, sum_sq, h1, h4, h5 FROM rollup_answers WHERE iso_week = 202648");
  REQUIRE(row.step());
  CHECK(row.column_int(0) == 4);
  CHECK(row.column_int(1) == 14);
  CHECK(row.column_int(2) == 1 + 16 + 16 + 25);
  CHECK(row.column_int(3) == 1);
  CHECK(row.column_int(4) == 2);
  CHECK(row.column_int(5) == 1);

  SECTION("a second flush adds to the stored cell instead of replacing it") {
    ingest::rollup_accumulator more;
    more.add_answer(7, 3, 202648, 3);
    more.add_session(7, 202648, false);
    more.flush(db);
    CHECK(storage::query_int(db, "SELECT n FROM rollup_answers WHERE iso_week = 202648") == 5);
    CHECK(storage::query_int(db, "SELECT sum FROM rollup_answers WHERE iso_week = 202648") == 17);
    CHECK(storage::query_int(db, "SELECT sessions FROM rollup_sessions WHERE iso_week = 202648") == 2);
    CHECK(storage::query_int(db, "SELECT quarantined FROM rollup_sessions WHERE iso_week = 202648") == 1);
  }
}

TEST_CASE("Merged accumulators equal one accumulator fed everything", "[server][rollup]") {
  ingest::rollup_accumulator a, b, all;
  for (int i = 0; i < 20; ++i) {
    (i % 2 ? a : b).add_answer(1 + i % 3, 1, 202601, i % 6);
    all.add_answer(1 + i % 3, 1, 202601, i % 6);
  }
  a.merge(b);
  storage::database left(":memory:"), right(":memory:");
  storage::migrate(left);
  storage::migrate(right);
  a.flush(left);
  all.flush(right);
  const char* sql = "SELECT group_concat(location_id || ':' || n || ':' || sum || ':' || sum_sq || ':' || h0 || h5, ',')"
                    " FROM (SELECT * FROM rollup_answers ORDER BY location_id)";
  auto l = left.prepare(sql), r = right.prepare(sql);
  REQUIRE(l.step());
  REQUIRE(r.step());
  CHECK(l.column_text(0) == r.column_text(0));
  CHECK_FALSE(l.column_text(0).empty());
}
