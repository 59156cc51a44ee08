// Any bytes as an HTTP request: parsed with the server's limits and, when it parses, routed
// through every route (kiosk API, sign-in, reports, dashboard, operations) with real services on
// a real SQLite file. Every request must get exactly one answer, within seconds.
#include "server/admin/survey_import.h"
#include "server/app/ops_routes.h"
#include "server/app/services.h"
#include "server/auth/auth_routes.h"
#include "server/auth/random_token.h"
#include "server/auth/session_store.h"
#include "server/dashboard/dashboard_routes.h"
#include "server/http/client_address.h"
#include "server/http/metrics.h"
#include "server/http/router.h"
#include "server/http/session_options.h"
#include "server/ingest/writer.h"
#include "server/kiosk_api/kiosk_routes.h"
#include "server/plans/plan_routes.h"
#include "server/reports/report_routes.h"
#include "server/storage/migrator.h"
#include "server/storage/reader_pool.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/parser.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <future>

using namespace storepulse;

namespace {

std::string prepared_database() {
  auto path = (std::filesystem::temp_directory_path() / ("storepulse-fuzz-" + auth::random_token(6) + ".db")).string();
  storage::database db(path);
  storage::migrate(db);
  v1::QuestionBank bank;
  std::string error;
  if (!admin::parse_text_file(STOREPULSE_SOURCE_DIR "/schema/question_bank.textproto", bank, error)) std::abort();
  admin::store_question_bank(db, bank);
  db.exec("INSERT INTO locations(code, name, region, timezone, headcount, remediation_limit_minor, currency)"
          " VALUES ('F01', 'Fuzz store', 'North', 'Europe/Paris', 20, 5000, 'EUR')");
  // The seed corpus uploads with this token.
  db.prepare("INSERT INTO kiosks(location_id, token_hash, enrolled_on) VALUES (1, ?, '2026-01-01')")
      .bind_blob(1, auth::sha256("fuzz-kiosk-token"))
      .run();
  return path;
}

// The server's parts without sockets, made once for the whole run.
struct server_parts {
  app::server_config config;
  std::shared_ptr<http::metrics> metrics = std::make_shared<http::metrics>();
  storage::reader_pool readers;
  ingest::writer writer;
  auth::session_store sessions;
  storage::reader_pool sign_ins;
  http::trusted_proxies proxies;
  app::services services;
  http::router router;
  http::connection_state connections;

  explicit server_parts(const std::string& path)
      : config(with_path(path)),
        readers(path, 2),
        writer(path),
        sessions(config.session_idle, config.session_absolute),
        sign_ins(path, 1, 8, "sp-sign-in"),
        services{config, *metrics, readers, writer, sessions, sign_ins, proxies},
        router(metrics) {
    app::add_ops_routes(router, services, connections);
    kiosk_api::add_kiosk_routes(router, services);
    auth::add_auth_routes(router, services);
    auto engine = reports::make_report_engine(services);
    reports::add_report_routes(router, services, engine);
    plans::add_plan_routes(router, services, engine);
    dashboard::add_dashboard_routes(router, services);
  }

  static app::server_config with_path(const std::string& path) {
    app::server_config c;
    c.database_path = path;
    c.web_root = STOREPULSE_SOURCE_DIR "/server/web";
    c.metrics_token = "fuzz-metrics-token";
    return c;
  }
};

server_parts& parts() {
  static server_parts* made = new server_parts(prepared_database());  // lives for the whole run
  return *made;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto& server = parts();
  namespace beast_http = boost::beast::http;
  beast_http::request_parser<beast_http::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(server.config.header_limit));
  parser.body_limit(server.config.body_limit);
  parser.eager(true);
  boost::beast::error_code ec;
  std::size_t used = 0;
  while (used < size && !parser.is_done() && !ec)
    used += parser.put(boost::asio::buffer(data + used, size - used), ec);
  if (!parser.is_done() && !ec) parser.put_eof(ec);
  if (ec || !parser.is_done()) return 0;

  auto answered = std::make_shared<std::promise<http::response>>();
  auto future = answered->get_future();
  server.router.handle(parser.release(), [answered](http::answer&& a) { answered->set_value(std::move(a.res)); });
  if (future.wait_for(std::chrono::seconds(10)) != std::future_status::ready) std::abort();  // a request left unanswered
  auto res = future.get();
  if (res.result_int() < 100 || res.result_int() > 599) std::abort();
  return 0;
}
