#include "server/app/server.h"

#include "server/app/certificate_pin.h"
#include "server/app/ops_routes.h"
#include "server/app/services.h"
#include "server/app/tls_reloader.h"
#include "server/auth/auth_routes.h"
#include "server/auth/credentials_check.h"
#include "server/auth/session_cookie.h"
#include "server/auth/session_store.h"
#include "calendar/calendar.h"
#include "calendar/clock.h"
#include "server/dashboard/dashboard_routes.h"
#include "server/http/client_address.h"
#include "server/http/listener.h"
#include "server/http/metrics.h"
#include "server/http/router.h"
#include "server/ingest/retention.h"
#include "server/ingest/writer.h"
#include "server/kiosk_api/kiosk_routes.h"
#include "server/maturity/round_routes.h"
#include "server/plans/plan_routes.h"
#include "server/publication/publisher.h"
#include "server/reports/report_engine.h"
#include "server/reports/report_routes.h"
#include "server/staff_posts/staff_post_routes.h"
#include "server/storage/migrator.h"
#include "server/storage/reader_pool.h"

#include <pthread.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

namespace storepulse::app {

namespace net = boost::asio;

namespace {

publication::publication_settings publication_settings_of(const server_config& config) {
  return {config.min_group_size, std::chrono::duration_cast<std::chrono::seconds>(config.publish_grace).count()};
}

// Migrates the database and records the publication settings, which the admin tool's runs read.
int prepare_database(const server_config& config) {
  storage::database db(config.database_path);
  int version = storage::migrate(db);
  storage::transaction tx(db);
  publication::save_settings(db, publication_settings_of(config));
  tx.commit();
  return version;
}

// Returns the reloader of the configured certificate, or null for plain HTTP.
std::unique_ptr<tls_reloader> make_tls(const server_config& config) {
  if (config.tls_certificate.empty()) return nullptr;
  return std::make_unique<tls_reloader>(config.tls_certificate, config.tls_private_key);
}

// Returns the key pin kiosks check, for the log, or why it cannot be read.
std::string pin_for_log(const std::string& certificate_file) {
  try {
    return certificate_pin(certificate_file);
  } catch (const std::exception& e) {
    return std::string("unknown (") + e.what() + ")";
  }
}

}  // namespace

struct server::parts {
  explicit parts(server_config c)
      : config(std::move(c)),
        schema(prepare_database(config)),
        metrics(std::make_shared<http::metrics>()),
        writer(config.database_path, config.writer_queue_limit, config.writer_group_limit,
               ingest::scaled_wal_limits(config.wal_checkpoint_pages)),
        readers(config.database_path, config.reader_threads, config.reader_queue),
        sessions(config.session_idle, config.session_absolute, auth::session_cookie_name(config)),
        sign_ins(config.database_path, config.sign_in_threads, config.sign_in_queue, "sp-sign-in"),
        proxies(config.trusted_proxies),
        services_{config, *metrics, readers, writer, sessions, sign_ins, proxies},
        router(metrics),
        metrics_router(metrics),
        ioc(static_cast<int>(config.network_threads)) {
    options.body_limit = config.body_limit;
    options.header_limit = config.header_limit;
    options.read_timeout = config.read_timeout;
    options.write_timeout = config.write_timeout;
    options.idle_timeout = config.idle_timeout;
    options.max_connections = config.max_connections;
    writer.deliver_with([this](std::function<void()> answers) { net::post(ioc, std::move(answers)); });
    writer.on_commit([m = metrics](std::size_t size) {
      m->observe("storepulse_commit_group_size", static_cast<double>(size));
    });
    add_ops_routes(router, services_, connections);
    kiosk_api::add_kiosk_routes(router, services_);
    auth::add_auth_routes(router, services_);
    reports_engine = reports::make_report_engine(services_);
    reports::add_report_routes(router, services_, reports_engine);
    plans::add_plan_routes(router, services_, reports_engine);
    staff_posts::add_staff_post_routes(router, services_);
    maturity::add_maturity_routes(router, services_);
    dashboard::add_dashboard_routes(router, services_);
    // Browsers that reached the dashboard over HTTPS once never try plain HTTP for a year.
    if (config.served_over_https()) router.add_header_to_answers("Strict-Transport-Security", "max-age=31536000");
    auto address = net::ip::make_address(config.address);
    tls = make_tls(config);
    http::tls_source tls_source;
    if (tls) tls_source = [reloader = tls.get()] { return reloader->current(); };
    listener = std::make_shared<http::listener>(ioc, net::ip::tcp::endpoint{address, config.port}, router, options,
                                                connections, std::move(tls_source));
    if (config.metrics_port != 0) {
      add_metrics_listener_routes(metrics_router, services_, metrics_connections);
      metrics_listener = std::make_shared<http::listener>(
          ioc, net::ip::tcp::endpoint{net::ip::make_address(config.metrics_address), config.metrics_port},
          metrics_router, options, metrics_connections);
    }
  }

