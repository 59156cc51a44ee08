#include "server/ingest/writer.h"

#include <pthread.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace storepulse::ingest {

namespace {

storage::open_options writer_options() {
  storage::open_options options;
  // Commits do not wait for the disk; the syncer does, before any answer goes out.
  options.synchronous_full = false;
  options.batch_wal_writes = true;
  return options;
}

// Returns the CPU time the calling thread has used.
double thread_cpu_seconds() {
  timespec now{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Runs a callback so that a throw cannot take the writer thread, and every later answer, with it.
template <typename Callback>
void guarded(Callback&& callback) {
  try {
    callback();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "writer: callback failed: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "writer: callback failed\n");
  }
}

// Returns true for an error of the storage itself rather than of a job's work.
bool storage_failure(const std::exception_ptr& error) {
  if (!error) return false;
  try {
    std::rethrow_exception(error);
  } catch (const storage::sqlite_error& e) {
    switch (e.code() & 0xff) {
      case SQLITE_FULL:
      case SQLITE_IOERR:
      case SQLITE_CANTOPEN:
      case SQLITE_READONLY:
      case SQLITE_CORRUPT:
      case SQLITE_NOTADB: return true;
      default: return false;
    }
  } catch (...) {
    return false;
  }
}

// Tells each job of a group how it ended; error, when set, stands for every job.
void release_group(std::deque<writer::entry>& group, const std::vector<std::exception_ptr>& errors,
                   const std::exception_ptr& error) {
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (group[i].done) guarded([&] { group[i].done(error ? error : errors[i]); });
  }
}

}  // namespace

wal_limits scaled_wal_limits(int checkpoint_from) {
  const int n = std::max(16, checkpoint_from);
  return {.checkpoint_from = n,
          .checkpoint_step = n / 2,
          .start_over_from = n * 16,
          .short_tail = n / 8,
          .force_from = n * 24,
          .retry_after = n / 4};
}

writer::writer(const std::string& path, std::size_t max_queue, std::size_t max_group, wal_limits limits)
    : db_(path, writer_options()),
      syncer_(sqlite3_filename_wal(sqlite3_db_filename(db_.handle(), "main"))),
      checkpointer_(path),
      limits_(limits),
      next_own_checkpoint_(limits.start_over_from),
      next_request_(limits.checkpoint_from),
      max_queue_(std::max<std::size_t>(1, max_queue)), max_group_(std::max<std::size_t>(1, max_group)) {
  // Random client ids spread index inserts over the whole index: keep its pages in memory.
  db_.exec("PRAGMA cache_size = -32768");
  // Checkpoints run on the checkpointer's thread; the writer copies only the last few frames
  // before the WAL starts over (see on_wal_commit).
  sqlite3_wal_hook(db_.handle(), &writer::on_wal_commit, this);
  // Every reference the writer stores comes from a row it has just read (the kiosk from its
  // token, questions from the catalog, answers from their submission's insert), so SQLite's
  // parent lookups, a dozen per submission, are left out; retention deletes answers before their
  // submissions itself, and the tests check foreign_key_check after crashes.
  db_.exec("PRAGMA foreign_keys = OFF");
  thread_ = std::thread([this] {
    ::pthread_setname_np(::pthread_self(), "sp-writer");
    run();
  });
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
  syncer_.stop();
  checkpointer_.stop();
}

writer_stats writer::stats() const {
  writer_stats copy;
  {
    std::lock_guard lock(mutex_);
    copy = stats_;
  }
  copy.syncs = syncer_.syncs();
  copy.sync_seconds = syncer_.sync_seconds();
  copy.checkpoints = checkpointer_.checkpoints();
  return copy;
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
  checkpointer_.stop();
  try {
    // The first column is 1 when the checkpoint could not finish (a reader held a snapshot).
    if (storage::query_int(db_, "PRAGMA wal_checkpoint(TRUNCATE)").value_or(1) != 0)
      std::fprintf(stderr, "writer: final checkpoint incomplete\n");
  } catch (const storage::sqlite_error& e) {
    std::fprintf(stderr, "writer: final checkpoint failed: %s\n", e.what());
  }
}

void writer::account(double writer_stats::*counter, double& since) {
  double now = thread_cpu_seconds();
  {
    std::lock_guard lock(mutex_);
    stats_.*counter += now - since;
  }
  since = now;
}

bool writer::run_jobs(std::deque<entry>& group, std::vector<std::exception_ptr>& errors, bool isolate) {
  double since = thread_cpu_seconds();
  storage::transaction tx(db_);
  rollup_accumulator rollups;
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (!isolate) {
      try {
        group[i].work(db_, rollups);
      } catch (...) {
        errors[i] = std::current_exception();
        tx.rollback();
        rolled_back();
        return false;
      }
      continue;
    }
    rollup_accumulator own;
    db_.cached("SAVEPOINT job").run();
    try {
      group[i].work(db_, own);
      db_.cached("RELEASE job").run();
      rollups.merge(own);
    } catch (...) {
      errors[i] = std::current_exception();
      db_.cached("ROLLBACK TO job").run();
      db_.cached("RELEASE job").run();
      rolled_back();
    }
  }
  account(&writer_stats::job_seconds, since);
  rollups.flush(db_);
  account(&writer_stats::rollup_seconds, since);
  tx.commit();
  account(&writer_stats::commit_seconds, since);
  return true;
}

