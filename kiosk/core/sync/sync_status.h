#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace storepulse::kiosk {

// What the sync worker knows, for the status mark and the operator panel.
struct sync_status {
  bool online = false;             // the last call, or health check, reached the server
  bool needs_enrollment = false;   // no token, or the server refused it (401)
  bool protocol_mismatch = false;  // the server speaks another protocol version (426)
  bool tls_refused = false;        // the server failed the TLS checks (certificate, pin): nothing sent
  bool queue_error = false;        // the queue file cannot be read or written; message says why
  std::size_t queued = 0;          // answers waiting to be sent
  std::size_t held = 0;            // answers the server refused for now, sent again after the next configuration
  std::size_t refused = 0;         // answers refused for good since enrollment, reported and deleted
  std::optional<std::int64_t> last_sync_unix;  // last successful exchange with the server
  // The hour (unix seconds, a whole hour) of the first call that missed the server since it was
  // last reached; unset while online. Never finer: a minute would date the last session.
  std::optional<std::int64_t> offline_since_unix;
  std::string message;             // for the operator, empty when all is well

  bool operator==(const sync_status&) const = default;
};

}  // namespace storepulse::kiosk
