#include "server/ingest/checkpointer.h"

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

namespace storepulse::ingest {

// A checkpoint syncs the WAL before copying from it and the database after.
checkpointer::checkpointer(const std::string& path) : db_(path) {
  thread_ = std::thread([this] {
    ::pthread_setname_np(::pthread_self(), "sp-checkpoint");
    // Background work: on a busy machine the threads that answer requests go first.
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
    run();
  });
}

checkpointer::~checkpointer() { stop(); }

void checkpointer::request(std::uint64_t generation) {
  {
    std::lock_guard lock(mutex_);
    requested_ = true;
    requested_generation_ = generation;
  }
  wake_.notify_one();
}

void checkpointer::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void checkpointer::request_if_idle(std::uint64_t generation) {
  {
    std::lock_guard lock(mutex_);
    if (running_ || requested_) return;
    requested_ = true;
    requested_generation_ = generation;
  }
  wake_.notify_one();
}

std::optional<int> checkpointer::frames_copied(std::uint64_t generation) const {
  std::lock_guard lock(mutex_);
  if (copied_ < 0 || copied_generation_ != generation) return std::nullopt;
  return copied_;
}

void checkpointer::wait_until_idle() {
  std::unique_lock lock(mutex_);
  idle_.wait(lock, [this] { return !running_; });
}

std::uint64_t checkpointer::checkpoints() const {
  std::lock_guard lock(mutex_);
  return checkpoints_;
}

void checkpointer::run() {
  for (;;) {
    std::uint64_t generation = 0;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || requested_; });
      if (stopping_) return;
      requested_ = false;
      running_ = true;
      generation = requested_generation_;
    }
    int copied = 0;
    int rc = sqlite3_wal_checkpoint_v2(db_.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, &copied);
    // BUSY means another checkpoint was running; the next request tries again.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
      std::fprintf(stderr, "checkpoint: %s\n", sqlite3_errstr(rc));
    {
      std::lock_guard lock(mutex_);
      ++checkpoints_;
      running_ = false;
      copied_generation_ = generation;
      copied_ = rc == SQLITE_OK ? copied : -1;
    }
    idle_.notify_all();
  }
}

}  // namespace storepulse::ingest
