#include "server/ingest/writer.h"
#include "server/storage/database.h"
#include "tests/support/ingest_fixture.h"

#include <catch2/catch.hpp>

#include <functional>
#include <future>
#include <memory>
#include <stdexcept>

using namespace storepulse;

namespace {

// Runs one job through the writer and waits for its answer.
void run_job(ingest::writer& w, std::function<void(storage::database&)> work) {
  auto done = std::make_shared<std::promise<void>>();
  auto answered = done->get_future();
  REQUIRE(w.post([work](storage::database& db, ingest::rollup_accumulator&) { work(db); },
                 [done](std::exception_ptr) { done->set_value(); }));
  answered.get();
}

void write_something(storage::database& db) {
  db.exec("INSERT OR REPLACE INTO settings(key, value) VALUES ('writer_test', 'x')");
}

}  // namespace

TEST_CASE("The writer reports failing storage from a group that met it until a group commits without it",
          "[server][writer]") {
  testing::ingest_fixture fixture;
  ingest::writer w(fixture.path());
  CHECK_FALSE(w.stats().storage_failing);

  run_job(w, [](storage::database&) { throw storage::sqlite_error(SQLITE_FULL, "database or disk is full"); });
  CHECK(w.stats().storage_failing);
  // A job's own failure says nothing about the storage either way.
  run_job(w, [](storage::database&) { throw std::runtime_error("a job's own mistake"); });
  CHECK(w.stats().storage_failing);
  run_job(w, write_something);
  CHECK_FALSE(w.stats().storage_failing);
  run_job(w, [](storage::database&) { throw std::runtime_error("a job's own mistake"); });
  CHECK_FALSE(w.stats().storage_failing);
  run_job(w, [](storage::database&) { throw storage::sqlite_error(SQLITE_IOERR_WRITE, "disk I/O error"); });
  CHECK(w.stats().storage_failing);
  run_job(w, write_something);
  CHECK_FALSE(w.stats().storage_failing);
}
