#include "kiosk/ui/kiosk_app.h"

#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/model/kiosk_model.h"
#include "kiosk/core/model/worker_services.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/sync/sync_worker.h"
#include "kiosk/ui/screens.h"
#include "kiosk/ui/theme.h"

#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <thread>
#include <vector>

namespace storepulse::kiosk::ui {

namespace sk = storepulse::kiosk;

namespace {

std::atomic<bool> stop_requested{false};

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
    window_backend::wake();
  }).detach();
}

sk::sync_mark mark_from(const sk::sync_worker& worker) { return sk::make_sync_mark(worker.status(), worker.settings()); }

// Names a screenshot after what it shows, so a test run keeps one file per distinct screen.
// Returns the keyboard's field and page, "server_lower", or empty while it is closed.
std::string keyboard_key_of(const operator_inputs& inputs) {
  if (inputs.editing == keyboard_field::none) return {};
  const sk::keyboard_page page = inputs.entry.page();
  return std::string(inputs.editing == keyboard_field::server ? "server" : "code") + "_" +
         (page == sk::keyboard_page::lower ? "lower" : page == sk::keyboard_page::upper ? "upper" : "symbols");
}

std::string screen_key(const sk::kiosk_model& model, const operator_inputs& inputs) {
  std::string key(sk::screen_name(model.current_screen()));
  if (model.current_screen() == sk::screen::question) key += "_" + std::to_string(model.question_position() + 1);
  if (model.asking_still_there()) key += "_still_there";
  if (model.current_screen() == sk::screen::attract && !model.at_hourly_cap() &&
      (model.survey_ready_in() || model.remediation_ready_in())) {
    key += "_waiting";
  }
  if (model.current_screen() == sk::screen::operator_pin && model.pin_locked_for()) key += "_locked";
  if (!model.has_config()) key += "_not_set_up";
  if (model.current_screen() == sk::screen::attract && model.news_count() > 0) {
    key += model.values_turn() ? std::string("_values") : "_news" + std::to_string(model.news_position() + 1);
  }
  if (model.current_screen() == sk::screen::thank_you && model.thanks_news()) key += "_plan";
  if (model.current_screen() == sk::screen::attract && model.at_hourly_cap()) key += "_resting";
  if (model.current_screen() == sk::screen::attract && (!model.notice().empty() || model.sync().queue_error)) {
    key += "_cannot_save";
  }
  if (model.current_screen() == sk::screen::operator_panel && inputs.editing != keyboard_field::none) {
    key += "_keyboard_" + keyboard_key_of(inputs);
  } else if (model.current_screen() == sk::screen::operator_panel && !model.operator_message().empty()) {
    key += model.enrolling() ? "_enrolling" : "_message";
  }
  return key + "_" + model.language();
}

std::string layout_state(const sk::kiosk_model& model, const operator_inputs& inputs) {
  std::string state = "language=" + model.language() + ";config=" + (model.has_config() ? "yes" : "no") +
                      ";cooldown=" + (model.in_cooldown() ? "yes" : "no") +
                      ";hourly_cap=" + (model.at_hourly_cap() ? "yes" : "no") +
                      ";queued=" + std::to_string(model.sync().queued) +
                      ";online=" + (model.sync().online ? "yes" : "no") +
                      ";tls_refused=" + (model.sync().tls_refused ? "yes" : "no") +
                      ";queue_error=" + (model.sync().queue_error ? "yes" : "no") +
                      ";notice=" + (model.notice().empty() ? "no" : "yes") +
                      ";operator_message=" + (model.operator_message().empty() ? "no" : "yes") +
                      ";enrolling=" + (model.enrolling() ? "yes" : "no") +
                      ";still_there=" + (model.asking_still_there() ? "yes" : "no") +
                      ";pin_locked=" + (model.pin_locked_for() ? "yes" : "no") +
                      ";ready_in=" + std::to_string(model.survey_ready_in().value_or(0)) +
                      ";fix_ready_in=" + std::to_string(model.remediation_ready_in().value_or(0)) +
                      ";corner=" + std::to_string(model.corner_taps()) + ";pin=" + model.sync().pin_short +
                      ";news=" + std::to_string(model.news_count()) +
                      ";values_turn=" + (model.values_turn() ? "now" : model.values_have_turn() ? "later" : "no");
  if (const auto news = model.attract_news(); news && model.current_screen() == sk::screen::attract) {
    state += ";news_at=" + std::to_string(model.news_position()) + ";news_kind=" + std::to_string(news->kind);
  }
  if (const auto news = model.thanks_news(); news && model.current_screen() == sk::screen::thank_you) {
    state += ";thanks_news=" + std::to_string(news->kind);
  }
  // The keyboard's field and page, and how much is typed (never what: a code is a secret).
  if (inputs.editing != keyboard_field::none) {
    state += ";keyboard=" + keyboard_key_of(inputs) + ";typed=" + std::to_string(inputs.entry.text().size());
  }
  if (model.current_screen() == sk::screen::question) {
    state += ";question=" + std::to_string(model.question_position() + 1) + "/" + std::to_string(model.question_count()) +
             ";key=" + model.current_question().key();
  }
  return state;
}


}  // namespace

