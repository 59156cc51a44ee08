#include "server/auth/user_routes.h"

#include "server/app/reader_job.h"
#include "server/auth/account_changes.h"
#include "server/auth/json_fields.h"
#include "server/auth/password.h"
#include "server/auth/request_guard.h"
#include "server/auth/session_store.h"
#include "server/http/responses.h"
#include "server/ingest/writer.h"
#include "server/storage/reader_pool.h"

#include <memory>

namespace storepulse::auth {
namespace {

constexpr std::string_view users_prefix = "/api/v1/admin/users/";
constexpr std::size_t max_password = 1024;
constexpr std::size_t changes_listed = 200;

http::response internal_error(const http::request& req) {
  return http::make_error(req, http::status::internal_server_error, "internal", "The request failed.");
}

http::response busy(const http::request& req) {
  auto res = http::make_error(req, http::status::service_unavailable, "busy", "The server is busy; try again shortly.");
  res.set(http::beast_http::field::retry_after, "1");
  return res;
}

// Lists accounts and, for each, whether the caller may change it.
void list_accounts(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = authorize(services, req, respond, access::kiosk_operator);
  if (!who) return;
  auto shared_req = std::make_shared<http::request>(std::move(req));
  const bool queued = services.readers.post([shared_req, respond, who = std::move(*who)](storage::database& db) {
    try {
      google::protobuf::Struct body;
      auto& list = json::add_list(body, "users");
      for (const auto& user : list_users(db)) {
        auto& item = *list.add_values()->mutable_struct_value();
        json::set(item, "id", user.id);
        json::set(item, "username", user.username);
        json::set(item, "role", role_name(user.user_role));
        json::set(item, "active", user.active);
        json::set(item, "createdOn", user.created_on);
        json::set(item, "lastLoginOn", user.last_login_on);
        json::set(item, "mayManage", may_change(who, user, {account_change::kind::deactivate}));
        auto& codes = json::add_list(item, "locations");
        for (const auto& code : user.location_codes) codes.add_values()->set_string_value(code);
      }
      // HR admins give roles and stores and read the record of changes; they choose among every store.
      const bool hr = who.user_role == role::hr_admin;
      json::set(body, "mayChangeAccess", hr);
      json::set(body, "maySeeChanges", hr);
      auto& stores = json::add_list(body, "stores");
      if (hr) {
        auto stmt = db.prepare("SELECT code, name FROM locations ORDER BY code");
        while (stmt.step()) {
          auto& store = *stores.add_values()->mutable_struct_value();
          json::set(store, "code", stmt.column_text(0));
          json::set(store, "name", stmt.column_text(1));
        }
      }
      respond(http::make_json(*shared_req, body));
    } catch (const std::exception&) {
      respond(internal_error(*shared_req));
    }
  });
  if (!queued) respond(app::reader_refusal(services, *shared_req));
}

void list_changes_for_hr(app::services& services, http::request&& req, http::respond_fn respond) {
  if (!authorize(services, req, respond, access::hr_admin)) return;
  auto shared_req = std::make_shared<http::request>(std::move(req));
  const bool queued = services.readers.post([shared_req, respond](storage::database& db) {
    try {
      google::protobuf::Struct body;
      auto& list = json::add_list(body, "changes");
      for (const auto& change : list_changes(db, changes_listed)) {
        auto& item = *list.add_values()->mutable_struct_value();
        json::set(item, "changedAt", change.changed_at);
        json::set(item, "actor", change.actor);
        json::set(item, "username", change.username);
        json::set(item, "action", change.action);
        json::set(item, "detail", change.detail);
      }
      respond(http::make_json(*shared_req, body));
    } catch (const std::exception&) {
      respond(internal_error(*shared_req));
    }
  });
  if (!queued) respond(app::reader_refusal(services, *shared_req));
}

// How a change ended in the writer.
struct change_result {
  enum class kind { done, not_found, forbidden } outcome = kind::not_found;
  std::string username, detail;
};

// Makes the change through the writer, checking the caller's rights against the account as it is
// then; once committed, the account's sessions end before the answer goes out.
void apply_through_writer(app::services& services, const std::shared_ptr<http::request>& req, const principal& who,
                          std::int64_t user_id, account_change change, const http::respond_fn& respond) {
  auto result = std::make_shared<change_result>();
  const bool queued = services.writer.post(
      [result, who, user_id, change = std::move(change)](storage::database& db, ingest::rollup_accumulator&) {
        *result = change_result{};
        auto target = find_user_by_id(db, user_id);
        if (!target) return;
        result->username = target->username;
        if (!may_change(who, *target, change)) {
          result->outcome = change_result::kind::forbidden;
          return;
        }
        result->detail = apply_change(db, *target, change, who.username);
        result->outcome = change_result::kind::done;
      },
      [&services, req, respond, result, user_id](std::exception_ptr error) {
        try {
          if (error) std::rethrow_exception(error);
        } catch (const account_conflict& e) {
          return respond(http::make_error(*req, http::status::conflict, "conflict", e.what()));
        } catch (const std::invalid_argument& e) {
          return respond(http::make_error(*req, http::status::unprocessable_entity, "invalid", e.what()));
        } catch (const std::exception&) {
          return respond(internal_error(*req));
        }
        if (result->outcome == change_result::kind::not_found)
          return respond(http::make_error(*req, http::status::not_found, "not_found", "No such user."));
        if (result->outcome == change_result::kind::forbidden)
          return respond(http::make_error(*req, http::status::forbidden, "forbidden",
                                          "Your role may not change this account."));
        services.sessions.end_user(user_id);
        google::protobuf::Struct body;
        json::set(body, "id", user_id);
        json::set(body, "username", result->username);
        json::set(body, "change", result->detail);
        respond(http::make_json(*req, body));
      });
  if (!queued) respond(busy(*req));
}

// Returns the change a POST body asks for (a new password in password, to be hashed), or answers
// 400 and returns nullopt.
std::optional<account_change> parse_change(const http::request& req, std::string_view action,
                                           const http::respond_fn& respond, std::string& password) {
  auto malformed = [&](std::string_view message) {
    respond(http::make_error(req, http::status::bad_request, "malformed", message));
    return std::nullopt;
  };
  if (action == "deactivate") return account_change{account_change::kind::deactivate};
  if (action == "reactivate") return account_change{account_change::kind::reactivate};
  auto object = json::parse_object(req.body());
  if (!object) return malformed("Send the change as a JSON object.");
  if (action == "access") {
    auto name = json::string_field(*object, "role");
    auto new_role = name ? parse_role(*name) : std::nullopt;
    auto codes = json::string_list_field(*object, "locations");
    if (!new_role || !codes) return malformed(R"(Send {"role": "hr_admin|manager|operator", "locations": [codes]}.)");
    account_change change{account_change::kind::set_role};
    change.new_role = *new_role;
    change.location_codes = std::move(*codes);
    return change;
  }
  auto given = json::string_field(*object, "password");
  if (!given || given->size() < 12 || given->size() > max_password)
    return malformed(R"(Send {"password": ...} with 12 to 1024 characters.)");
  password = std::move(*given);
  return account_change{account_change::kind::set_password};
}

void change_account(app::services& services, http::request&& req, http::respond_fn respond) {
  auto target = http::resource_action_of(http::target_path(req), users_prefix);
  auto action = target ? target->action : std::string_view();
  if (action != "deactivate" && action != "reactivate" && action != "access" && action != "password")
    return respond(http::make_error(req, http::status::not_found, "not_found", "No such route."));
  auto who = authorize(services, req, respond, access::kiosk_operator);
  if (!who) return;
  std::string password;
  auto change = parse_change(req, action, respond, password);
  if (!change) return;
  const auto user_id = target->id;
  auto shared_req = std::make_shared<http::request>(std::move(req));
  if (change->what != account_change::kind::set_password)
    return apply_through_writer(services, shared_req, *who, user_id, std::move(*change), respond);
  // Hashing takes 64 MiB and a tenth of a second: it waits for a sign-in thread, never a reader.
  auto job = [&services, shared_req, respond, who = std::move(*who), user_id, change = std::move(*change),
              password = std::move(password)](storage::database&) mutable {
    try {
      change.password_hash = hash_password(password);
    } catch (const std::exception&) {
      return respond(internal_error(*shared_req));
    }
    apply_through_writer(services, shared_req, who, user_id, std::move(change), respond);
  };
  if (!services.sign_ins.post(std::move(job))) respond(busy(*shared_req));
}

}  // namespace

void add_user_routes(http::router& router, app::services& services) {
  router.add(
      http::verb::get, "/api/v1/admin/users",
      [&services](http::request&& req, http::respond_fn respond) {
        list_accounts(services, std::move(req), std::move(respond));
      },
      "admin_users");
  router.add_prefix(
      http::verb::post, std::string(users_prefix),
      [&services](http::request&& req, http::respond_fn respond) {
        change_account(services, std::move(req), std::move(respond));
      },
      "admin_user_change");
  router.add(
      http::verb::get, "/api/v1/admin/user-changes",
      [&services](http::request&& req, http::respond_fn respond) {
        list_changes_for_hr(services, std::move(req), std::move(respond));
      },
      "admin_user_changes");
}

}  // namespace storepulse::auth
