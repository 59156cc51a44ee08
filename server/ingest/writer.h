#pragma once

#include "server/ingest/checkpointer.h"
#include "server/ingest/rollup_accumulator.h"
#include "server/ingest/wal_syncer.h"
#include "server/storage/database.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace storepulse::ingest {

struct writer_stats {
  std::uint64_t commits = 0;
  std::uint64_t jobs = 0;
  std::size_t last_group_size = 0;
  std::size_t queue_depth = 0;
  // CPU seconds of the writer thread, by phase: running jobs, writing rollups, committing.
  double job_seconds = 0, rollup_seconds = 0, commit_seconds = 0;
  // Syncs of the WAL file, each covering one or more commits, and their wall-clock seconds.
  std::uint64_t syncs = 0;
  double sync_seconds = 0;
  // Checkpoints run by the checkpointer thread, checkpoints the writer ran itself, and the times
  // the WAL started over from its beginning.
  std::uint64_t checkpoints = 0;
  std::uint64_t own_checkpoints = 0;
  std::uint64_t wal_starts = 0;
  // Pages the writer's commits appended to the WAL.
  std::uint64_t wal_frames = 0;
  // The last group that ended met a storage failure (disk full, I/O error); cleared by the next
  // group that commits without one.
  bool storage_failing = false;
};

// WAL sizes, in pages, that steer checkpoints; see writer::on_wal_commit.
struct wal_limits {
  int checkpoint_from = 4096;   // the checkpointer first runs past this (16 MiB of 4 KiB pages)
  int checkpoint_step = 2048;   // and again each time this many pages have come
  int start_over_from = 65536;  // past this the writer copies the last frames itself (256 MiB),
  int short_tail = 512;         // once the checkpointer has left at most this many,
  int force_from = 98304;       // and past this whatever is left (384 MiB)
  int retry_after = 1024;       // pages after a checkpoint that a reader stopped short
};

// Returns the limits for a checkpointer that first runs past checkpoint_from pages, the others in
// the defaults' proportions (4096 gives the defaults).
wal_limits scaled_wal_limits(int checkpoint_from);

// The one thread that owns the write connection. Jobs posted from any thread are run in groups:
// one transaction per group, one commit; once the syncer has made the commit durable, every
// job's done callback runs (where deliver_with says; on the writer's thread when the group
// failed). A
// job that throws is rolled back alone and its done gets the exception; the others of its group
// run again, so a job must change nothing but the database (and its own result), and leave any
// other effect, such as metrics, to its done callback.
class writer {
 public:
  using job = std::function<void(storage::database& db, rollup_accumulator& rollups)>;
  using done_fn = std::function<void(std::exception_ptr error)>;
  using group_observer = std::function<void(std::size_t group_size)>;
  using deliver_fn = std::function<void(std::function<void()> answers)>;

  // Opens path (already migrated); max_group bounds one transaction.
  writer(const std::string& path, std::size_t max_queue = 10000, std::size_t max_group = 512,
         wal_limits limits = {});
  ~writer();
  writer(const writer&) = delete;
  writer& operator=(const writer&) = delete;

  // Queues a job; returns false (and never calls done) when the queue is full or stopping.
  bool post(job work, done_fn done);
  // Finishes every queued job, checkpoints the WAL and joins the thread.
  void stop();
  // Sets where the done callbacks of a committed group run once it is durable: by default on
  // the syncer's thread, right after the sync. A server hands them to its network threads, so that
  // the answers are built where they are sent, and what the requests allocated there is freed
  // there too. Set before posting work.
  void deliver_with(deliver_fn deliver) { deliver_ = std::move(deliver); }
  // Called on the writer thread after each commit with the group's size.
  void on_commit(group_observer observer) { observer_ = std::move(observer); }
  // Adds a call made on the writer thread whenever work is rolled back (a group, or one job of
  // it), so that what is kept in memory about the database can be dropped. Set observers before
  // posting work.
  void on_rollback(std::function<void()> observer) { rollback_observers_.push_back(std::move(observer)); }
  // Returns counters for metrics.
  writer_stats stats() const;

  struct entry {
    job work;
    done_fn done;
  };

 private:
  void run();
  void commit_group(std::deque<entry>& group);
  void rolled_back();
  // SQLite's WAL hook: after each commit, with the number of frames in the WAL.
  static int on_wal_commit(void* self, sqlite3* db, const char* name, int frames);
  // Runs the group in one transaction and commits it; records in errors what a job threw. Unless
  // isolate, returns false (with nothing written) as soon as a job throws; with isolate, runs
  // each job in a savepoint so that the others still commit.
  bool run_jobs(std::deque<entry>& group, std::vector<std::exception_ptr>& errors, bool isolate);
  // Adds the CPU time since *since to counter and moves *since to now.
  void account(double writer_stats::*counter, double& since);

  storage::database db_;
  wal_syncer syncer_;
  checkpointer checkpointer_;
  wal_limits limits_;
  int next_own_checkpoint_;           // WAL pages past which the writer may checkpoint itself
  int next_request_;                  // WAL pages past which the checkpointer is asked again
  int wal_frames_seen_ = 0;           // pages in the WAL after the last commit
  std::uint64_t wal_generation_ = 0;  // times the WAL started over
  std::size_t max_queue_;
  std::size_t max_group_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<entry> queue_;
  bool stopping_ = false;
  writer_stats stats_;
  group_observer observer_;
  deliver_fn deliver_;
  std::vector<std::function<void()>> rollback_observers_;
  std::thread thread_;
};

}  // namespace storepulse::ingest