int run_kiosk_app(const kiosk_app_options& options, device_settings settings) {
  start_signal_thread();
  sk::offline_queue queue(settings.queue_path());
  sk::config_cache cache(options.data_dir);
  sk::sync_options sync;
  if (options.config_refresh) sync.config_refresh = *options.config_refresh;
  sk::sync_worker worker(queue, cache, settings, sync);
  if (!options.server.empty()) {
    std::string error;
    if (!worker.set_server(options.server, error)) {
      std::cerr << "storepulse-kiosk: --server: " << error << "\n";
      return 2;
    }
  }
  std::atomic<bool> enroll_done{false};
  sk::worker_services services(queue, worker, [&enroll_done] {
    enroll_done = true;
    window_backend::wake();
  });
  sk::steady_clock_source clock;
  sk::model_options model_options;
  model_options.operator_pin = settings.operator_pin;
  model_options.rotation_start = std::random_device{}() % 64;
  sk::kiosk_model model(services, clock, model_options);
  model.set_config(worker.config());
  model.set_sync(mark_from(worker));

  window_backend backend(options.window);
  const float dpi = options.dpi ? *options.dpi : backend.monitor_dpi();
  const ImVec2 window_size = backend.size();
  const theme look = load_theme(dpi, window_size);

  std::atomic<bool> sync_changed{false};
  worker.on_change([&sync_changed] {
    sync_changed = true;
    window_backend::wake();
  });
  worker.start();
  std::thread enroller;
  if (!options.enroll_code.empty() && worker.settings().device_token.empty()) {
    enroller = std::thread([&worker, code = options.enroll_code, discard = options.discard_queue] {
      const auto result = worker.enroll(code, discard);
      if (result.ok) {
        std::cerr << "storepulse-kiosk: enrolled\n";
      } else {
        std::cerr << "storepulse-kiosk: enrollment failed: " << result.message << "\n";
      }
    });
  }

  const std::string& screenshot = options.screenshot;
  const std::string& screenshot_dir = options.screenshot_dir;
  const std::string& layout_file = options.layout_file;
  if (!screenshot_dir.empty()) std::filesystem::create_directories(screenshot_dir);

  layout_recorder layout;
  operator_inputs inputs;
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
      if (auto result = services.take_enroll_result()) {
        model.enrollment_finished(*result);
      }
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
    const std::string key = screen_key(model, inputs);
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

    inputs.edit_keys = window_backend::take_edit_keys();
    backend.begin_frame();
    ui_context context{model, look, layout, inputs, intents, nullptr, backend.size(), STOREPULSE_VERSION};
    draw_kiosk(context);
    backend.end_frame(look.colours.background, png);
    ++frames_drawn;
    if (first_frame) {
      first_frame = false;
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - options.started);
      std::cerr << "storepulse-kiosk: first frame after " << ms.count() << " ms (dpi " << dpi << ", touch target "
                << static_cast<int>(look.touch) << " px)\n";
    }
    if (!layout_file.empty()) {
      layout.write_if_changed(layout_file, std::string(sk::screen_name(model.current_screen())), layout_state(model, inputs));
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

}  // namespace storepulse::kiosk::ui