int writer::on_wal_commit(void* self, sqlite3* db, const char*, int frames) {
  // Past checkpoint_from pages the checkpointer copies the WAL into the database on its thread,
  // asked again each time another checkpoint_step pages have come: a page that many commits
  // change (a table's last page, a rollup) is then copied once per run, not once per commit, and
  // the checkpointer's own syncs stay few.
  //
  // The WAL starts over from its beginning only when a transaction begins with every frame
  // copied, which the checkpointer, racing the writer's commits, never leaves. So the writer
  // copies the last frames itself, between two commits, where every upload waits for that copy
  // and the sync of the database after it. It does so rarely (past start_over_from pages) and
  // only once the checkpointer's last run has left a short tail: until then it asks for one run
  // after another. Past force_from pages it copies whatever is left, waiting for a checkpointer run
  // that holds the WAL to end first. A reader's snapshot can stop either short; the writer then
  // tries again retry_after pages later.
  auto& w = *static_cast<writer*>(self);
  const auto& limits = w.limits_;
  bool started_over = frames < w.wal_frames_seen_;
  // A WAL that starts over holds only this commit's pages.
  auto appended = started_over ? frames : frames - w.wal_frames_seen_;
  w.wal_frames_seen_ = frames;
  if (started_over) {
    ++w.wal_generation_;
    w.next_request_ = limits.checkpoint_from;
    w.next_own_checkpoint_ = limits.start_over_from;
  }
  bool own = false;
  if (frames >= w.next_own_checkpoint_) {
    auto copied = w.checkpointer_.frames_copied(w.wal_generation_);
    if (frames >= limits.force_from || (copied && frames - *copied <= limits.short_tail)) {
      // BUSY: a checkpointer run had just begun. Below force_from the next commit tries again;
      // past it the writer waits for that run to end, so that a checkpointer slowed down by a
      // busy machine cannot let the WAL grow on.
      own = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) != SQLITE_BUSY;
      if (!own && frames >= limits.force_from) {
        w.checkpointer_.wait_until_idle();
        own = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) != SQLITE_BUSY;
      }
      if (own) w.next_own_checkpoint_ = frames + limits.retry_after;
    } else {
      w.checkpointer_.request_if_idle(w.wal_generation_);
    }
  } else if (frames >= w.next_request_) {
    w.checkpointer_.request(w.wal_generation_);
    w.next_request_ = frames + limits.checkpoint_step;
  }
  std::lock_guard lock(w.mutex_);
  w.stats_.wal_frames += static_cast<std::uint64_t>(appended);
  w.stats_.wal_starts += started_over ? 1 : 0;
  w.stats_.own_checkpoints += own ? 1 : 0;
  return SQLITE_OK;
}

void writer::rolled_back() {
  for (auto& observer : rollback_observers_) guarded(observer);
}

void writer::commit_group(std::deque<entry>& group) {
  std::vector<std::exception_ptr> errors(group.size());
  bool committed = false;
  try {
    // Jobs seldom throw, so the group runs without a savepoint per job; only when one throws does
    // it run again with a savepoint around each job, so that the others still commit.
    // A job alone in its group is not run again: it would only fail again.
    committed = run_jobs(group, errors, false);
    if (!committed && group.size() > 1) {
      std::fill(errors.begin(), errors.end(), nullptr);
      committed = run_jobs(group, errors, true);
    }
  } catch (...) {
    // Nothing of this group is durable: every job fails, so no caller is told otherwise.
    auto error = std::current_exception();
    rolled_back();
    for (auto& e : errors) e = error;
  }
  const bool failing = std::any_of(errors.begin(), errors.end(), storage_failure);
  {
    std::lock_guard lock(mutex_);
    if (committed) ++stats_.commits;
    stats_.jobs += group.size();
    stats_.last_group_size = group.size();
    // A job that failed on its own says nothing about the storage.
    if (failing || committed) stats_.storage_failing = failing;
  }
  if (observer_) guarded([&] { observer_(group.size()); });
  if (!committed) return release_group(group, errors, nullptr);
  // The jobs travel with their answers, so that what they hold is freed off this thread too.
  auto shared = std::make_shared<std::pair<std::deque<entry>, std::vector<std::exception_ptr>>>(
      std::move(group), std::move(errors));
  syncer_.after_commit([this, shared](std::exception_ptr error) {
    auto answer = [shared, error] { release_group(shared->first, shared->second, error); };
    if (deliver_) return deliver_(std::move(answer));
    answer();
  });
}

}  // namespace storepulse::ingest
