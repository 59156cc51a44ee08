#include "server/storage/reader_pool.h"

#include <pthread.h>

#include <cstdio>

namespace storepulse::storage {

reader_pool::reader_pool(std::string path, std::size_t threads, std::size_t max_queue, std::string thread_name)
    : path_(std::move(path)), max_queue_(max_queue) {
  for (std::size_t i = 0; i < threads; ++i) {
    threads_.emplace_back([this, thread_name] {
      ::pthread_setname_np(::pthread_self(), thread_name.substr(0, 15).c_str());
      run();
    });
  }
}

reader_pool::~reader_pool() { stop(); }

bool reader_pool::post(job work) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || (max_queue_ > 0 && jobs_.size() >= max_queue_)) return false;
    jobs_.push_back(std::move(work));
  }
  wake_.notify_one();
  return true;
}

bool reader_pool::stopping() const {
  std::lock_guard lock(mutex_);
  return stopping_;
}

std::size_t reader_pool::queued() const {
  std::lock_guard lock(mutex_);
  return jobs_.size();
}

void reader_pool::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
  threads_.clear();
}

void reader_pool::run() {
  open_options options;
  options.read_only = true;
  options.synchronous_full = false;
  database db(path_, options);
  for (;;) {
    job work;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;
      work = std::move(jobs_.front());
      jobs_.pop_front();
    }
    try {
      work(db);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "reader job failed: %s\n", e.what());
    }
  }
}

}  // namespace storepulse::storage
