#include "server/reports/report_routes.h"

#include "calendar/calendar.h"
#include "server/app/reader_job.h"
#include "server/auth/request_guard.h"
#include "server/http/responses.h"
#include "server/maturity/overdue_alerts.h"
#include "server/reports/csv_export.h"
#include "server/reports/report_engine.h"
#include "server/storage/reader_pool.h"

#include <charconv>
#include <memory>

namespace storepulse::reports {
namespace {

constexpr std::string_view location_prefix = "/api/v1/reports/location/";
constexpr const char* report_failure = "The report could not be computed.";

// Returns the query, or answers 400 and returns nullopt. A paged query also reads the overview's
// sort, order, page, page_size and search.
std::optional<report_query> parse_query(const http::request& req, const http::respond_fn& respond, bool paged = false) {
  report_query query;
  auto period = parse_period(http::query_param(req, "period"));
  if (!period) {
    respond(http::make_error(req, http::status::bad_request, "invalid_period", "period is week, 4w, month or quarter."));
    return std::nullopt;
  }
  query.period = *period;
  auto at = http::query_param(req, "at");
  if (!at.empty()) {
    query.at = parse_week_text(at);
    if (!query.at) {
      respond(http::make_error(req, http::status::bad_request, "invalid_week", "at is an ISO week such as 2026-W47."));
      return std::nullopt;
    }
  }
  query.region = http::query_param(req, "region");
  auto history = http::query_param(req, "history");
  if (!history.empty()) {
    int value = 0;
    auto [end, ec] = std::from_chars(history.data(), history.data() + history.size(), value);
    if (ec != std::errc() || end != history.data() + history.size() || value < 1 || value > 24) {
      respond(http::make_error(req, http::status::bad_request, "invalid_history", "history is 1 to 24 periods."));
      return std::nullopt;
    }
    query.history = value;
  }
  if (paged) {
    auto page = parse_page_query(http::query_param(req, "sort"), http::query_param(req, "order"),
                                 http::query_param(req, "page"), http::query_param(req, "page_size"),
                                 http::query_param(req, "search"));
    if (!page.query) {
      respond(http::make_error(req, http::status::bad_request, page.error, page.message));
      return std::nullopt;
    }
    query.page = std::move(*page.query);
  }
  return query;
}

// Returns a handler for a report over a query: checks the caller may see scores, parses the
// query, then runs build(db, request, principal, query) on a reader thread.
template <typename Build>
http::router::handler query_route(app::services& services, Build build, bool paged = false) {
  return [&services, build, paged](http::request&& req, http::respond_fn respond) {
    auto who = auth::authorize(services, req, respond, auth::access::scores);
    if (!who) return;
    auto query = parse_query(req, respond, paged);
    if (!query) return;
    app::run_on_reader(
        services, std::move(req), std::move(respond),
        [build, who = *who, query = *query](storage::database& db, const http::request& r) {
          return build(db, r, who, query);
        },
        report_failure);
  };
}

// Returns a producer that makes each piece of an export on a reader thread, where report work
// runs. A stopping server ends the stream unfinished; a queue too full to take the next piece
// gets it made on the caller's thread rather than breaking off a download.
http::body_producer pieces_on_reader(app::services& services, std::shared_ptr<csv_export> csv) {
  return [&services, csv](http::piece_fn deliver) {
    auto make = [csv, deliver] {
      http::body_piece piece;
      try {
        piece.data = csv->next();
        piece.last = csv->done();
      } catch (const std::exception&) {
        piece.failed = true;
      }
      deliver(std::move(piece));
    };
    if (services.readers.post([make](storage::database&) { make(); })) return;
    if (services.readers.stopping()) return deliver({{}, false, true});
    make();
  };
}

}  // namespace

std::shared_ptr<report_engine> make_report_engine(app::services& services) {
  auto engine = std::make_shared<report_engine>(services.config.min_group_size, services.config.comparison_min_stores,
                                                services.config.report_max_staleness);
  engine->run_in_background([&readers = services.readers](storage::reader_pool::job job) {
    return readers.post(std::move(job));
  });
  return engine;
}

void add_report_routes(http::router& router, app::services& services, std::shared_ptr<report_engine> engine) {
  if (!engine) engine = make_report_engine(services);

  router.add(http::verb::get, "/api/v1/reports/overview",
             query_route(
                 services,
                 [engine](storage::database& db, const http::request& r, const auth::principal& who,
                          const report_query& query) {
                   bool binary = http::wants_protobuf(r);
                   auto body = engine->overview_page_encoded(db, who, query, binary);
                   return http::make_encoded_response(r, http::status::ok, body,
                                                      binary ? "application/x-protobuf" : "application/json");
                 },
                 true),
             "reports_overview");

  router.add(http::verb::get, "/api/v1/reports/alerts",
             query_route(services, [engine](storage::database& db, const http::request& r, const auth::principal& who,
                                            const report_query& query) {
               auto alerts = engine->alerts(db, who, query);
               // An overdue self-assessment is an alert too, whatever the period.
               for (auto& overdue : maturity::overdue_round_alerts(db, who, calendar::today_utc(), query.region))
                 *alerts.add_alerts() = std::move(overdue);
               return http::make_negotiated(r, alerts);
             }),
             "reports_alerts");

  // The export is streamed: the period's figures are taken in the reader's snapshot, and the text
  // is written from them a slice of stores at a time as the client takes it.
  router.add(http::verb::get, "/api/v1/reports/export.csv",
             query_route(services, [engine, &services](storage::database& db, const http::request& r,
                                                       const auth::principal& who, const report_query& query) {
               std::shared_ptr<csv_export> csv = engine->start_csv_export(db, who, query);
               auto res = http::make_streamed_response(r, http::status::ok, "text/csv; charset=utf-8",
                                                       pieces_on_reader(services, std::move(csv)));
               res.res.set(http::beast_http::field::content_disposition,
                           "attachment; filename=\"storepulse-report.csv\"");
               return res;
             }),
             "reports_export");

  router.add_prefix(http::verb::get, std::string(location_prefix), [&services, engine](http::request&& req, http::respond_fn respond) {
    auto who = auth::authorize(services, req, respond, auth::access::scores);
    if (!who) return;
    auto id_text = http::target_path(req).substr(location_prefix.size());
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
    if (ec != std::errc() || end != id_text.data() + id_text.size() || id_text.empty()) {
      respond(http::make_error(req, http::status::not_found, "not_found", "No such location."));
      return;
    }
    // Object-level check before any read: a manager learns nothing about other stores' ids.
    if (!who->may_see_location(id)) {
      respond(http::make_error(req, http::status::forbidden, "forbidden", "This location is outside your scope."));
      return;
    }
    auto query = parse_query(req, respond);
    if (!query) return;
    app::run_on_reader(
        services, std::move(req), std::move(respond),
        [engine, id, who = *who, query = *query](storage::database& db, const http::request& r) {
          auto report = engine->location(db, who, id, query);
          if (!report) return http::make_error(r, http::status::not_found, "not_found", "No such location.");
          return http::make_negotiated(r, *report);
        },
        report_failure);
  }, "reports_location");
}

}  // namespace storepulse::reports
