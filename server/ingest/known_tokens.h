#pragma once

#include <cstddef>
#include <shared_mutex>
#include <string>
#include <unordered_set>

namespace storepulse::ingest {

// Token hashes of kiosks the writer holds as active, readable from the network threads: an
// upload with a token outside it is checked on a reader before it may become a writer job, so
// made-up and revoked tokens never reach the writer's queue. The writer adds a token when it
// finds it active, removes one it finds unknown, and clears the set whenever it drops what it
// keeps about kiosks (a revocation, another process's change, a rollback).
class known_tokens {
 public:
  // Returns true when the writer last held this token hash as active.
  bool contains(const std::string& token_hash) const;
  void add(const std::string& token_hash);
  void remove(const std::string& token_hash);
  void clear();
  std::size_t size() const;

 private:
  mutable std::shared_mutex mutex_;
  std::unordered_set<std::string> hashes_;
};

}  // namespace storepulse::ingest