  server_config config;
  int schema;
  std::shared_ptr<http::metrics> metrics;
  ingest::writer writer;
  storage::reader_pool readers;
  auth::session_store sessions;
  storage::reader_pool sign_ins;
  http::trusted_proxies proxies;
  services services_;
  http::router router;
  http::router metrics_router;
  http::session_options options;
  http::connection_state connections;
  http::connection_state metrics_connections;
  net::io_context ioc;
  std::unique_ptr<tls_reloader> tls;
  std::shared_ptr<http::listener> listener;
  std::shared_ptr<http::listener> metrics_listener;  // only with --metrics-port
  net::steady_timer retention_timer{ioc};
  net::steady_timer publication_timer{ioc};
  std::shared_ptr<reports::report_engine> reports_engine;
  net::steady_timer credentials_timer{ioc};
  std::atomic<bool> credentials_check_queued{false};
  net::steady_timer report_watch_timer{ioc};
  std::atomic<bool> report_watch_queued{false};

  // Publishes closed weeks and settles late answers now and every publish_interval, through the
  // writer. Runs that publish nothing change nothing a report reads.
  void schedule_publication() {
    auto run = std::make_shared<publication::publication_run>();
    auto settings = publication_settings_of(config);
    writer.post(
        [run, settings](storage::database& db, ingest::rollup_accumulator&) {
          *run = publication::publish(db, calendar::now_unix(), settings);
        },
        [run, m = metrics, engine = reports_engine](std::exception_ptr error) {
          if (error) {
            m->add("storepulse_publication_failures_total");
            return;
          }
          // The new figures are made now, before anyone asks for them.
          if (run->changed) engine->prepare_in_background();
          m->add("storepulse_publication_runs_total");
          m->add("storepulse_blocks_published_total", static_cast<std::uint64_t>(run->blocks_published));
          m->add("storepulse_late_releases_total", static_cast<std::uint64_t>(run->releases));
          if (run->stores_closed > 0 || run->blocks_published > 0 || run->releases > 0)
            std::fprintf(stderr, "storepulse: publication: %d stores closed weeks, %d blocks published, %d late groups released\n",
                         run->stores_closed, run->blocks_published, run->releases);
        });
    publication_timer.expires_after(config.publish_interval);
    publication_timer.async_wait([this](boost::system::error_code ec) {
      if (!ec && !connections.stopping) schedule_publication();
    });
  }

  // Reads the certificate files again on each SIGHUP; the old context stays when they fail.
  void watch_reload_signal(net::signal_set& signals) {
    signals.async_wait([this, &signals](boost::system::error_code ec, int) {
      if (ec) return;
      std::string error;
      if (!tls) {
        std::fprintf(stderr, "storepulse: SIGHUP: no TLS certificate configured, nothing to reload\n");
      } else if (tls->reload(error)) {
        std::fprintf(stderr, "storepulse: SIGHUP: TLS certificate reloaded from %s (key pin %s); new connections use it\n",
                     tls->certificate_file().c_str(), pin_for_log(tls->certificate_file()).c_str());
      } else {
        std::fprintf(stderr, "storepulse: SIGHUP: TLS certificate not reloaded, the previous one stays: %s\n",
                     error.c_str());
      }
      watch_reload_signal(signals);
    });
  }

  // Ends the sessions of accounts changed from the admin tool (see auth::end_changed_sessions)
  // every 250 ms while anyone is signed in, on a reader, one check at a time.
  void schedule_credentials_check() {
    if (sessions.size() > 0 && !credentials_check_queued.exchange(true)) {
      bool queued = readers.post([this](storage::database& db) {
        try {
          auth::end_changed_sessions(db, sessions);
        } catch (const std::exception& e) {
          std::fprintf(stderr, "storepulse: checking accounts for changes failed: %s\n", e.what());
        }
        credentials_check_queued = false;
      });
      if (!queued) credentials_check_queued = false;
    }
    credentials_timer.expires_after(std::chrono::milliseconds(250));
    credentials_timer.async_wait([this](boost::system::error_code ec) {
      if (!ec && !connections.stopping) schedule_credentials_check();
    });
  }

