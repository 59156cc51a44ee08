#include "server/dashboard/static_files.h"

#include "server/auth/random_token.h"

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace storepulse::dashboard {
namespace {

std::string hex_etag(const std::string& body) {
  auto digest = auth::sha256(body);
  std::string hex(digest.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(digest.data()), 16);
  hex.resize(32);
  return "\"" + hex + "\"";
}

}  // namespace

bool is_safe_relative_path(std::string_view relative) {
  if (relative.empty() || relative.size() > 200) return false;
  std::size_t start = 0;
  while (start <= relative.size()) {
    auto end = relative.find('/', start);
    if (end == std::string_view::npos) end = relative.size();
    auto segment = relative.substr(start, end - start);
    if (segment.empty() || segment.front() == '.') return false;
    for (char c : segment) {
      auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7f || c == '\\' || c == '%' || c == ':') return false;
    }
    start = end + 1;
  }
  return true;
}

std::optional<std::string> content_type_for(std::string_view name) {
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  auto ext = name.substr(dot + 1);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "js") return "text/javascript; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "ico") return "image/x-icon";
  if (ext == "json") return "application/json";
  if (ext == "txt") return "text/plain; charset=utf-8";
  return std::nullopt;
}

std::shared_ptr<const static_file> static_files::load(const std::string& path) {
  auto type = content_type_for(path);
  std::error_code ec;
  if (!type || !std::filesystem::is_regular_file(path, ec)) return nullptr;
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream text;
  text << in.rdbuf();
  auto file = std::make_shared<static_file>();
  file->body = std::move(text).str();
  file->content_type = *type;
  file->etag = hex_etag(file->body);
  return file;
}

std::shared_ptr<const static_file> static_files::find(std::string_view relative) {
  if (!is_safe_relative_path(relative)) return nullptr;
  std::string key(relative);
  {
    std::lock_guard lock(mutex_);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  }
  // Symlinks must not lead out of the root either.
  std::error_code ec;
  auto root = std::filesystem::weakly_canonical(root_, ec);
  if (ec) return nullptr;
  auto full = std::filesystem::weakly_canonical(root / key, ec);
  if (ec) return nullptr;
  auto [root_end, full_it] = std::mismatch(root.begin(), root.end(), full.begin(), full.end());
  if (root_end != root.end()) return nullptr;
  auto file = load(full.string());
  if (!file) return nullptr;
  std::lock_guard lock(mutex_);
  cache_.emplace(key, file);
  return file;
}

}  // namespace storepulse::dashboard
