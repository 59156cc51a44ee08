#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace storepulse::test {

// One button of the kiosk's layout file.
struct kiosk_button {
  std::string id;
  int x = 0, y = 0, w = 0, h = 0;
};

// A surface holding text of its own (a value card), or one line of text as drawn: "in" names
// the button or panel it belongs to (empty on the background), px is its font's pixel size.
struct kiosk_box {
  std::string id;
  int x = 0, y = 0, w = 0, h = 0, px = 0;
};

// What the kiosk's layout file says about the frame on screen.
struct kiosk_layout {
  std::string screen;
  std::string state;  // "language=fr;config=yes;...;question=2/4;key=..."
  int width = 0, height = 0, dpi = 0;
  std::string notes;  // "values":"meanings",...
  std::vector<kiosk_button> buttons;
  std::vector<kiosk_box> panels;
  std::vector<kiosk_box> texts;  // id: the button or panel the text belongs to

  // Returns the value of one state field, or empty.
  std::string field(const std::string& name) const;
  // Returns the button with this id; throws when it is not on screen.
  const kiosk_button& button(const std::string& id) const;
  // Returns true when the button is on screen.
  bool has(const std::string& id) const;
  // Returns true when the panel is on screen.
  bool has_panel(const std::string& id) const;
  // Returns the value of a note, or empty.
  std::string note(const std::string& name) const;
};

// The real storepulse-kiosk binary on an X display, driven by real pointer clicks (xdotool) at the
// coordinates its --layout-file reports.
class kiosk_app_process {
 public:
  // Starts the kiosk with --layout-file and the given flags on the display.
  kiosk_app_process(const std::string& display, const std::string& layout_file, const std::vector<std::string>& flags);
  // Kills the kiosk if it still runs.
  ~kiosk_app_process();
  kiosk_app_process(const kiosk_app_process&) = delete;
  kiosk_app_process& operator=(const kiosk_app_process&) = delete;

  // Returns the latest layout (empty screen before the first frame).
  kiosk_layout layout() const;
  // Waits until the layout satisfies the predicate; throws with the last layout after the timeout.
  kiosk_layout wait_for(const std::function<bool(const kiosk_layout&)>& ok,
                        std::chrono::milliseconds timeout = std::chrono::seconds(20)) const;
  // Waits until the screen has this name.
  kiosk_layout wait_for_screen(const std::string& screen, std::chrono::milliseconds timeout = std::chrono::seconds(20)) const;
  // Clicks the centre of a button with the X server's pointer, then waits past the kiosk's repeat filter.
  void tap(const std::string& id) const;
  // Clicks the centre of a button at once, without waiting before or after.
  void press(const std::string& id) const;
  // Clicks the text field that ends left of a button, which opens the on-screen keyboard, types
  // text with the physical keyboard and presses Enter; returns once the button shows again.
  void type_before(const std::string& id, const std::string& text) const;
  // Taps the field (e.g. "field.server") and replaces its text by tapping the on-screen keyboard's
  // keys alone, switching pages as a person would, then taps Done; returns once the keyboard closed.
  // Before each key, check (when given) sees the keyboard's layout.
  void type_with_keys(const std::string& field, const std::string& text,
                      const std::function<void(const kiosk_layout&)>& check = {}) const;
  // Ends the kiosk with SIGTERM; returns its exit code.
  int stop();
  // Returns true while the process runs.
  bool running() const;

 private:
  void click(int x, int y) const;

  std::string display_;
  std::string layout_file_;
  pid_t pid_ = -1;
};

}  // namespace storepulse::test