  // Makes new report figures within two seconds of a publication by another process (such as
  // storepulse-admin publish) on a reader, one check at a time; the server's own publication runs
  // start them at once.
  void schedule_report_watch() {
    if (!report_watch_queued.exchange(true)) {
      bool queued = readers.post([this](storage::database& db) {
        try {
          reports_engine->prepare_if_changed(db);
        } catch (const std::exception& e) {
          std::fprintf(stderr, "storepulse: preparing reports failed: %s\n", e.what());
        }
        report_watch_queued = false;
      });
      if (!queued) report_watch_queued = false;
    }
    report_watch_timer.expires_after(std::chrono::seconds(2));
    report_watch_timer.async_wait([this](boost::system::error_code ec) {
      if (!ec && !connections.stopping) schedule_report_watch();
    });
  }

  // Deletes raw rows past the retention now and every six hours, through the writer.
  void schedule_retention() {
    int cutoff = calendar::today_utc() - config.retention_days;
    auto purged = std::make_shared<int>(0);
    writer.post([cutoff, purged](storage::database& db, ingest::rollup_accumulator&) { *purged = ingest::purge_before(db, cutoff); },
                [purged, m = metrics](std::exception_ptr error) {
                  if (!error) m->add("storepulse_rows_purged_total", static_cast<std::uint64_t>(*purged));
                });
    retention_timer.expires_after(std::chrono::hours(6));
    retention_timer.async_wait([this](boost::system::error_code ec) {
      if (!ec && !connections.stopping) schedule_retention();
    });
  }
};

server::server(server_config config) : parts_(std::make_unique<parts>(std::move(config))) {}

server::~server() = default;

unsigned short server::port() const { return parts_->listener->port(); }

int server::run() {
  auto& p = *parts_;
  net::signal_set signals(p.ioc, SIGINT, SIGTERM);
  net::signal_set reload_signals(p.ioc, SIGHUP);
  p.watch_reload_signal(reload_signals);
  std::thread stopper;
  signals.async_wait([&](boost::system::error_code ec, int signal) {
    if (ec) return;
    std::fprintf(stderr, "storepulse: signal %d, shutting down\n", signal);
    // Open connections stay for the grace: a request that has begun, or begins on a keep-alive
    // connection, is answered 503 instead of meeting a closed socket.
    const auto grace_end = std::chrono::steady_clock::now() + p.config.shutdown_grace;
    p.connections.stop(grace_end);
    p.metrics_connections.stop(grace_end);
    reload_signals.cancel();
    p.listener->stop();
    if (p.metrics_listener) p.metrics_listener->stop();
    p.retention_timer.cancel();
    p.publication_timer.cancel();
    p.credentials_timer.cancel();
    // Draining the writer blocks, so it runs off the network threads, which must keep
    // delivering the answers of the last commits.
    stopper = std::thread([&p, grace_end] {
      // Readers first, so that none holds a snapshot while the writer checkpoints.
      p.readers.stop();
      p.sign_ins.stop();
      p.writer.stop();
      // Every answer is on its way now. A closing connection reads what its client still sends
      // for up to 2 s, so that unread bytes do not reset the answer.
      const auto give_up = std::max(grace_end, std::chrono::steady_clock::now()) + std::chrono::seconds(3);
      while ((p.connections.open.load() > 0 || p.metrics_connections.open.load() > 0) &&
             std::chrono::steady_clock::now() < give_up)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      p.ioc.stop();
    });
  });

  p.listener->run();
  if (p.metrics_listener) {
    p.metrics_listener->run();
    std::fprintf(stderr, "storepulse: metrics on http://%s:%u/metrics\n", p.config.metrics_address.c_str(),
                 static_cast<unsigned>(p.metrics_listener->port()));
  }
  p.schedule_retention();
  p.schedule_publication();
  p.schedule_credentials_check();
  p.schedule_report_watch();
  std::fprintf(stderr, "storepulse: listening on %s://%s:%u (database %s, schema version %d)\n",
               p.tls ? "https" : "http", p.config.address.c_str(), static_cast<unsigned>(port()), p.config.database_path.c_str(), p.schema);
  if (p.tls) {
    std::fprintf(stderr, "storepulse: TLS certificate %s, key pin %s (SIGHUP reloads it)\n",
                 p.tls->certificate_file().c_str(), pin_for_log(p.tls->certificate_file()).c_str());
  }
  std::vector<std::thread> threads;
  for (unsigned i = 1; i < p.config.network_threads; ++i) {
    threads.emplace_back([&p] {
      ::pthread_setname_np(::pthread_self(), "sp-network");
      p.ioc.run();
    });
  }
  p.ioc.run();
  for (auto& t : threads) t.join();
  if (stopper.joinable()) stopper.join();
  p.readers.stop();
  p.sign_ins.stop();
  std::fprintf(stderr, "storepulse: stopped cleanly\n");
  return 0;
}

}  // namespace storepulse::app
