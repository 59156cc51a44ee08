#include "tests/support/sync_kiosk.h"

#include "tests/support/http_client.h"

#include <stdexcept>

namespace storepulse::testing {

using namespace std::chrono_literals;

kiosk::sync_options fast_sync() {
  kiosk::sync_options options;
  options.backoff_base = 20ms;
  options.backoff_cap = 300ms;
  options.request_timeout = 5s;
  options.upload_delay_override = 0ms;
  return options;
}

namespace {

kiosk::device_settings make_settings(const std::string& data_dir, const std::string& server) {
  auto settings = kiosk::device_settings::load(data_dir);
  settings.server = server;
  return settings;
}

}  // namespace

sync_kiosk::sync_kiosk(const std::string& data_dir, const std::string& server, kiosk::sync_options options)
    : settings(make_settings(data_dir, server)), queue(settings.queue_path()), cache(data_dir),
      worker(queue, cache, settings, std::move(options)) {}

void sync_kiosk::enroll(kiosk_server_fixture& server) {
  std::string error;
  if (!worker.enroll(server.issue_codes(1).at(0), error)) throw std::runtime_error("enroll: " + error);
  worker.sync_once();
  if (!cache.config()) throw std::runtime_error("no config after enrolling: " + worker.status().message);
}

std::int64_t route_count(int port, const std::string& route, int status) {
  auto metrics = http_send(port, "GET", "/metrics", {},
                           {{"Authorization", std::string("Bearer ") + kiosk_server_fixture::metrics_token}})
                     .body;
  const std::string key = "route=\"" + route + "\",status=\"" + std::to_string(status) + "\"} ";
  auto at = metrics.find(key);
  return at == std::string::npos ? 0 : std::stoll(metrics.substr(at + key.size()));
}

}  // namespace storepulse::testing
