#include "kiosk/ui/layout_recorder.h"

#include <cmath>
#include <cstdio>
#include <fstream>

namespace storepulse::kiosk::ui {
namespace {

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void layout_recorder::add(std::string id, float x, float y, float width, float height) {
  buttons_.push_back({std::move(id), x, y, width, height});
}

std::string layout_recorder::to_json(const std::string& screen, const std::string& state) const {
  std::string out = "{\"screen\":" + quoted(screen) + ",\"state\":" + quoted(state) + ",\"buttons\":[";
  for (std::size_t i = 0; i < buttons_.size(); ++i) {
    const auto& b = buttons_[i];
    if (i > 0) out += ",";
    out += "\n{\"id\":" + quoted(b.id) + ",\"x\":" + std::to_string(std::lround(b.x)) +
           ",\"y\":" + std::to_string(std::lround(b.y)) + ",\"w\":" + std::to_string(std::lround(b.width)) +
           ",\"h\":" + std::to_string(std::lround(b.height)) + "}";
  }
  return out + "]}\n";
}

bool layout_recorder::write_if_changed(const std::string& path, const std::string& screen, const std::string& state) {
  std::string json = to_json(screen, state);
  if (json == last_written_) return false;
  const std::string temporary = path + ".tmp";
  {
    std::ofstream file(temporary, std::ios::trunc);
    file << json;
    if (!file) return false;
  }
  // Readers see the old or the new file, never half of one.
  if (std::rename(temporary.c_str(), path.c_str()) != 0) return false;
  last_written_ = std::move(json);
  return true;
}

}  // namespace storepulse::kiosk::ui
