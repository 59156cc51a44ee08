#include "server/app/server_options.h"

#include "server/http/client_address.h"
#include "server/http/origin.h"

#include <boost/program_options.hpp>

#include <fstream>

namespace storepulse::app {

namespace po = boost::program_options;

std::optional<parsed_options> parse_server_options(int argc, const char* const* argv, std::ostream& out,
                                                   int& exit_code) {
  parsed_options parsed;
  auto& c = parsed.config;
  std::string config_file;
  unsigned read_timeout = 15, write_timeout = 15, idle_timeout = 60, session_idle = 30, session_absolute = 12;
  unsigned shutdown_grace = 2;
  unsigned report_staleness = 60, publish_grace = 48, publish_interval = 600, upload_delay = 600;

  po::options_description general("General");
  general.add_options()
      ("help,h", "print this help and exit")
      ("version", "print the version and exit")
      ("config", po::value(&config_file), "read options from this file (key = value lines; flags win)");

  po::options_description server("Server");
  server.add_options()
      ("db", po::value(&c.database_path)->default_value(c.database_path), "SQLite database file (created and migrated at start)")
      ("address", po::value(&c.address)->default_value(c.address), "address to listen on")
      ("port", po::value(&c.port)->default_value(c.port), "port to listen on (0 picks a free one)")
      ("port-file", po::value(&parsed.port_file), "write the bound port to this file once listening")
      ("threads", po::value(&c.network_threads)->default_value(c.network_threads), "network threads")
      ("reader-threads", po::value(&c.reader_threads)->default_value(c.reader_threads), "report reader threads")
      ("reader-queue", po::value(&c.reader_queue)->default_value(c.reader_queue),
       "reads (reports, kiosk configurations) waiting for a reader thread before more get 503 with Retry-After")
      ("web-root", po::value(&c.web_root)->default_value(c.web_root), "folder of the dashboard's static files")
      ("chartjs", po::value(&c.chartjs_path)->default_value(c.chartjs_path), "Chart.js file served at /assets/vendor/chart.js")
      ("tls-certificate", po::value(&c.tls_certificate), "PEM certificate chain; with --tls-private-key, serve HTTPS")
      ("tls-private-key", po::value(&c.tls_private_key), "PEM private key")
      ("public-url", po::value(&c.public_url), "the dashboard's address as browsers see it (https://host[:port] behind a TLS-terminating proxy: Secure cookies, HSTS)")
      ("trusted-proxy", po::value(&c.trusted_proxies)->composing(), "address or CIDR of a proxy whose X-Forwarded-For names the client (repeat or separate with commas)")
      ("metrics-token", po::value(&c.metrics_token), "bearer token that /metrics requires on the main address")
      ("metrics-address", po::value(&c.metrics_address)->default_value(c.metrics_address), "address of the separate metrics listener")
      ("metrics-port", po::value(&c.metrics_port)->default_value(c.metrics_port), "port of a separate listener serving /metrics without a token (0: none)");

  po::options_description limits("Limits");
  limits.add_options()
      ("body-limit", po::value(&c.body_limit)->default_value(c.body_limit), "largest request body in bytes")
      ("header-limit", po::value(&c.header_limit)->default_value(c.header_limit), "largest request header block in bytes")
      ("read-timeout", po::value(&read_timeout)->default_value(read_timeout), "seconds to read one request")
      ("write-timeout", po::value(&write_timeout)->default_value(write_timeout), "seconds to write one answer")
      ("idle-timeout", po::value(&idle_timeout)->default_value(idle_timeout), "seconds a keep-alive connection may idle")
      ("shutdown-grace", po::value(&shutdown_grace)->default_value(shutdown_grace), "seconds after SIGTERM in which requests on open connections get 503")
      ("max-connections", po::value(&c.max_connections)->default_value(c.max_connections), "open connections before new ones get 503")
      ("writer-queue", po::value(&c.writer_queue_limit)->default_value(c.writer_queue_limit), "queued writes before uploads get 503")
      ("writer-group", po::value(&c.writer_group_limit)->default_value(c.writer_group_limit), "most writes in one commit")
      ("sign-in-threads", po::value(&c.sign_in_threads)->default_value(c.sign_in_threads), "threads hashing passwords (64 MiB each)")
      ("sign-in-queue", po::value(&c.sign_in_queue)->default_value(c.sign_in_queue), "sign-ins waiting for a hashing thread before more get 503")
      ("wal-checkpoint-pages", po::value(&c.wal_checkpoint_pages)->default_value(c.wal_checkpoint_pages),
       "WAL pages (4 KiB) past which checkpoints begin; the WAL starts over from its beginning past 16 times this");

  po::options_description survey("Survey and anonymity");
  survey.add_options()
      ("max-answer-age-days", po::value(&c.max_answer_age_days)->default_value(c.max_answer_age_days), "oldest store-local date accepted")
      ("daily-cap-factor", po::value(&c.daily_cap_factor)->default_value(c.daily_cap_factor), "sessions per kiosk per day, times headcount, before quarantine")
      ("daily-cap-min", po::value(&c.daily_cap_min)->default_value(c.daily_cap_min), "the daily cap is never below this")
      ("retention-days", po::value(&c.retention_days)->default_value(c.retention_days), "raw answers older than this are deleted; rollups stay")
      ("min-group-size", po::value(&c.min_group_size)->default_value(c.min_group_size), "smallest group any figure is published for (>= 3)")
      ("publish-grace-hours", po::value(&publish_grace)->default_value(publish_grace), "hours after a week ends in the store's timezone before it is published")
      ("publish-interval", po::value(&publish_interval)->default_value(publish_interval), "seconds between looks for closed weeks and late answers")
      ("comparison-min-stores", po::value(&c.comparison_min_stores)->default_value(c.comparison_min_stores), "other stores a manager's region or organisation figure must cover")
      ("hourly-cap", po::value(&c.hourly_cap)->default_value(c.hourly_cap), "sessions a kiosk accepts per hour")
      ("kiosk-upload-delay", po::value(&upload_delay)->default_value(upload_delay), "longest random wait, in seconds, before a kiosk uploads new answers")
      ("report-max-staleness", po::value(&report_staleness)->default_value(report_staleness), "seconds after a publication that the figures made before it may still be answered while the new ones are made in the background (0: a request waits for them)")
      ("session-idle-minutes", po::value(&session_idle)->default_value(session_idle), "dashboard session idle expiry")
      ("session-absolute-hours", po::value(&session_absolute)->default_value(session_absolute), "dashboard session absolute expiry");

  po::options_description all;
  all.add(general).add(server).add(limits).add(survey);

  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, all), vm);
    if (vm.count("help")) {
      out << "storepulse-server: receives kiosk answers, stores them in SQLite and serves the dashboard.\n\n"
          << "Usage: storepulse-server [--config FILE] [options]\n" << all;
      exit_code = 0;
      return std::nullopt;
    }
    if (vm.count("version")) {
      out << "storepulse-server " << STOREPULSE_VERSION << "\n";
      exit_code = 0;
      return std::nullopt;
    }
    if (vm.count("config")) {
      std::ifstream file(vm["config"].as<std::string>());
      if (!file) throw po::error("cannot read config file " + vm["config"].as<std::string>());
      po::store(po::parse_config_file(file, all), vm);
    }
    po::notify(vm);
  } catch (const po::error& e) {
    out << "storepulse-server: " << e.what() << "\nTry --help.\n";
    exit_code = 2;
    return std::nullopt;
  }
  if (c.min_group_size < 3) {
    out << "storepulse-server: --min-group-size must be at least 3\n";
    exit_code = 2;
    return std::nullopt;
  }
  if (c.body_limit < 1024 || c.header_limit < 1024 || c.network_threads < 1 || c.reader_threads < 1 || c.reader_queue < 1 ||
      c.writer_group_limit < 1 || c.writer_queue_limit < 1 || c.sign_in_threads < 1 || c.sign_in_queue < 1 ||
      c.max_connections < 1 || read_timeout < 1 || write_timeout < 1 || idle_timeout < 1 ||
      c.max_answer_age_days < 1 || c.daily_cap_min < 1 ||
      !(c.daily_cap_factor > 0 && c.daily_cap_factor <= 100) || session_idle < 1 || session_absolute < 1 ||
      publish_interval < 1 || c.comparison_min_stores < 1 || c.hourly_cap < 1 || publish_grace > 24 * 14 ||
      upload_delay > 86400 || shutdown_grace > 600 || c.wal_checkpoint_pages < 16 || c.wal_checkpoint_pages > 262144) {
    out << "storepulse-server: a limit is out of range: body and header limits >= 1024 bytes; threads, queue,"
           " group, sign-in threads and queue, connections, timeouts, ages, caps, the publish interval and"
           " comparison stores >= 1;"
           " --daily-cap-factor in (0, 100]; --publish-grace-hours <= 336; --kiosk-upload-delay <= 86400;"
           " --shutdown-grace <= 600; --wal-checkpoint-pages from 16 to 262144\n";
    exit_code = 2;
    return std::nullopt;
  }
  if (c.retention_days <= c.max_answer_age_days) {
    out << "storepulse-server: --retention-days must exceed --max-answer-age-days, or replays of old answers"
           " could be counted again\n";
    exit_code = 2;
    return std::nullopt;
  }
  if (c.tls_certificate.empty() != c.tls_private_key.empty()) {
    out << "storepulse-server: --tls-certificate and --tls-private-key go together\n";
    exit_code = 2;
    return std::nullopt;
  }
  if (!c.public_url.empty()) {
    auto origin = http::web_origin(c.public_url);
    if (!origin) {
      out << "storepulse-server: --public-url must be http:// or https:// and a host, with no path\n";
      exit_code = 2;
      return std::nullopt;
    }
    c.public_url = *origin;
  }
  try {
    http::trusted_proxies check(c.trusted_proxies);
  } catch (const std::invalid_argument& e) {
    out << "storepulse-server: --trusted-proxy: " << e.what() << "\n";
    exit_code = 2;
    return std::nullopt;
  }
  c.read_timeout = std::chrono::seconds(read_timeout);
  c.write_timeout = std::chrono::seconds(write_timeout);
  c.idle_timeout = std::chrono::seconds(idle_timeout);
  c.shutdown_grace = std::chrono::seconds(shutdown_grace);
  c.session_idle = std::chrono::minutes(session_idle);
  c.report_max_staleness = std::chrono::seconds(report_staleness);
  c.session_absolute = std::chrono::hours(session_absolute);
  c.publish_grace = std::chrono::hours(publish_grace);
  c.publish_interval = std::chrono::seconds(publish_interval);
  c.kiosk_upload_delay_max = std::chrono::seconds(upload_delay);
  return parsed;
}

}  // namespace storepulse::app
