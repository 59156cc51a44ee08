#include "server/ingest/checkpointer.h"
#include "server/ingest/writer.h"
#include "server/storage/database.h"
#include "tests/support/ingest_fixture.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace storepulse;

namespace {

// Queues one job that stores a filler row of the given size (about size / 4 KiB pages).
std::future<std::exception_ptr> post_filler(ingest::writer& w, int key, std::size_t size) {
  auto done = std::make_shared<std::promise<std::exception_ptr>>();
  auto result = done->get_future();
  bool queued = w.post(
      [key, size](storage::database& db, ingest::rollup_accumulator&) {
        db.prepare("INSERT INTO settings(key, value) VALUES (?, ?)")
            .bind(1, "filler" + std::to_string(key))
            .bind(2, std::string(size, static_cast<char>('a' + key % 26)))
            .run();
      },
      [done](std::exception_ptr e) { done->set_value(e); });
  if (!queued) throw std::runtime_error("writer queue full");
  return result;
}

// Commits one filler row and waits for its answer.
void commit_filler(ingest::writer& w, int key, std::size_t size) { REQUIRE(post_filler(w, key, size).get() == nullptr); }

// Waits up to 10 s for what the condition checks.
template <typename Condition>
bool eventually(Condition condition) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!condition() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  return condition();
}

// Small limits, so that a test's few megabytes go through every stage of the WAL's cycle.
ingest::wal_limits small_limits() {
  ingest::wal_limits limits;
  limits.checkpoint_from = 64;
  limits.checkpoint_step = 32;
  limits.start_over_from = 256;
  limits.short_tail = 64;
  limits.force_from = 512;
  limits.retry_after = 32;
  return limits;
}

constexpr std::uintmax_t frame_bytes = 4096 + 24;

}  // namespace

TEST_CASE("Checkpoints run off the writer once the WAL grows, and the WAL is empty after stop", "[server][writer]") {
  testing::ingest_fixture fx;
  {
    ingest::writer w(fx.path());
    // About 24 MiB of pages, past the 16 MiB that asks the checkpointer to run. One job per
    // commit, so that the WAL hook sees the WAL grow commit by commit.
    for (int i = 0; i < 48; ++i) commit_filler(w, i, 512 * 1024);
    CHECK(eventually([&] { return w.stats().checkpoints >= 1; }));
    // Far below the point where the WAL starts over.
    CHECK(w.stats().wal_starts == 0);
  }
  // Emptied by the final checkpoint, or removed with the last connection.
  auto wal = fx.path() + "-wal";
  CHECK((!std::filesystem::exists(wal) || std::filesystem::file_size(wal) == 0));
  CHECK(fx.count("SELECT count(*) FROM settings WHERE key LIKE 'filler%'") == 48);
}

