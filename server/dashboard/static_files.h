#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace storepulse::dashboard {

// A file ready to serve.
struct static_file {
  std::string body;
  std::string content_type;
  std::string etag;
};

// Serves files below one root directory, cached in memory after the first read (the dashboard
// is a few small files; a restart picks up new ones).
class static_files {
 public:
  explicit static_files(std::string root) : root_(std::move(root)) {}

  // Returns the file at relative path (e.g. "js/app.js"), or nullopt when it does not exist or
  // the path is not a plain path inside the root.
  std::shared_ptr<const static_file> find(std::string_view relative);
  // Returns the file at an absolute path outside any root (the packaged Chart.js).
  static std::shared_ptr<const static_file> load(const std::string& path);

 private:
  std::string root_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const static_file>> cache_;
};

// Returns true when relative is safe to look up: no "..", no empty or hidden segments, no
// backslash, percent sign or control characters.
bool is_safe_relative_path(std::string_view relative);

// Returns the Content-Type for a file name by its extension, or nullopt for types not served.
std::optional<std::string> content_type_for(std::string_view name);

}  // namespace storepulse::dashboard
