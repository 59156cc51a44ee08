#include "kiosk/core/config/config_cache.h"

#include "kiosk/core/config/atomic_file.h"

#include <cstdio>

namespace storepulse::kiosk {

// File layout: the ETag on the first line (an HTTP header value never holds a newline), then
// the serialized KioskConfig.
config_cache::config_cache(const std::string& data_dir) : path_(data_dir + "/config.cache") {
  ensure_directory(data_dir);
  auto contents = read_file(path_);
  if (!contents) {
    return;
  }
  auto newline = contents->find('\n');
  if (newline == std::string::npos) {
    return;
  }
  storepulse::v1::KioskConfig config;
  if (config.ParseFromArray(contents->data() + newline + 1, static_cast<int>(contents->size() - newline - 1))) {
    etag_ = contents->substr(0, newline);
    config_ = std::move(config);
  }
}

std::optional<storepulse::v1::KioskConfig> config_cache::config() const {
  std::lock_guard lock(mutex_);
  return config_;
}

std::string config_cache::etag() const {
  std::lock_guard lock(mutex_);
  return etag_;
}

void config_cache::store(const storepulse::v1::KioskConfig& config, const std::string& etag) {
  std::string clean_etag = etag.find('\n') == std::string::npos ? etag : std::string();
  write_file_atomically(path_, clean_etag + "\n" + config.SerializeAsString(), 0644);
  std::lock_guard lock(mutex_);
  config_ = config;
  etag_ = clean_etag;
}

void config_cache::clear() {
  std::lock_guard lock(mutex_);
  std::remove(path_.c_str());
  config_.reset();
  etag_.clear();
}

}  // namespace storepulse::kiosk
