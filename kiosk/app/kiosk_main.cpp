// storepulse-kiosk: the touch client. The model decides, the view draws, the sync worker uploads.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>

#include <boost/program_options.hpp>
#include <pthread.h>

#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/model/kiosk_model.h"
#include "kiosk/core/model/worker_services.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/sync/sync_worker.h"
#include "kiosk/ui/screens.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/window_backend.h"

namespace po = boost::program_options;
namespace sk = storepulse::kiosk;
namespace ui = storepulse::kiosk::ui;

namespace {

std::atomic<bool> stop_requested{false};

std::string default_data_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/storepulse-kiosk";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.local/share/storepulse-kiosk";
  }
  return "storepulse-kiosk-data";
}

// SIGTERM and SIGINT are blocked everywhere and taken by this thread, which can then wake the
// window safely (a signal handler may not call GLFW).
void start_signal_thread() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread([set] {
    int signal_number = 0;
    sigwait(&set, &signal_number);
    stop_requested = true;
    ui::window_backend::wake();
  }).detach();
}

sk::sync_mark mark_from(const sk::sync_worker& worker) {
  const sk::sync_status s = worker.status();
  const sk::device_settings settings = worker.settings();
  sk::sync_mark m;
  m.online = s.online;
  m.enrolled = !settings.device_token.empty();
  m.needs_enrollment = s.needs_enrollment;
  m.protocol_mismatch = s.protocol_mismatch;
  m.queued = s.queued;
  m.set_aside = s.set_aside;
  m.last_sync_unix = s.last_sync_unix;
  m.message = s.message;
  m.server_address = settings.server;
  return m;
}

// Names a screenshot after what it shows, so a test run keeps one file per distinct screen.
std::string screen_key(const sk::kiosk_model& model) {
  std::string key(sk::screen_name(model.current_screen()));
  if (model.current_screen() == sk::screen::question) key += "_" + std::to_string(model.question_position() + 1);
  if (!model.has_config()) key += "_not_set_up";
  return key + "_" + model.language();
}

