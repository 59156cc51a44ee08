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

int run_enroll(const std::vector<std::string>& args) {
  std::string server, code, data, label = "simulator";
  bool discard_queue = false;
  sk::tls_flags tls;
  po::options_description o("Options");
  o.add_options()("server", po::value(&server)->required(), "server address, e.g. https://127.0.0.1:8443")
      ("code", po::value(&code)->required(), "one-time enrollment code (storepulse-admin issue-codes); "
                                             "CODE#sha256/PIN also pins the server's key")
      ("data", po::value(&data)->required(), "the kiosk's data folder")
      ("label", po::value(&label), "device label shown to operators")
      ("discard-queue", po::bool_switch(&discard_queue),
       "when the code is another store's, discard the answers waiting here instead of sending them to "
       "their own store first");
  sk::add_tls_options(o, tls);
  int rc = 0;
  if (!parse("enroll", "enroll a kiosk and fetch its configuration", o, args, rc)) return rc;
  kiosk k(data, simulator_sync_options());
  if (!use_server(k, server, tls)) return 2;
  k.settings.device_label = label;
  const auto result = k.worker.enroll(code, discard_queue);
  if (!result.ok) {
    std::cerr << "enroll: " << result.message << "\n";
    return 1;
  }
  std::cout << "enrolled at " << k.worker.settings().location_code << " " << k.worker.settings().location_name
            << "\n";
  if (result.delivered) std::cout << "sent first to the previous store: " << result.delivered << " answers\n";
  if (result.discarded) std::cout << "discarded from the previous store: " << result.discarded << " answers\n";
  return ensure_config(k) ? 0 : 1;
}

int run_submit(const std::vector<std::string>& args) {
  std::string server, data, date;
  int count = 1, remediations = 0, timeout = 60;
  bool no_sync = false;
  sk::tls_flags tls;
  po::options_description o("Options");
  o.add_options()("data", po::value(&data)->required(), "the kiosk's data folder (enrolled)")
      ("server", po::value(&server), "server address (default: the saved one)")
      ("count", po::value(&count)->default_value(1), "survey sessions to queue")
      ("remediations", po::value(&remediations)->default_value(0), "remediation events to queue")
      ("date", po::value(&date), "local date YYYY-MM-DD (default: today)")
      ("no-sync", po::bool_switch(&no_sync), "only queue; do not upload")
      ("timeout", po::value(&timeout)->default_value(60), "seconds to keep trying to upload");
  sk::add_tls_options(o, tls);
  int rc = 0;
  if (!parse("submit", "queue sessions like a kiosk (each durable before 'queued' is printed), then sync",
             o, args, rc))
    return rc;
  kiosk k(data, simulator_sync_options());
  if (!use_server(k, server, tls) || !ensure_config(k)) return 1;
  sk::session_generator generator(*k.cache.config(), std::random_device{}());
  if (date.empty()) date = sk::local_date_today(k.cache.config()->timezone());
  for (int i = 0; i < count; ++i) {
    auto session = generator.survey({}, date, 0);
    k.queue.push(session);
    std::cout << "queued " << sk::to_hex(session.client_id()) << std::endl;
  }
  for (int i = 0; i < remediations; ++i) {
    auto event = generator.remediation({}, date);
    k.queue.push(event);
    std::cout << "queued " << sk::to_hex(event.client_id()) << std::endl;
  }
  if (no_sync) return 0;
  bool drained = drain(k, std::chrono::seconds(timeout));
  print_outcome(k, drained);
  return drained ? 0 : 1;
}

int run_sync(const std::vector<std::string>& args) {
  std::string server, data;
  int timeout = 60;
  sk::tls_flags tls;
  po::options_description o("Options");
  o.add_options()("data", po::value(&data)->required(), "the kiosk's data folder")
      ("server", po::value(&server), "server address (default: the saved one)")
      ("timeout", po::value(&timeout)->default_value(60), "seconds to keep trying");
  sk::add_tls_options(o, tls);
  int rc = 0;
  if (!parse("sync", "upload everything waiting in the kiosk's queue", o, args, rc)) return rc;
  kiosk k(data, simulator_sync_options());
  if (!use_server(k, server, tls)) return 2;
  bool drained = drain(k, std::chrono::seconds(timeout));
  print_outcome(k, drained);
  return drained ? 0 : 1;
}

int run_status(const std::vector<std::string>& args) {
  std::string data;
  po::options_description o("Options");
  o.add_options()("data", po::value(&data)->required(), "the kiosk's data folder");
  int rc = 0;
  if (!parse("status", "show a kiosk's enrollment, queue and config", o, args, rc)) return rc;
  kiosk k(data, simulator_sync_options());
  return print_status(k);
}

}  // namespace storepulse::simulator
