#include "calendar/calendar.h"
#include "server/ingest/retention.h"
#include "tests/support/ingest_fixture.h"

#include <catch2/catch.hpp>

using namespace storepulse;

TEST_CASE("Retention deletes raw rows before the cutoff and keeps rollups", "[server][retention]") {
  testing::ingest_fixture fx;
  storage::database db(fx.path());
  auto insert = db.prepare(
      "INSERT INTO submissions(client_id, payload_hash, location_id, kiosk_id, local_date, iso_week, config_version, language)"
      " VALUES (?, x'00', ?, 1, ?, 202601, 1, 'en')");
  insert.bind_blob(1, std::string(16, 'a')).bind(2, fx.location_id).bind(3, "2025-01-10").run();
  auto old_id = db.last_insert_rowid();
  insert.bind_blob(1, std::string(16, 'b')).bind(2, fx.location_id).bind(3, "2025-03-10").run();
  db.prepare("INSERT INTO answers(submission_id, question_id, value) VALUES (?, 1, 3)").bind(1, old_id).run();
  db.exec("INSERT INTO rollup_sessions(location_id, iso_week, sessions) VALUES (1, 202502, 1)");

  storage::transaction tx(db);
  CHECK(ingest::purge_before(db, *calendar::parse_date("2025-02-01")) == 1);
  tx.commit();
  CHECK(storage::query_int(db, "SELECT count(*) FROM submissions") == 1);
  CHECK(storage::query_int(db, "SELECT local_date = '2025-03-10' FROM submissions") == 1);
  CHECK(storage::query_int(db, "SELECT count(*) FROM answers") == 0);
  CHECK(storage::query_int(db, "SELECT sessions FROM rollup_sessions") == 1);
}
