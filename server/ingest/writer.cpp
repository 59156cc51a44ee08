#include "server/ingest/writer.h"

#include <cstdio>
#include <vector>

namespace storepulse::ingest {

writer::writer(const std::string& path, std::size_t max_queue, std::size_t max_group)
    : db_(path), max_queue_(max_queue), max_group_(max_group) {
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
    db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (const storage::sqlite_error& e) {
    std::fprintf(stderr, "writer: final checkpoint failed: %s\n", e.what());
  }
}

void writer::commit_group(std::deque<entry>& group) {
  std::vector<std::exception_ptr> errors(group.size());
  try {
    storage::transaction tx(db_);
    rollup_accumulator rollups;
    auto savepoint = db_.prepare("SAVEPOINT job");
    auto release = db_.prepare("RELEASE job");
    auto rollback = db_.prepare("ROLLBACK TO job");
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
  } catch (...) {
    // Nothing of this group is durable: every job fails, so no caller is told otherwise.
    auto error = std::current_exception();
    for (auto& e : errors) e = error;
  }
  {
    std::lock_guard lock(mutex_);
    ++stats_.commits;
    stats_.jobs += group.size();
    stats_.last_group_size = group.size();
  }
  if (observer_) observer_(group.size());
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (group[i].done) group[i].done(errors[i]);
  }
}

}  // namespace storepulse::ingest
