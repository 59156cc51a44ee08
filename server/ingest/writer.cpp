#include "server/ingest/writer.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace storepulse::ingest {

writer::writer(const std::string& path, std::size_t max_queue, std::size_t max_group)
    : db_(path), max_queue_(std::max<std::size_t>(1, max_queue)), max_group_(std::max<std::size_t>(1, max_group)) {
  // Random client ids spread index inserts over the whole index: keep its pages in memory.
  db_.exec("PRAGMA cache_size = -32768");
  thread_ = std::thread([this] { run(); });
}

writer::~writer() { stop(); }

bool writer::post(job work, done_fn done) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= max_queue_) return false;
    queue_.push_back({std::move(work), std::move(done)});
    stats_.queue_depth = queue_.size();
  }
  wake_.notify_one();
  return true;
}

void writer::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

writer_stats writer::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

void writer::run() {
  for (;;) {
    std::deque<entry> group;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) break;
      // Everything that queued while the last group committed goes into this one.
      auto take = std::min(queue_.size(), max_group_);
      for (std::size_t i = 0; i < take; ++i) {
        group.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
      stats_.queue_depth = queue_.size();
    }
    commit_group(group);
  }
  try {
    // The first column is 1 when the checkpoint could not finish (a reader held a snapshot).
    if (storage::query_int(db_, "PRAGMA wal_checkpoint(TRUNCATE)").value_or(1) != 0)
      std::fprintf(stderr, "writer: final checkpoint incomplete\n");
  } catch (const storage::sqlite_error& e) {
    std::fprintf(stderr, "writer: final checkpoint failed: %s\n", e.what());
  }
}

void writer::commit_group(std::deque<entry>& group) {
  std::vector<std::exception_ptr> errors(group.size());
  bool committed = false;
  try {
    storage::transaction tx(db_);
    rollup_accumulator rollups;
    auto& savepoint = db_.cached("SAVEPOINT job");
    auto& release = db_.cached("RELEASE job");
    auto& rollback = db_.cached("ROLLBACK TO job");
    for (std::size_t i = 0; i < group.size(); ++i) {
      rollup_accumulator own;
      savepoint.run();
      try {
        group[i].work(db_, own);
        release.run();
        rollups.merge(own);
      } catch (...) {
        errors[i] = std::current_exception();
        rollback.run();
        release.run();
      }
    }
    rollups.flush(db_);
    tx.commit();
    committed = true;
  } catch (...) {
    // Nothing of this group is durable: every job fails, so no caller is told otherwise.
    auto error = std::current_exception();
    for (auto& e : errors) e = error;
  }
  {
    std::lock_guard lock(mutex_);
    if (committed) ++stats_.commits;
    stats_.jobs += group.size();
    stats_.last_group_size = group.size();
  }
  // A throwing callback must not take the writer thread, and every later answer, with it.
  auto guarded = [](auto&& callback) {
    try {
      callback();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "writer: callback failed: %s\n", e.what());
    } catch (...) {
      std::fprintf(stderr, "writer: callback failed\n");
    }
  };
  if (observer_) guarded([&] { observer_(group.size()); });
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (group[i].done) guarded([&] { group[i].done(errors[i]); });
  }
}

}  // namespace storepulse::ingest
