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

std::string number(float v) { return std::to_string(std::lround(v)); }

// Returns ,"x":..,"y":..,"w":..,"h":.. for a rectangle.
std::string box(float x, float y, float w, float h) {
  return ",\"x\":" + number(x) + ",\"y\":" + number(y) + ",\"w\":" + number(w) + ",\"h\":" + number(h);
}

}  // namespace

void layout_recorder::begin_frame() {
  buttons_.clear();
  panels_.clear();
  texts_.clear();
  notes_.clear();
  container_.clear();
}

void layout_recorder::set_window(float width, float height, float dpi) {
  width_ = width;
  height_ = height;
  dpi_ = dpi;
}

void layout_recorder::add(std::string id, float x, float y, float width, float height) {
  buttons_.push_back({std::move(id), x, y, width, height});
}

void layout_recorder::add_panel(std::string id, float x, float y, float width, float height) {
  panels_.push_back({std::move(id), x, y, width, height});
}

void layout_recorder::add_text(float x, float y, float width, float height, float pixels) {
  texts_.push_back({container_, x, y, width, height, pixels});
}

std::string layout_recorder::to_json(const std::string& screen, const std::string& state) const {
  std::string out = "{\"screen\":" + quoted(screen) + ",\"state\":" + quoted(state) + ",\"window\":{\"w\":" + number(width_) +
                    ",\"h\":" + number(height_) + ",\"dpi\":" + number(dpi_) + "},\"notes\":{";
  bool first = true;
  for (const auto& note : notes_) {
    if (!first) out += ",";
    first = false;
    out += quoted(note.first) + ":" + quoted(note.second);
  }
  out += "},\"buttons\":[";
  for (std::size_t i = 0; i < buttons_.size(); ++i) {
    const auto& b = buttons_[i];
    out += (i > 0 ? ",\n{\"id\":" : "\n{\"id\":") + quoted(b.id) + box(b.x, b.y, b.width, b.height) + "}";
  }
  out += "],\"panels\":[";
  for (std::size_t i = 0; i < panels_.size(); ++i) {
    const auto& p = panels_[i];
    out += (i > 0 ? ",\n{\"panel\":" : "\n{\"panel\":") + quoted(p.id) + box(p.x, p.y, p.width, p.height) + "}";
  }
  out += "],\"texts\":[";
  for (std::size_t i = 0; i < texts_.size(); ++i) {
    const auto& t = texts_[i];
    out += (i > 0 ? ",\n{\"in\":" : "\n{\"in\":") + quoted(t.in) + box(t.x, t.y, t.width, t.height) + ",\"px\":" +
           number(t.pixels) + "}";
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
