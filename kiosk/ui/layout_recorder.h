#pragma once

#include <map>
#include <string>
#include <vector>

namespace storepulse::kiosk::ui {

// One tappable rectangle of the current frame, in window pixels.
struct button_rect {
  std::string id;
  float x, y, width, height;
};

// A drawn surface that holds text of its own (a value card), in window pixels.
struct panel_rect {
  std::string id;
  float x, y, width, height;
};

// One line of text as drawn: its ink box, its font's pixel size, and the button or panel it
// belongs to (empty when it stands on the background).
struct text_rect {
  std::string in;
  float x, y, width, height, pixels;
};

// Collects what a frame draws, so tests can tap buttons at real screen coordinates and check the
// layout's rules (nothing overlaps, everything inside the window, sizes in millimetres).
class layout_recorder {
 public:
  // Forgets the last frame's buttons, panels, texts and notes.
  void begin_frame();
  // Records the window's size and density.
  void set_window(float width, float height, float dpi);
  // Records a button.
  void add(std::string id, float x, float y, float width, float height);
  // Records a panel.
  void add_panel(std::string id, float x, float y, float width, float height);
  // Records a line of text inside the current container.
  void add_text(float x, float y, float width, float height, float pixels);
  // Texts recorded until leave() belong to this button or panel.
  void enter(std::string id) { container_ = std::move(id); }
  void leave() { container_.clear(); }
  // Records a fact about the frame, e.g. values=meanings.
  void note(const std::string& key, std::string value) { notes_[key] = std::move(value); }
  // Returns the buttons of the frame so far.
  const std::vector<button_rect>& buttons() const { return buttons_; }
  // Returns the frame as JSON: {"screen","state","window":{"w","h","dpi"},"notes":{..},
  // "buttons":[{"id","x","y","w","h"}],"panels":[{"panel","x","y","w","h"}],"texts":[{"in","x","y","w","h","px"}]}.
  std::string to_json(const std::string& screen, const std::string& state) const;
  // Writes the JSON atomically when it differs from the last write; returns true if written.
  bool write_if_changed(const std::string& path, const std::string& screen, const std::string& state);

 private:
  float width_ = 0, height_ = 0, dpi_ = 0;
  std::vector<button_rect> buttons_;
  std::vector<panel_rect> panels_;
  std::vector<text_rect> texts_;
  std::map<std::string, std::string> notes_;
  std::string container_;
  std::string last_written_;
};

}  // namespace storepulse::kiosk::ui
