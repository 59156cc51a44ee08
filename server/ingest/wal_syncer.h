#pragma once

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace storepulse::ingest {

// Makes committed transactions durable off the writer thread. The writer commits without
// waiting for the disk (WAL, synchronous=NORMAL) and hands each group's answers here; this
// thread runs fdatasync on the WAL file, which covers every frame written before it started,
// and only then runs the answers. So the writer builds the next group while the disk syncs
// the last one, and no answer leaves before its transaction is on disk.
class wal_syncer {
 public:
  // Called once the group is durable, or with the error that left it undecided.
  using release_fn = std::function<void(std::exception_ptr error)>;
  // Called when a sync fails. The committed groups it covered are visible but maybe not on disk,
  // and Linux may report the lost pages to no later sync, so a retry could be acknowledged as a
  // duplicate of a row that a power cut would take: the default ends the process, and SQLite
  // recovers from what the disk really holds at the next start.
  using failure_fn = std::function<void(const std::string& message)>;

  // Opens the WAL file now (it must exist: the writer's connection has it open), so that a
  // write-back error after this point reaches its syncs.
  explicit wal_syncer(std::string wal_path, failure_fn on_failure = {});
  ~wal_syncer();
  wal_syncer(const wal_syncer&) = delete;
  wal_syncer& operator=(const wal_syncer&) = delete;

  // Queues a committed group's release; call after the commit returned.
  void after_commit(release_fn release);
  // Syncs and releases everything queued, then joins the thread.
  void stop();
  // Returns the number of fdatasync calls so far.
  std::uint64_t syncs() const;
  // Returns the wall-clock seconds spent in them.
  double sync_seconds() const;

 private:
  void run();

  std::string wal_path_;
  failure_fn on_failure_;
  int fd_ = -1;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<release_fn> pending_;
  bool stopping_ = false;
  std::uint64_t syncs_ = 0;
  double sync_seconds_ = 0;
  std::thread thread_;
};

}  // namespace storepulse::ingest
