#include "server/auth/auth_routes.h"

#include "server/app/reader_job.h"
#include "server/auth/admin_routes.h"
#include "server/auth/json_fields.h"
#include "server/auth/login_throttle.h"
#include "server/auth/password.h"
#include "server/auth/request_guard.h"
#include "server/auth/session_cookie.h"
#include "server/auth/session_store.h"
#include "server/auth/user_routes.h"
#include "server/auth/user_store.h"
#include "server/http/client_address.h"
#include "server/http/metrics.h"
#include "server/http/responses.h"
#include "server/ingest/writer.h"
#include "server/storage/reader_pool.h"

#include <memory>

namespace storepulse::auth {
namespace {

constexpr std::size_t max_username = 64;
constexpr std::size_t max_password = 1024;

struct location_row {
  std::int64_t id;
  std::string code, name, region;
};

std::vector<location_row> load_locations(storage::database& db, const principal& who) {
  std::vector<location_row> rows;
  if (who.user_role != role::manager) return rows;
  auto stmt = db.prepare("SELECT code, name, region FROM locations WHERE id = ?1");
  for (auto id : who.location_ids) {
    stmt.reset();
    stmt.bind(1, id);
    if (stmt.step()) rows.push_back({id, stmt.column_text(0), stmt.column_text(1), stmt.column_text(2)});
  }
  return rows;
}

google::protobuf::Struct describe(const principal& who, const std::vector<location_row>& locations) {
  google::protobuf::Struct body;
  json::set(body, "username", who.username);
  json::set(body, "role", role_name(who.user_role));
  json::set(body, "csrfToken", who.csrf_token);
  json::set(body, "allLocations", who.user_role == role::hr_admin);
  json::set(body, "maySeeScores", who.may_see_scores());
  auto& list = json::add_list(body, "locations");
  for (const auto& row : locations) {
    auto& item = *list.add_values()->mutable_struct_value();
    json::set(item, "id", row.id);
    json::set(item, "code", row.code);
    json::set(item, "name", row.name);
    json::set(item, "region", row.region);
  }
  return body;
}

http::response too_many(const http::request& req, std::chrono::seconds wait) {
  auto res = http::make_error(req, http::status::too_many_requests, "throttled",
                              "Too many failed sign-ins. Try again later.");
  res.set(http::beast_http::field::retry_after, std::to_string(wait.count()));
  return res;
}

http::response busy(const http::request& req) {
  auto res = http::make_error(req, http::status::service_unavailable, "busy",
                              "Too many sign-ins at once. Try again in a moment.");
  res.set(http::beast_http::field::retry_after, "1");
  return res;
}

// Checks the password on a sign-in thread and, when it matches, starts a session. The attempt
// was reserved in the throttle; it ends here whatever happens.
void check_password(app::services& services, login_throttle& throttle, const http::request& req,
                    const http::respond_fn& respond, const std::string& user_name, const std::string& pass,
                    const std::string& address, storage::database& db) {
  auto result = login_throttle::outcome::abandoned;
  try {
    auto user = find_user(db, user_name);
    bool ok = false;
    if (user && user->active) {
      ok = verify_password(user->password_hash, pass);
    } else {
      verify_dummy_password(pass);
    }
    if (!ok) {
      result = login_throttle::outcome::failed;
      throttle.finish(user_name, address, result);
      services.metrics.add("storepulse_logins_failed_total");
      return respond(http::make_error(req, http::status::unauthorized, "invalid_credentials",
                                      "Wrong username or password."));
    }
    result = login_throttle::outcome::succeeded;
    throttle.finish(user_name, address, result);
    auto who = to_principal(*user);
    auto locations = load_locations(db, who);
    auto token = services.sessions.create(who);
    // The store fills in the CSRF token; read it back.
    auto live = services.sessions.find(token);
    if (!live) throw std::runtime_error("session vanished right after creation");
    auto res = http::make_json(req, describe(*live, locations));
    res.set(http::beast_http::field::set_cookie, session_cookie(services.config, token));
    res.set(http::beast_http::field::cache_control, "no-store");
    services.metrics.add("storepulse_logins_total");
    auto user_id = user->id;
    services.writer.post([user_id](storage::database& wdb, ingest::rollup_accumulator&) { record_login(wdb, user_id); },
                         [](std::exception_ptr) {});
    respond(std::move(res));
  } catch (const std::exception&) {
    if (result == login_throttle::outcome::abandoned) throttle.finish(user_name, address, result);
    respond(http::make_error(req, http::status::internal_server_error, "internal", "Sign-in failed."));
  }
}

void login(app::services& services, const std::shared_ptr<login_throttle>& throttle, http::request&& req,
           http::respond_fn respond) {
  if (refuse_cross_site(services, req, respond)) return;
  // A JSON content type cannot be sent cross-site without a preflight, so no other site can
  // sign a visitor in to an account of its choosing.
  auto type = req[http::beast_http::field::content_type];
  if (!std::string_view(type.data(), type.size()).starts_with("application/json")) {
    respond(http::make_error(req, http::status::unsupported_media_type, "unsupported_media_type",
                             "Send the sign-in as application/json."));
    return;
  }
  auto object = json::parse_object(req.body());
  auto username = object ? json::string_field(*object, "username") : std::nullopt;
  auto password = object ? json::string_field(*object, "password") : std::nullopt;
  if (!username || !password || username->empty() || username->size() > max_username ||
      password->size() > max_password) {
    respond(http::make_error(req, http::status::bad_request, "malformed",
                             "Send {\"username\": ..., \"password\": ...} as JSON."));
    return;
  }
  auto address = http::client_address(req, services.proxies);
  // The attempt is counted before the password is checked, so concurrent guesses cannot pass the limit.
  if (auto wait = throttle->begin(*username, address); wait.count() > 0) {
    services.metrics.add("storepulse_logins_throttled_total");
    respond(too_many(req, wait));
    return;
  }
  auto shared_req = std::make_shared<http::request>(std::move(req));
  auto job = [&services, throttle, shared_req, respond, user_name = *username, pass = std::move(*password),
              address](storage::database& db) {
    check_password(services, *throttle, *shared_req, respond, user_name, pass, address, db);
  };
  if (services.sign_ins.post(std::move(job))) return;
  throttle->finish(*username, address, login_throttle::outcome::abandoned);
  services.metrics.add("storepulse_logins_busy_total");
  respond(busy(*shared_req));
}

void me(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = authorize(services, req, respond, access::signed_in);
  if (!who) return;
  auto shared_req = std::make_shared<http::request>(std::move(req));
  const bool queued =
      services.readers.post([shared_req, respond, who = std::move(*who)](storage::database& db) {
    try {
      auto res = http::make_json(*shared_req, describe(who, load_locations(db, who)));
      res.set(http::beast_http::field::cache_control, "no-store");
      respond(std::move(res));
    } catch (const std::exception&) {
      respond(http::make_error(*shared_req, http::status::internal_server_error, "internal", "Lookup failed."));
    }
  });
  if (!queued) respond(app::reader_refusal(services, *shared_req));
}

void logout(app::services& services, http::request&& req, http::respond_fn respond) {
  if (!authorize(services, req, respond, access::signed_in)) return;
  services.sessions.destroy(req);
  auto res = http::make_response(req, http::status::no_content, "", "application/json");
  res.set(http::beast_http::field::set_cookie, expired_session_cookie(services.config));
  respond(std::move(res));
}

}  // namespace

void add_auth_routes(http::router& router, app::services& services) {
  auto throttle = std::make_shared<login_throttle>();
  router.add(
      http::verb::post, "/api/v1/auth/login",
      [&services, throttle](http::request&& req, http::respond_fn respond) {
        login(services, throttle, std::move(req), std::move(respond));
      },
      "auth_login");
  router.add(
      http::verb::get, "/api/v1/auth/me",
      [&services](http::request&& req, http::respond_fn respond) { me(services, std::move(req), std::move(respond)); },
      "auth_me");
  router.add(
      http::verb::post, "/api/v1/auth/logout",
      [&services](http::request&& req, http::respond_fn respond) {
        logout(services, std::move(req), std::move(respond));
      },
      "auth_logout");
  add_admin_routes(router, services);
  add_user_routes(router, services);
}

}  // namespace storepulse::auth
