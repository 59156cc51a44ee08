#pragma once

#include "kiosk/core/config/device_settings.h"
#include "kiosk/ui/window_backend.h"

#include <chrono>
#include <optional>
#include <string>

namespace storepulse::kiosk::ui {

// What one run of the kiosk application needs beyond the saved settings.
struct kiosk_app_options {
  std::string data_dir;
  std::string server;          // replaces the saved server address when set
  std::string enroll_code;     // enroll at start when not enrolled yet
  bool discard_queue = false;  // with enroll_code: discard answers waiting for another store
  std::string screenshot;      // save the first settled frame here, then exit
  std::string screenshot_dir;  // save one PNG per distinct screen here
  std::string layout_file;     // keep the current screen and its button rectangles here
  std::optional<float> dpi;    // default: from the monitor's physical size
  std::optional<std::chrono::milliseconds> config_refresh;  // default: the sync worker's
  window_options window;
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

// Runs the kiosk until its window closes or SIGTERM/SIGINT arrives; returns the exit code.
int run_kiosk_app(const kiosk_app_options& options, device_settings settings);

}  // namespace storepulse::kiosk::ui
