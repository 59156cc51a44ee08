#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

namespace storepulse::app {

// Everything the server reads from its configuration file and flags.
struct server_config {
  std::string database_path = "storepulse.db";
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  // Half the cores: the writer, the WAL syncer, the checkpointer and the report readers need the
  // rest, and on two cores one network thread answers more than two.
  unsigned network_threads = std::max(1u, std::thread::hardware_concurrency() / 2);
  unsigned reader_threads = 2;
  std::size_t reader_queue = 64;  // reads waiting for a reader thread before more get 503

  std::size_t body_limit = 64 * 1024;
  std::size_t header_limit = 8 * 1024;
  std::chrono::seconds read_timeout{15};
  std::chrono::seconds write_timeout{15};
  std::chrono::seconds idle_timeout{60};
  // After SIGTERM, requests that begin or are still arriving within this time are answered 503.
  std::chrono::seconds shutdown_grace{2};
  std::size_t max_connections = 2048;
  std::size_t writer_queue_limit = 20000;
  std::size_t writer_group_limit = 512;
  // WAL pages past which checkpoints begin; the other WAL limits keep their proportions to it.
  int wal_checkpoint_pages = 4096;

  // Oldest store-local date accepted, in days before today.
  int max_answer_age_days = 62;
  // Sessions per kiosk per day before excess ones are quarantined: max(min, headcount * factor).
  double daily_cap_factor = 1.5;
  int daily_cap_min = 10;
  // Raw rows older than this are deleted; rollups stay.
  int retention_days = 400;

  // Minimum group size for every published figure; never below 3.
  int min_group_size = 5;
  // A store's week is published this long after it ends in the store's timezone.
  std::chrono::hours publish_grace{48};
  // How often closed weeks and late answers are looked for.
  std::chrono::seconds publish_interval{600};
  // A region or organisation figure is shown to a manager only when it covers at least this many
  // stores with published figures besides the manager's own.
  int comparison_min_stores = 3;
  // Sessions a kiosk accepts in one hour (enforced by the kiosk, sent in its configuration).
  int hourly_cap = 12;
  // A kiosk waits a random time up to this before uploading new answers (sent in its configuration).
  std::chrono::seconds kiosk_upload_delay_max{600};
  // How long after a publication the figures made before it may still be answered while the new
  // ones are made on a reader thread (report_engine); 0: a request waits for the new ones.
  // Publication itself runs every publish_interval.
  std::chrono::seconds report_max_staleness{60};
  std::chrono::minutes session_idle{30};
  std::chrono::hours session_absolute{12};

  std::string web_root = STOREPULSE_SOURCE_DIR "/server/web";
  std::string chartjs_path = "/usr/share/javascript/chart.js/chart.min.js";

  std::string tls_certificate;
  std::string tls_private_key;

  // The dashboard's address as browsers see it, "https://host[:port]" behind a TLS-terminating
  // proxy; an https URL makes the session cookie Secure and __Host- and adds HSTS.
  std::string public_url;
  // Proxies (addresses or CIDRs) whose X-Forwarded-For names the client; nobody else's.
  std::vector<std::string> trusted_proxies;
  // Threads and waiting room for password hashing; a sign-in past them gets 503.
  unsigned sign_in_threads = 2;
  std::size_t sign_in_queue = 8;

  // Returns true when browsers reach the server over HTTPS: its own certificate or an https
  // public URL.
  bool served_over_https() const { return !tls_certificate.empty() || public_url.starts_with("https://"); }

  // /metrics answers on the main address only with this bearer token; a separate listener on
  // metrics_address:metrics_port (0: none) serves it without one.
  std::string metrics_token;
  std::string metrics_address = "127.0.0.1";
  unsigned short metrics_port = 0;
};

}  // namespace storepulse::app
