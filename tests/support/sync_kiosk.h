#pragma once

#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/sync/sync_worker.h"
#include "tests/support/eventually.h"
#include "tests/support/kiosk_server_fixture.h"

#include <cstdint>
#include <string>

namespace storepulse::testing {

// Returns sync options with short retries and no upload delay.
kiosk::sync_options fast_sync();

// A kiosk core as the app builds it: settings, queue and config cache in a data folder, one worker.
struct sync_kiosk {
  kiosk::device_settings settings;
  kiosk::offline_queue queue;
  kiosk::config_cache cache;
  kiosk::sync_worker worker;

  sync_kiosk(const std::string& data_dir, const std::string& server, kiosk::sync_options options = fast_sync());

  // Enrolls with a fresh code and fetches the config once (on the calling thread).
  void enroll(kiosk_server_fixture& server);
};

// Returns the server's count of answers to a route with a status, from /metrics (0 when none).
std::int64_t route_count(int port, const std::string& route, int status);

}  // namespace storepulse::testing
