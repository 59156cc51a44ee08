#pragma once

#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

struct GLFWwindow;

namespace storepulse::kiosk::ui {

// A key that edits text, as the on-screen keyboard's field takes it from a physical keyboard.
enum class edit_key { backspace, enter, escape, paste };

// How the window opens.
struct window_options {
  bool fullscreen = true;
  int width = 1280;
  int height = 800;
  bool portrait = false;  // windowed: swaps width and height; fullscreen follows the monitor
  std::string title = "Storepulse";
};

// GLFW + OpenGL 3 + Dear ImGui behind four calls, so the rest of the kiosk never sees them.
class window_backend {
 public:
  // Opens the window and sets up ImGui; throws when no display is available.
  explicit window_backend(const window_options& options);
  ~window_backend();
  window_backend(const window_backend&) = delete;
  window_backend& operator=(const window_backend&) = delete;

  // Sleeps until an event arrives or the timeout passes (none: until an event); returns true
  // when a person touched, typed or the window changed.
  bool wait(std::optional<double> timeout_seconds);
  // Starts an ImGui frame.
  void begin_frame();
  // Renders and shows the frame; when png_path is set, saves the frame there first.
  void end_frame(ImU32 clear_colour, const std::string& png_path = {});
  // Returns the window size in ImGui coordinates.
  ImVec2 size() const;
  // Returns the screen density from the monitor's physical size, or 96 when unknown.
  float monitor_dpi() const;
  // Returns true once the window was asked to close.
  bool should_close() const;
  // Asks the loop to end.
  void request_close();
  // Wakes wait() from any thread.
  static void wake();
  // Returns the editing keys pressed since the last call, in order. ImGui 1.86 misses a key
  // pressed and released within one frame (a fast typist's Enter, xdotool's); these are not lost.
  static std::vector<edit_key> take_edit_keys();

 private:
  GLFWwindow* window_ = nullptr;
};

}  // namespace storepulse::kiosk::ui
