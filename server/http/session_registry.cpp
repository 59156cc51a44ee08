#include "server/http/session_registry.h"

#include <vector>

namespace storepulse::http {

session_registry::handle session_registry::add(stop_fn on_stop) {
  std::lock_guard lock(mutex_);
  return members_.insert(members_.end(), std::move(on_stop));
}

void session_registry::remove(handle member) {
  std::lock_guard lock(mutex_);
  members_.erase(member);
}

void session_registry::stop_all(clock::time_point deadline) {
  deadline_ = deadline.time_since_epoch().count();
  std::vector<stop_fn> members;
  {
    std::lock_guard lock(mutex_);
    members.assign(members_.begin(), members_.end());
  }
  // Outside the lock: a session that ends meanwhile removes itself under it.
  for (auto& on_stop : members) on_stop(deadline);
}

}  // namespace storepulse::http
