#include "kiosk/simulator/simulated_kiosk.h"

#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/simulation/session_generator.h"
#include "kiosk/core/sync/backoff.h"
#include "kiosk/core/sync/kiosk_client.h"
#include "kiosk/core/sync/server_address.h"
#include "kiosk/core/sync/sync_worker.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

namespace storepulse::simulator {

using namespace std::chrono_literals;

bool parse(const std::string& name, const std::string& summary, po::options_description& options,
           const std::vector<std::string>& args, int& rc) {
  options.add_options()("help,h", "show this help");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(options).run(), vm);
    if (vm.count("help")) {
      std::cout << "storepulse-simulator " << name << ": " << summary << "\n\n" << options << "\n";
      rc = 0;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "storepulse-simulator " << name << ": " << e.what() << " (see --help)\n";
    rc = 2;
    return false;
  }
  return true;
}

sk::sync_options simulator_sync_options() {
  sk::sync_options options;
  options.backoff_base = 200ms;
  options.backoff_cap = 5s;
  options.request_timeout = 10s;
  // Scripted runs and load tests upload at once; they stand for no one's session.
  options.upload_delay_override = 0ms;
  return options;
}

bool use_server(kiosk& k, const std::string& server, const sk::tls_flags& tls) {
  std::string error;
  if (!sk::apply_tls_flags(k.settings, tls, error)) {
    std::cerr << error << "\n";
    return false;
  }
  if (tls.ca_file || tls.pin || tls.allow_plain_http) {
    k.settings.save();
  }
  if (server.empty()) {
    return true;
  }
  if (!k.worker.set_server(server, error)) {
    std::cerr << error << "\n";
    return false;
  }
  return true;
}

// Runs the worker thread until the queue is empty; false on timeout or when an operator is needed.
bool drain(kiosk& k, std::chrono::seconds timeout, bool quiet) {
  k.worker.start();
  auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string last_message;
  bool drained = false;
  while (std::chrono::steady_clock::now() < deadline) {
    auto status = k.worker.status();
    if (!quiet && status.message != last_message && !status.message.empty()) {
      std::cerr << "sync: " << status.message << "\n";
    }
    last_message = status.message;
    if (status.needs_enrollment || status.protocol_mismatch) {
      break;
    }
    try {
      if (k.queue.size() == 0) {
        drained = k.queue.held_count() == 0;  // held items go again only after the next configuration
        break;
      }
    } catch (const std::exception&) {
      // The worker's status says why the queue cannot be read; it keeps trying.
    }
    std::this_thread::sleep_for(50ms);
  }
  k.worker.stop();
  return drained;
}

void print_outcome(kiosk& k, bool drained) {
  k.worker.refresh_status();
  const auto status = k.worker.status();
  std::cout << (drained ? "delivered" : "not delivered") << "; queued " << status.queued << ", held " << status.held
            << ", refused " << status.refused << std::endl;
}

// Fetches the config once when there is none cached yet.
bool ensure_config(kiosk& k) {
  if (!k.cache.config()) {
    k.worker.sync_once();
  }
  if (!k.cache.config()) {
    std::cerr << "no configuration: " << k.worker.status().message << "\n";
    return false;
  }
  return true;
}

int print_status(kiosk& k) {
  auto config = k.cache.config();
  std::cout << "server: " << k.settings.server << "\n"
            << "server key pin: " << (k.settings.server_key_pin.empty() ? "none" : k.settings.server_key_pin) << "\n"
            << "CA file: " << (k.settings.ca_file.empty() ? "none (the system's trust store)" : k.settings.ca_file)
            << "\n"
            << "enrolled: " << (k.settings.device_token.empty() ? "no" : "yes") << "\n"
            << "store: " << k.settings.location_code << " " << k.settings.location_name << "\n"
            << "queued: " << k.queue.size() << "\n"
            << "held: " << k.queue.held_count() << "\n"
            << "config version: " << (config ? std::to_string(config->config_version()) : "none") << "\n";
  for (const auto& item : k.queue.held_items()) {
    std::cout << "  held " << sk::to_hex(item.client_id) << ": " << item.reason << "\n";
  }
  for (const auto& [reason, count] : k.queue.refusals()) {
    std::cout << "refused for good, " << reason << ": " << count << "\n";
  }
  return 0;
}

}  // namespace storepulse::simulator
