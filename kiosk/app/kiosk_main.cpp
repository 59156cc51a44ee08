// storepulse-kiosk: the touch client. The model decides, the view draws, the sync worker uploads.
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/sync/tls_trust.h"
#include "kiosk/ui/kiosk_app.h"

#include <boost/program_options.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

namespace po = boost::program_options;
namespace sk = storepulse::kiosk;
namespace ui = storepulse::kiosk::ui;

namespace {

std::string default_data_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/storepulse-kiosk";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.local/share/storepulse-kiosk";
  }
  return "storepulse-kiosk-data";
}

}  // namespace

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  po::options_description options("storepulse-kiosk: the touch kiosk for store break rooms.\nOptions");
  // clang-format off
  options.add_options()
    ("help,h", "show this help")
    ("data", po::value<std::string>()->default_value(default_data_dir()), "data folder: settings, offline queue, cached configuration")
    ("server", po::value<std::string>(), "server address, e.g. https://storepulse.example.com:8443 (saved in the settings)")
    ("enroll-code", po::value<std::string>(), "enroll with this one-time code at start when not enrolled yet; "
                                              "CODE#sha256/PIN also pins the server's key")
    ("discard-queue", "with --enroll-code: when the code is another store's, discard the answers waiting "
                      "here instead of sending them to their own store first")
    ("pin", po::value<std::string>(), "operator PIN (digits; saved in the settings)")
    ("label", po::value<std::string>(), "device label shown to operators (saved in the settings)")
    ("fullscreen", "fullscreen on the primary monitor (the default unless the settings say otherwise)")
    ("windowed", "in a window")
    ("width", po::value<int>(), "window width in pixels")
    ("height", po::value<int>(), "window height in pixels")
    ("portrait", "portrait: a taller than wide window")
    ("dpi", po::value<float>(), "screen density in dots per inch (default: from the monitor's physical size)")
    ("screenshot", po::value<std::string>(), "save the first frame as PNG to this path, then exit")
    ("screenshot-dir", po::value<std::string>(), "save a PNG of every screen shown into this folder")
    ("layout-file", po::value<std::string>(), "keep the current screen and its button rectangles in this JSON file")
    ("config-refresh", po::value<int>(), "seconds between configuration checks, at random from half to one and a half "
                                         "of it (default 300; at least 2): how soon new plans and stories show");
  // clang-format on
  sk::tls_flags tls;
  sk::add_tls_options(options, tls);
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, options), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "storepulse-kiosk: " << e.what() << "\n" << options << "\n";
    return 2;
  }
  if (vm.count("help") != 0U) {
    std::cout << options << "\nThe settings file is <data>/" << std::filesystem::path(sk::device_settings{}.path()).filename().string()
              << "; flags for the window apply to this run only.\n";
    return 0;
  }

  const std::string data_dir = vm["data"].as<std::string>();
  sk::device_settings settings = sk::device_settings::load(data_dir);
  bool settings_changed = false;
  if (vm.count("pin") != 0U) {
    const std::string pin = vm["pin"].as<std::string>();
    // The keypad has digits only; any other PIN could never be typed.
    if (pin.size() < 6 || pin.size() > 12 || pin.find_first_not_of("0123456789") != std::string::npos) {
      std::cerr << "storepulse-kiosk: --pin must be 6 to 12 digits\n";
      return 2;
    }
    settings.operator_pin = pin;
    settings_changed = true;
  }
  if (vm.count("label") != 0U) {
    settings.device_label = vm["label"].as<std::string>();
    settings_changed = true;
  }
  if (std::string error; !sk::apply_tls_flags(settings, tls, error)) {
    std::cerr << "storepulse-kiosk: " << error << "\n";
    return 2;
  }
  settings_changed = settings_changed || tls.ca_file || tls.pin || tls.allow_plain_http;
  if (settings_changed) settings.save();

  ui::kiosk_app_options app;
  app.started = started;
  app.data_dir = data_dir;
  app.window.fullscreen = vm.count("windowed") != 0U ? false : vm.count("fullscreen") != 0U ? true : settings.fullscreen;
  app.window.width = vm.count("width") != 0U ? vm["width"].as<int>() : settings.window_width;
  app.window.height = vm.count("height") != 0U ? vm["height"].as<int>() : settings.window_height;
  app.window.portrait = vm.count("portrait") != 0U || settings.portrait;
  if (vm.count("dpi") != 0U) app.dpi = vm["dpi"].as<float>();
  app.discard_queue = vm.count("discard-queue") != 0U;
  if (vm.count("config-refresh") != 0U) {
    const int seconds = vm["config-refresh"].as<int>();
    if (seconds < 2) {
      std::cerr << "storepulse-kiosk: --config-refresh: at least 2 seconds\n";
      return 2;
    }
    app.config_refresh = std::chrono::seconds(seconds);
  }
  for (auto [flag, target] : {std::pair{"server", &app.server}, std::pair{"enroll-code", &app.enroll_code},
                              std::pair{"screenshot", &app.screenshot}, std::pair{"screenshot-dir", &app.screenshot_dir},
                              std::pair{"layout-file", &app.layout_file}}) {
    if (vm.count(flag) != 0U) *target = vm[flag].as<std::string>();
  }
  return ui::run_kiosk_app(app, settings);
}
