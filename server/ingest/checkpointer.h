#pragma once

#include "server/storage/database.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
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

  // Asks for a checkpoint soon; requests made while one runs lead to one more.
  void request();
  // Finishes the running checkpoint and joins the thread.
  void stop();
  // Returns the number of checkpoints run.
  std::uint64_t checkpoints() const;

 private:
  void run();

  storage::database db_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool requested_ = false;
  bool stopping_ = false;
  std::uint64_t checkpoints_ = 0;
  std::thread thread_;
};

}  // namespace storepulse::ingest
