#pragma once

#include <string>
#include <vector>

namespace storepulse::kiosk::ui {

// One tappable rectangle of the current frame, in window pixels.
struct button_rect {
  std::string id;
  float x, y, width, height;
};

// Collects the buttons drawn in a frame so tests can tap them at real screen coordinates.
class layout_recorder {
 public:
  // Forgets the last frame's buttons.
  void begin_frame() { buttons_.clear(); }
  // Records a button.
  void add(std::string id, float x, float y, float width, float height);
  // Returns the buttons of the frame so far.
  const std::vector<button_rect>& buttons() const { return buttons_; }
  // Returns the frame as JSON: {"screen":..,"state":..,"buttons":[{"id","x","y","w","h"}]}.
  std::string to_json(const std::string& screen, const std::string& state) const;
  // Writes the JSON atomically when it differs from the last write; returns true if written.
  bool write_if_changed(const std::string& path, const std::string& screen, const std::string& state);

 private:
  std::vector<button_rect> buttons_;
  std::string last_written_;
};

}  // namespace storepulse::kiosk::ui
