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

int run_load(const std::vector<std::string>& args) {
  std::string server, data, acked_path;
  int duration = 10, batch_size = 10;
  sk::tls_flags tls;
  po::options_description o("Options");
  o.add_options()("data", po::value(&data)->required(), "an enrolled kiosk's data folder")
      ("server", po::value(&server), "server address (default: the saved one)")
      ("duration", po::value(&duration)->default_value(10), "seconds to run")
      ("batch", po::value(&batch_size)->default_value(10), "submissions per batch")
      ("acked", po::value(&acked_path)->required(), "file that receives each acknowledged client id (hex), "
                                                    "written before the next batch is sent");
  sk::add_tls_options(o, tls);
  int rc = 0;
  if (!parse("load", "upload batches continuously; a refused or failed batch is resent until acknowledged",
             o, args, rc))
    return rc;
  kiosk k(data, simulator_sync_options());
  if (!use_server(k, server, tls) || !ensure_config(k)) return 1;
  auto settings = k.worker.settings();
  sk::kiosk_client client(*sk::server_address::parse(settings.server), 5s, sk::trust_of(settings));
  client.set_token(settings.device_token);
  sk::session_generator generator(*k.cache.config(), std::random_device{}());
  std::ofstream acked(acked_path, std::ios::app);
  sk::backoff retry(50ms, 2s);
  auto end = std::chrono::steady_clock::now() + std::chrono::seconds(duration);
  std::size_t batches = 0, items = 0, failures = 0;
  v1::SubmissionBatch batch;
  while (std::chrono::steady_clock::now() < end) {
    if (batch.submissions_size() == 0) {
      batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
      for (int i = 0; i < batch_size; ++i) {
        auto date = sk::local_date_days_ago(generator.between(0, 6), generator.config().timezone());
        *batch.add_submissions() = generator.survey({}, date, 0);
      }
    }
    auto result = client.upload(batch);
    if (result.http_status != 200) {
      ++failures;
      std::this_thread::sleep_for(retry.next());
      continue;
    }
    retry.reset();
    for (const auto& item : result.ack.results()) {
      if (item.status() == v1::ITEM_STATUS_ACCEPTED) {
        acked << sk::to_hex(item.client_id()) << "\n";
        ++items;
      }
    }
    acked.flush();
    ++batches;
    batch.Clear();
  }
  std::cout << "batches " << batches << ", acknowledged submissions " << items << ", failed attempts " << failures
            << std::endl;
  return 0;
}

}  // namespace storepulse::simulator
