#pragma once

#include "server/storage/database.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace storepulse::ingest {

// Copies committed WAL frames back into the database file on its own thread and connection
// (passive checkpoints), so that the writer's commits do not carry that work and the tail
// latency it adds. Writers and readers go on while it runs.
class checkpointer {
 public:
  explicit checkpointer(const std::string& path);
  ~checkpointer();
  checkpointer(const checkpointer&) = delete;
  checkpointer& operator=(const checkpointer&) = delete;

  // Asks for a checkpoint soon; requests made while one runs lead to one more. generation names
  // the WAL as the caller knows it (it counts the times the WAL started over), so that what a
  // checkpoint copied is never read against a newer WAL.
  void request(std::uint64_t generation);
  // Asks for a checkpoint only if none is running or asked for.
  void request_if_idle(std::uint64_t generation);
  // Returns how many of the WAL's frames are in the database after the last finished
  // checkpoint, if that checkpoint was asked for in this generation of the WAL.
  std::optional<int> frames_copied(std::uint64_t generation) const;
  // Returns once no checkpoint is running (at once when none is).
  void wait_until_idle();
  // Finishes the running checkpoint and joins the thread.
  void stop();
  // Returns the number of checkpoints run.
  std::uint64_t checkpoints() const;

 private:
  void run();

  storage::database db_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  bool requested_ = false;
  bool running_ = false;
  std::uint64_t requested_generation_ = 0;
  std::uint64_t copied_generation_ = 0;
  int copied_ = -1;  // frames copied by the last checkpoint, -1 when it failed
  bool stopping_ = false;
  std::uint64_t checkpoints_ = 0;
  std::thread thread_;
};

}  // namespace storepulse::ingest