TEST_CASE("Under steady commits the WAL starts over again and again, and stays bounded", "[server][writer]") {
  testing::ingest_fixture fx;
  auto wal = fx.path() + "-wal";
  std::uintmax_t largest_wal = 0;
  // About 7,200 pages in commits of about 6: fourteen times the point where the writer copies
  // whatever is left.
  constexpr int commits = 1200;
  constexpr std::uintmax_t written_pages = commits * 6;
  {
    // One job per commit, all queued at once: the writer commits without a pause, as under load,
    // so the checkpointer never finds every frame copied by itself.
    ingest::writer w(fx.path(), 10000, 1, small_limits());
    std::vector<std::future<std::exception_ptr>> done;
    for (int i = 0; i < commits; ++i) done.push_back(post_filler(w, i, 20 * 1024));
    while (done.back().wait_for(std::chrono::microseconds(200)) != std::future_status::ready)
      largest_wal = std::max(largest_wal, std::filesystem::file_size(wal));
    for (auto& d : done) CHECK(d.get() == nullptr);
    auto stats = w.stats();
    CHECK(stats.checkpoints >= 1);
    CHECK(stats.own_checkpoints >= 1);
    CHECK(stats.wal_starts >= 2);
  }
  // Never far past the point where the writer copies whatever is left: there it waits for a
  // checkpointer run that holds the WAL, however long a busy machine makes that run.
  INFO("largest WAL " << largest_wal / frame_bytes << " pages of " << written_pages << " written");
  CHECK(largest_wal <= static_cast<std::uintmax_t>(small_limits().force_from + small_limits().retry_after) * frame_bytes);
  CHECK(fx.count("SELECT count(*) FROM settings WHERE key LIKE 'filler%'") == commits);
  CHECK(fx.count("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0);
}

TEST_CASE("A reader's snapshot keeps the WAL from starting over until the reader lets go", "[server][writer]") {
  testing::ingest_fixture fx;
  ingest::writer w(fx.path(), 10000, 1, small_limits());
  commit_filler(w, 0, 1024);
  storage::database reader(fx.path());
  reader.exec("BEGIN");
  CHECK(storage::query_int(reader, "SELECT count(*) FROM settings WHERE key LIKE 'filler%'") == 1);
  // Past the point where the writer copies whatever is left: it cannot copy past the reader.
  for (int i = 1; i < 150; ++i) commit_filler(w, i, 20 * 1024);
  CHECK(w.stats().wal_starts == 0);
  CHECK(w.stats().own_checkpoints >= 1);
  CHECK(storage::query_int(reader, "SELECT count(*) FROM settings WHERE key LIKE 'filler%'") == 1);
  reader.exec("COMMIT");
  // The writer tries again, and with commits queued back to back (where the checkpointer never
  // finds every frame copied) the WAL starts over once the snapshot is gone.
  std::vector<std::future<std::exception_ptr>> done;
  for (int i = 150; i < 350; ++i) done.push_back(post_filler(w, i, 20 * 1024));
  for (auto& d : done) CHECK(d.get() == nullptr);
  CHECK(w.stats().wal_starts >= 1);
  CHECK(fx.count("SELECT count(*) FROM settings WHERE key LIKE 'filler%'") == 350);
}

TEST_CASE("The checkpointer tells what it copied only for the WAL it was asked about", "[server][writer]") {
  testing::ingest_fixture fx;
  // Open until the end: the last connection to close would checkpoint the WAL itself.
  storage::database db(fx.path());
  db.exec("INSERT INTO settings(key, value) VALUES ('filler', 'x')");
  ingest::checkpointer checkpointer(fx.path());
  CHECK_FALSE(checkpointer.frames_copied(3).has_value());
  checkpointer.request(3);
  REQUIRE(eventually([&] { return checkpointer.checkpoints() == 1; }));
  auto copied = checkpointer.frames_copied(3);
  REQUIRE(copied.has_value());
  CHECK(*copied >= 1);
  CHECK_FALSE(checkpointer.frames_copied(4).has_value());
  // Asked while idle, it runs; the answer then names the new generation.
  checkpointer.request_if_idle(4);
  REQUIRE(eventually([&] { return checkpointer.checkpoints() == 2; }));
  CHECK(checkpointer.frames_copied(4).has_value());
  CHECK_FALSE(checkpointer.frames_copied(3).has_value());
}

TEST_CASE("WAL limits scaled from the checkpoint start keep the defaults' proportions", "[server][writer]") {
  const ingest::wal_limits defaults;
  const auto same = ingest::scaled_wal_limits(defaults.checkpoint_from);
  CHECK(same.checkpoint_step == defaults.checkpoint_step);
  CHECK(same.start_over_from == defaults.start_over_from);
  CHECK(same.short_tail == defaults.short_tail);
  CHECK(same.force_from == defaults.force_from);
  CHECK(same.retry_after == defaults.retry_after);
  const auto small = ingest::scaled_wal_limits(16);
  CHECK(small.checkpoint_from == 16);
  CHECK(small.start_over_from == 256);
  CHECK(small.short_tail >= 1);
  CHECK(small.force_from > small.start_over_from);
  // Below 16 pages the limits would collapse into one another.
  CHECK(ingest::scaled_wal_limits(1).checkpoint_from == 16);
}
