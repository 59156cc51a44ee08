#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <list>
#include <mutex>

namespace storepulse::http {

// The open sessions of a listener, so that a graceful stop reaches the ones waiting for a request
// or for the rest of one, whose deadlines are far off.
class session_registry {
 public:
  using clock = std::chrono::steady_clock;
  // Told the stop's deadline; called on any thread, so it posts to its session's strand.
  using stop_fn = std::function<void(clock::time_point deadline)>;
  using handle = std::list<stop_fn>::iterator;

  // Adds a session; remove it with the handle before it goes.
  handle add(stop_fn on_stop);
  void remove(handle member);
  // Records the deadline and tells every session added so far.
  void stop_all(clock::time_point deadline);
  // Returns the deadline of the stop, or time_point::max() before one.
  clock::time_point stop_deadline() const { return clock::time_point(clock::duration(deadline_.load())); }

 private:
  std::mutex mutex_;
  std::list<stop_fn> members_;
  std::atomic<clock::rep> deadline_{clock::time_point::max().time_since_epoch().count()};
};

}  // namespace storepulse::http
