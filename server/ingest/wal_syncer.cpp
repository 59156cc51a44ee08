#include "server/ingest/wal_syncer.h"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace storepulse::ingest {

namespace {

[[noreturn]] void end_process(const std::string& message) {
  std::fprintf(stderr, "writer: %s; stopping so that SQLite recovers from what is on disk\n", message.c_str());
  std::abort();
}

}  // namespace

wal_syncer::wal_syncer(std::string wal_path, failure_fn on_failure)
    : wal_path_(std::move(wal_path)), on_failure_(on_failure ? std::move(on_failure) : failure_fn(end_process)) {
  fd_ = ::open(wal_path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw std::runtime_error("cannot open " + wal_path_ + ": " + std::strerror(errno));
  thread_ = std::thread([this] {
    ::pthread_setname_np(::pthread_self(), "sp-wal-sync");
    run();
  });
}

wal_syncer::~wal_syncer() {
  stop();
  if (fd_ >= 0) ::close(fd_);
}

void wal_syncer::after_commit(release_fn release) {
  {
    std::lock_guard lock(mutex_);
    pending_.push_back(std::move(release));
  }
  wake_.notify_one();
}

void wal_syncer::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

std::uint64_t wal_syncer::syncs() const {
  std::lock_guard lock(mutex_);
  return syncs_;
}

double wal_syncer::sync_seconds() const {
  std::lock_guard lock(mutex_);
  return sync_seconds_;
}

void wal_syncer::run() {
  for (;;) {
    std::vector<release_fn> ready;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
      if (pending_.empty()) return;
      ready.swap(pending_);
    }
    // Every group in ready committed before this sync starts, so the one sync covers them all.
    std::exception_ptr error;
    auto started = std::chrono::steady_clock::now();
    if (::fdatasync(fd_) != 0) {
      auto message = "fdatasync " + wal_path_ + ": " + std::strerror(errno);
      on_failure_(message);
      error = std::make_exception_ptr(std::runtime_error(message));
    }
    {
      std::lock_guard lock(mutex_);
      ++syncs_;
      sync_seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    for (auto& release : ready) release(error);
  }
}

}  // namespace storepulse::ingest
