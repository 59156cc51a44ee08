#include "server/ingest/wal_syncer.h"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace storepulse::ingest {

wal_syncer::wal_syncer(std::string wal_path) : wal_path_(std::move(wal_path)) {
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

// Opened on first use: the WAL file exists once the first transaction has committed. The writer
// connection stays open for the syncer's life, so SQLite never deletes the file under it.
void wal_syncer::sync_file() {
  if (fd_ < 0) {
    fd_ = ::open(wal_path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw std::runtime_error("cannot open " + wal_path_ + ": " + std::strerror(errno));
  }
  if (::fdatasync(fd_) != 0) throw std::runtime_error("fdatasync " + wal_path_ + ": " + std::strerror(errno));
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
    try {
      sync_file();
    } catch (const std::exception& e) {
      // The groups may or may not survive a crash: their senders are told to retry, and a retry
      // of a stored item is answered as a duplicate, so nothing is lost or counted twice.
      std::fprintf(stderr, "writer: %s\n", e.what());
      error = std::current_exception();
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
