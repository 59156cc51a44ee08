#pragma once

#include "server/storage/database.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace storepulse::storage {

// Threads that each own a read-only connection; report queries run here, never on network threads.
class reader_pool {
 public:
  using job = std::function<void(database&)>;

  // max_queue bounds the jobs waiting for a thread (0: no bound); threads carry thread_name.
  reader_pool(std::string path, std::size_t threads, std::size_t max_queue = 0, std::string thread_name = "sp-reader");
  ~reader_pool();
  reader_pool(const reader_pool&) = delete;
  reader_pool& operator=(const reader_pool&) = delete;

  // Queues a job; it runs on some reader thread with that thread's connection. A job that throws
  // is the job's own business: it must catch and answer its caller. Returns false, without
  // queueing, once stop() has begun or while max_queue jobs wait: the caller answers for it.
  [[nodiscard]] bool post(job work);
  // Returns true once stop() has begun (a refused post was refused for that, not for a full queue).
  bool stopping() const;
  // Returns the number of jobs waiting.
  std::size_t queued() const;
  // Finishes queued jobs and joins the threads.
  void stop();

 private:
  void run();

  std::string path_;
  std::size_t max_queue_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<job> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace storepulse::storage
