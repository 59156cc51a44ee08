#include "server/ingest/known_tokens.h"

#include <mutex>

namespace storepulse::ingest {

bool known_tokens::contains(const std::string& token_hash) const {
  std::shared_lock lock(mutex_);
  return hashes_.contains(token_hash);
}

void known_tokens::add(const std::string& token_hash) {
  std::unique_lock lock(mutex_);
  hashes_.insert(token_hash);
}

void known_tokens::remove(const std::string& token_hash) {
  std::unique_lock lock(mutex_);
  hashes_.erase(token_hash);
}

void known_tokens::clear() {
  std::unique_lock lock(mutex_);
  hashes_.clear();
}

std::size_t known_tokens::size() const {
  std::shared_lock lock(mutex_);
  return hashes_.size();
}

}  // namespace storepulse::ingest
