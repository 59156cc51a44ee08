#include "server/app/ops_routes.h"

#include "server/http/metrics.h"
#include "server/http/responses.h"
#include "server/ingest/writer.h"
#include "server/storage/reader_pool.h"

#include <atomic>
#include <memory>

namespace storepulse::app {

namespace {

void add_health_route(http::router& router) {
  router.add(http::verb::get, "/healthz", [](http::request&& req, http::respond_fn respond) {
    respond(http::make_response(req, http::status::ok, "ok\n", "text/plain"));
  });
}

http::response render_metrics(const http::request& req, services& services, const http::connection_state& connections) {
  auto stats = services.writer.stats();
  auto& m = services.metrics;
  m.set_gauge("storepulse_writer_queue_depth", static_cast<double>(stats.queue_depth));
  m.set_gauge("storepulse_writer_commits", static_cast<double>(stats.commits));
  m.set_gauge("storepulse_writer_jobs", static_cast<double>(stats.jobs));
  m.set_gauge("storepulse_storage_failing", stats.storage_failing ? 1 : 0);
  m.set_gauge("storepulse_writer_job_cpu_seconds", stats.job_seconds);
  m.set_gauge("storepulse_writer_rollup_cpu_seconds", stats.rollup_seconds);
  m.set_gauge("storepulse_writer_commit_cpu_seconds", stats.commit_seconds);
  m.set_gauge("storepulse_wal_syncs", static_cast<double>(stats.syncs));
  m.set_gauge("storepulse_wal_sync_seconds", stats.sync_seconds);
  m.set_gauge("storepulse_wal_checkpoints", static_cast<double>(stats.checkpoints));
  m.set_gauge("storepulse_wal_writer_checkpoints", static_cast<double>(stats.own_checkpoints));
  m.set_gauge("storepulse_wal_starts", static_cast<double>(stats.wal_starts));
  m.set_gauge("storepulse_wal_frames", static_cast<double>(stats.wal_frames));
  m.set_gauge("storepulse_reader_queue_depth", static_cast<double>(services.readers.queued()));
  m.set_gauge("storepulse_open_connections", static_cast<double>(connections.open.load()));
  return http::make_response(req, http::status::ok, m.render(), "text/plain; version=0.0.4");
}

// Posts a small write, one at a time, so that readiness comes back once the storage takes writes
// again, even when no upload comes to find out.
void probe_storage(services& services, const std::shared_ptr<std::atomic<bool>>& probing) {
  if (probing->exchange(true)) return;
  bool queued = services.writer.post(
      [](storage::database& db, ingest::rollup_accumulator&) {
        // A row added and taken away again: the page is written, and nothing is left (an update
        // to the same value would write nothing).
        db.exec("INSERT OR REPLACE INTO settings(key, value) VALUES ('storage_probe', '')");
        db.exec("DELETE FROM settings WHERE key = 'storage_probe'");
      },
      [probing](std::exception_ptr) { *probing = false; });
  if (!queued) *probing = false;
}

// Compares in time independent of where the texts differ.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

void add_metrics_listener_routes(http::router& router, services& services, const http::connection_state& connections) {
  add_health_route(router);
  router.add(http::verb::get, "/metrics", [&services, &connections](http::request&& req, http::respond_fn respond) {
    respond(render_metrics(req, services, connections));
  });
}

void add_ops_routes(http::router& router, services& services, const http::connection_state& connections) {
  add_health_route(router);
  auto probing = std::make_shared<std::atomic<bool>>(false);
  router.add(http::verb::get, "/readyz", [&services, &connections, probing](http::request&& req, http::respond_fn respond) {
    auto stats = services.writer.stats();
    auto depth = stats.queue_depth;
    if (connections.stopping) {
      auto res = http::make_response(req, http::status::service_unavailable, "stopping\n", "text/plain");
      res.set(http::beast_http::field::retry_after, "5");
      return respond(std::move(res));
    }
    if (depth * 10 >= services.config.writer_queue_limit * 9) {
      auto res = http::make_response(req, http::status::service_unavailable, "writer queue full\n", "text/plain");
      res.set(http::beast_http::field::retry_after, "1");
      return respond(std::move(res));
    }
    if (stats.storage_failing) {
      probe_storage(services, probing);
      auto res = http::make_response(req, http::status::service_unavailable, "storage failing\n", "text/plain");
      res.set(http::beast_http::field::retry_after, "5");
      return respond(std::move(res));
    }
    respond(http::make_response(req, http::status::ok, "ready\n", "text/plain"));
  });
  router.add(http::verb::get, "/metrics", [&services, &connections](http::request&& req, http::respond_fn respond) {
    const auto& token = services.config.metrics_token;
    if (token.empty())
      return respond(http::make_error(req, http::status::not_found, "not_found",
                                      "Metrics are served on the metrics listener (--metrics-port), or here with "
                                      "a scrape token (--metrics-token)."));
    if (!same_secret(http::bearer_token(req), token)) {
      auto res = http::make_error(req, http::status::unauthorized, "unauthorized", "A metrics scrape token is required.");
      res.set(http::beast_http::field::www_authenticate, "Bearer");
      return respond(std::move(res));
    }
    respond(render_metrics(req, services, connections));
  });
}

}  // namespace storepulse::app