std::string layout_state(const sk::kiosk_model& model) {
  std::string state = "language=" + model.language() + ";config=" + (model.has_config() ? "yes" : "no") +
                      ";cooldown=" + (model.in_cooldown() ? "yes" : "no") + ";queued=" + std::to_string(model.sync().queued) +
                      ";online=" + (model.sync().online ? "yes" : "no");
  if (model.current_screen() == sk::screen::question) {
    state += ";question=" + std::to_string(model.question_position() + 1) + "/" + std::to_string(model.question_count()) +
             ";key=" + model.current_question().key();
  }
  return state;
}

}  // namespace

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  po::options_description options("storepulse-kiosk: the touch kiosk for store break rooms.\nOptions");
  // clang-format off
  options.add_options()
    ("help,h", "show this help")
    ("data", po::value<std::string>()->default_value(default_data_dir()), "data folder: settings, offline queue, cached configuration")
    ("server", po::value<std::string>(), "server address, e.g. http://10.0.0.5:8080 (saved in the settings)")
    ("enroll-code", po::value<std::string>(), "enroll with this one-time code at start when not enrolled yet")
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
    ("layout-file", po::value<std::string>(), "keep the current screen and its button rectangles in this JSON file");
  // clang-format on
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

  start_signal_thread();
  const std::string data_dir = vm["data"].as<std::string>();
  sk::device_settings settings = sk::device_settings::load(data_dir);
  bool settings_changed = false;
  if (vm.count("pin") != 0U) {
    const std::string pin = vm["pin"].as<std::string>();
    // The keypad has digits only; any other PIN could never be typed.
    if (pin.size() < 4 || pin.size() > 12 || pin.find_first_not_of("0123456789") != std::string::npos) {
      std::cerr << "storepulse-kiosk: --pin must be 4 to 12 digits\n";
      return 2;
    }
    settings.operator_pin = pin;
    settings_changed = true;
  }
  if (vm.count("label") != 0U) {
    settings.device_label = vm["label"].as<std::string>();
    settings_changed = true;
  }
  if (settings_changed) settings.save();

  ui::window_options window;
  window.fullscreen = vm.count("windowed") != 0U ? false : vm.count("fullscreen") != 0U ? true : settings.fullscreen;
  window.width = vm.count("width") != 0U ? vm["width"].as<int>() : settings.window_width;
  window.height = vm.count("height") != 0U ? vm["height"].as<int>() : settings.window_height;
  window.portrait = vm.count("portrait") != 0U || settings.portrait;

  sk::offline_queue queue(settings.queue_path());
  sk::config_cache cache(data_dir);
  sk::sync_worker worker(queue, cache, settings);
  if (vm.count("server") != 0U) {
    std::string error;
    if (!worker.set_server(vm["server"].as<std::string>(), error)) {
      std::cerr << "storepulse-kiosk: --server: " << error << "\n";
      return 2;
    }
  }
  std::atomic<bool> enroll_done{false};
  sk::worker_services services(queue, worker, [&enroll_done] {
    enroll_done = true;
    ui::window_backend::wake();
  });
  sk::steady_clock_source clock;
  sk::model_options model_options;
  model_options.operator_pin = settings.operator_pin;
  model_options.rotation_start = std::random_device{}() % 64;
  sk::kiosk_model model(services, clock, model_options);
  model.set_config(worker.config());
  model.set_sync(mark_from(worker));

  ui::window_backend backend(window);
  const float dpi = vm.count("dpi") != 0U ? vm["dpi"].as<float>() : backend.monitor_dpi();
  const ImVec2 window_size = backend.size();
  const ui::theme look = ui::load_theme(dpi, window_size);

  std::atomic<bool> sync_changed{false};
  worker.on_change([&sync_changed] {
    sync_changed = true;
    ui::window_backend::wake();
  });
  worker.start();
  std::thread enroller;
  if (vm.count("enroll-code") != 0U && worker.settings().device_token.empty()) {
    enroller = std::thread([&worker, code = vm["enroll-code"].as<std::string>()] {
      std::string error;
      if (worker.enroll(code, error)) {
        std::cerr << "storepulse-kiosk: enrolled\n";
      } else {
        std::cerr << "storepulse-kiosk: enrollment failed: " << error << "\n";
      }
    });
  }

  const std::string screenshot = vm.count("screenshot") != 0U ? vm["screenshot"].as<std::string>() : "";
  const std::string screenshot_dir = vm.count("screenshot-dir") != 0U ? vm["screenshot-dir"].as<std::string>() : "";
  const std::string layout_file = vm.count("layout-file") != 0U ? vm["layout-file"].as<std::string>() : "";
  if (!screenshot_dir.empty()) std::filesystem::create_directories(screenshot_dir);

  ui::layout_recorder layout;
  ui::operator_inputs inputs;
  std::vector<sk::intent> intents;
  std::string last_config;
  std::string saved_key;
  std::string shown_key;
  int frames_with_key = 0;
  int screenshots = 0;
  int frames_left = 3;
  long frames_drawn = 0;
  std::uint64_t drawn_revision = 0;
  bool first_frame = true;

  while (!stop_requested && !backend.should_close()) {
    std::optional<double> timeout;
    if (frames_left > 0) {
      timeout = 0.0;
    } else if (const auto deadline = model.next_deadline()) {
      timeout = std::max(0.0, std::chrono::duration<double>(*deadline - clock.now()).count() + 0.01);
    }
    // Sleeps here while nothing changes: no redraw without input, sync news or a timer.
    if (backend.wait(timeout)) frames_left = std::max(frames_left, 3);
    if (enroll_done.exchange(false)) {
      if (auto result = services.take_enroll_result()) model.enrollment_finished(result->first, result->second);
    }
    if (sync_changed.exchange(false)) {
      model.set_sync(mark_from(worker));
      const auto config = worker.config();
      const std::string serialized = config ? config->SerializeAsString() : std::string();
      if (serialized != last_config) {
        last_config = serialized;
        model.set_config(config);
      }
    }
    model.tick();
    if (model.revision() != drawn_revision) frames_left = std::max(frames_left, 2);
    if (frames_left == 0) continue;
    --frames_left;

    drawn_revision = model.revision();
    const std::string key = screen_key(model);
    frames_with_key = key == shown_key ? frames_with_key + 1 : 1;
    shown_key = key;
    std::string png;
    if (!screenshot_dir.empty() && frames_with_key == 2 && key != saved_key) {
      char prefix[16];
      std::snprintf(prefix, sizeof prefix, "%02d_", ++screenshots);
      png = screenshot_dir + "/" + prefix + key + ".png";
      saved_key = key;
    }
    const bool take_single = !screenshot.empty() && frames_with_key == 2;
    if (take_single) png = screenshot;

    backend.begin_frame();
    ui::ui_context context{model, look, layout, inputs, intents, nullptr, backend.size(), STOREPULSE_VERSION};
    ui::draw_kiosk(context);
    backend.end_frame(look.colours.background, png);
    ++frames_drawn;
    if (first_frame) {
      first_frame = false;
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
      std::cerr << "storepulse-kiosk: first frame after " << ms.count() << " ms (dpi " << dpi << ", touch target "
                << static_cast<int>(look.touch) << " px)\n";
    }
    if (!layout_file.empty()) {
      layout.write_if_changed(layout_file, std::string(sk::screen_name(model.current_screen())), layout_state(model));
    }
    if (take_single) break;
    for (const auto& in : intents) model.apply(in);
    intents.clear();
  }

  worker.stop();
  if (enroller.joinable()) enroller.join();
  std::cerr << "storepulse-kiosk: " << frames_drawn << " frames drawn\n";
  return 0;
}
