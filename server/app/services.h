#pragma once

#include "server/app/server_config.h"

namespace storepulse::http {
class metrics;
}
namespace storepulse::storage {
class reader_pool;
}
namespace storepulse::ingest {
class writer;
}
namespace storepulse::auth {
class session_store;
}

namespace storepulse::app {

// What route handlers may use. Reads go to readers, writes to the writer; neither on the caller's
// (network) thread.
struct services {
  const server_config& config;
  http::metrics& metrics;
  storage::reader_pool& readers;
  ingest::writer& writer;
  auth::session_store& sessions;
};

}  // namespace storepulse::app
