#pragma once

#include "server/app/server_config.h"

namespace storepulse::http {
class metrics;
class trusted_proxies;
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
  // Password hashing (Argon2id, 64 MiB each) on threads of its own with a short queue, so that
  // sign-ins never wait in front of reports and kiosks, and a flood of them is refused.
  storage::reader_pool& sign_ins;
  // Whose X-Forwarded-For names the client (http::client_address).
  const http::trusted_proxies& proxies;
};

}  // namespace storepulse::app
