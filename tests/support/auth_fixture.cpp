#include "tests/support/auth_fixture.h"

#include "server/auth/auth_routes.h"
#include "server/auth/password.h"
#include "server/auth/random_token.h"
#include "server/auth/session_cookie.h"
#include "server/auth/user_store.h"
#include "server/dashboard/dashboard_routes.h"
#include "server/kiosk_api/kiosk_sync_route.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"

#include <future>
#include <stdexcept>

namespace storepulse::test {

auth_database::auth_database()
    : dir_(std::filesystem::temp_directory_path() / ("storepulse-auth-" + auth::random_token(6))),
      path_((dir_ / "storepulse.db").string()) {
  std::filesystem::create_directories(dir_);
  storage::database db(path_);
  storage::migrate(db);
  db.exec(
      "INSERT INTO locations (code, name, region, timezone, headcount, remediation_limit_minor, currency) VALUES "
      "('N01', 'Northgate', 'North', 'Europe/London', 20, 5000, 'GBP'),"
      "('N02', 'Harbour Street', 'North', 'Europe/London', 12, 5000, 'GBP'),"
      "('S01', 'Southfields', 'South', 'Europe/London', 30, 5000, 'GBP');"
      "INSERT INTO kiosks (location_id, token_hash, label, enrolled_on, last_seen_at, queued_items) VALUES "
      "((SELECT id FROM locations WHERE code = 'N01'), x'01', 'Break room', '2026-11-01', 1790000000, 3),"
      "((SELECT id FROM locations WHERE code = 'S01'), x'02', 'Canteen', '2026-11-02', NULL, 0);");
  auth::password_cost cheap{1, 8u * 1024u * 1024u};
  auto add = [&](const std::string& name, auth::role r, std::vector<std::string> codes) {
    auth::insert_user(db, name, auth::hash_password(name + "-password-1", cheap), r, codes);
  };
  add("hr", auth::role::hr_admin, {});
  add("manager_n01", auth::role::manager, {"N01"});
  add("manager_s01", auth::role::manager, {"S01"});
  add("ops", auth::role::operator_role, {});
  add("ops2", auth::role::operator_role, {});
}

auth_database::~auth_database() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::int64_t auth_database::location_id(const std::string& code) const {
  storage::database db(path_);
  auto stmt = db.prepare("SELECT id FROM locations WHERE code = ?1");
  stmt.bind(1, code);
  if (!stmt.step()) throw std::runtime_error("no location " + code);
  return stmt.column_int64(0);
}

std::int64_t auth_database::user_id(const std::string& username) const {
  storage::database db(path_);
  auto stmt = db.prepare("SELECT id FROM users WHERE username = ?1");
  stmt.bind(1, username);
  if (!stmt.step()) throw std::runtime_error("no user " + username);
  return stmt.column_int64(0);
}

namespace {

app::server_config with_path(app::server_config config, const std::string& path) {
  config.database_path = path;
  return config;
}

}  // namespace

auth_app::auth_app(const auth_database& db, app::server_config config)
    : config_(with_path(std::move(config), db.path())),
      metrics_(std::make_shared<http::metrics>()),
      readers_(db.path(), 2),
      writer_(db.path()),
      sessions_(config_.session_idle, config_.session_absolute, auth::session_cookie_name(config_)),
      sign_ins_(db.path(), config_.sign_in_threads, config_.sign_in_queue, "sp-sign-in"),
      proxies_(config_.trusted_proxies),
      services_{config_, *metrics_, readers_, writer_, sessions_, sign_ins_, proxies_},
      router_(metrics_) {
  auth::add_auth_routes(router_, services_);
  dashboard::add_dashboard_routes(router_, services_);
  kiosk_api::add_kiosk_sync_route(router_, services_);
}

auth_app::~auth_app() {
  readers_.stop();
  sign_ins_.stop();
  writer_.stop();
}

http::response auth_app::call(http::request req) {
  auto promise = std::make_shared<std::promise<http::response>>();
  auto future = promise->get_future();
  req.prepare_payload();
  router_.handle(std::move(req), [promise](http::answer&& a) { promise->set_value(std::move(a.res)); });
  if (future.wait_for(std::chrono::seconds(30)) != std::future_status::ready)
    throw std::runtime_error("no answer within 30 s");
  return future.get();
}

http::request auth_app::make(http::verb method, const std::string& target, const std::string& body) {
  http::request req{method, target, 11};
  req.set(http::beast_http::field::host, "127.0.0.1");
  if (!body.empty()) req.set(http::beast_http::field::content_type, "application/json");
  req.body() = body;
  return req;
}

std::pair<std::string, std::string> auth_app::sign_in(const std::string& username, const std::string& password) {
  auto res = call(make(http::verb::post, "/api/v1/auth/login",
                       R"({"username":")" + username + R"(","password":")" + password + R"("})"));
  if (res.result() != http::status::ok) throw std::runtime_error("sign-in failed: " + res.body());
  std::string cookie(res[http::beast_http::field::set_cookie]);
  return {cookie.substr(0, cookie.find(';')), json_string(res.body(), "csrfToken")};
}

std::string json_string(const std::string& body, const std::string& name) {
  auto key = "\"" + name + "\"";
  auto at = body.find(key);
  if (at == std::string::npos) return {};
  at = body.find('"', body.find(':', at + key.size()) + 1);
  if (at == std::string::npos) return {};
  auto end = body.find('"', at + 1);
  return body.substr(at + 1, end - at - 1);
}

}  // namespace storepulse::test
