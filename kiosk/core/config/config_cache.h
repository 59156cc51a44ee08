#pragma once

#include "storepulse/v1/kiosk.pb.h"

#include <mutex>
#include <optional>
#include <string>

namespace storepulse::kiosk {

// The last KioskConfig and its ETag, kept in the data folder so that the kiosk starts from it
// when the server is unreachable. Thread-safe.
class config_cache {
 public:
  explicit config_cache(const std::string& data_dir);

  // Returns the cached config, if any.
  std::optional<storepulse::v1::KioskConfig> config() const;
  // Returns the ETag of the cached config, or "" when there is none.
  std::string etag() const;
  // Stores a new config and its ETag, atomically on disk.
  void store(const storepulse::v1::KioskConfig& config, const std::string& etag);
  // Forgets the cached config (e.g. after enrolling at another store).
  void clear();
  // Returns the cache file's path.
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  mutable std::mutex mutex_;
  std::optional<storepulse::v1::KioskConfig> config_;
  std::string etag_;
};

}  // namespace storepulse::kiosk
