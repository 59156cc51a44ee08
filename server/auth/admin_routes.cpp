#include "server/auth/admin_routes.h"

#include "server/app/reader_job.h"
#include "server/auth/json_fields.h"
#include "server/auth/request_guard.h"
#include "calendar/calendar.h"
#include "server/http/responses.h"
#include "server/ingest/writer.h"
#include "server/storage/reader_pool.h"

#include <memory>

namespace storepulse::auth {
namespace {

constexpr std::string_view kiosks_prefix = "/api/v1/admin/kiosks/";

http::response internal_error(const http::request& req) {
  return http::make_error(req, http::status::internal_server_error, "internal", "The request failed.");
}

// Managers see the kiosks of their own stores (read-only) and the day each was last seen, which
// dates no session; HR admins and operators see all, with the hour and the queue on the kiosk.
void list_kiosks(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = authorize(services, req, respond, access::signed_in);
  if (!who) return;
  auto shared_req = std::make_shared<http::request>(std::move(req));
  const bool queued =
      services.readers.post([shared_req, respond, who = std::move(*who)](storage::database& db) {
    try {
      google::protobuf::Struct body;
      auto& list = json::add_list(body, "kiosks");
      auto stmt = db.prepare(
          "SELECT k.id, k.label, k.location_id, l.code, l.name, l.region, k.enrolled_on, k.last_seen_at, "
          "k.queued_items, k.revoked FROM kiosks k JOIN locations l ON l.id = k.location_id "
          "ORDER BY l.code, k.id");
      bool all = has_access(who, access::kiosk_operator);
      while (stmt.step()) {
        auto location_id = stmt.column_int64(2);
        if (!all && !who.may_see_location(location_id)) continue;
        auto& item = *list.add_values()->mutable_struct_value();
        json::set(item, "id", stmt.column_int64(0));
        json::set(item, "label", stmt.column_text(1));
        json::set(item, "locationId", location_id);
        json::set(item, "locationCode", stmt.column_text(3));
        json::set(item, "locationName", stmt.column_text(4));
        json::set(item, "region", stmt.column_text(5));
        json::set(item, "enrolledOn", stmt.column_text(6));
        const bool seen = !stmt.column_is_null(7);
        const std::int64_t seen_at = seen ? stmt.column_int64(7) : 0;
        if (seen)
          json::set(item, "lastSeenOn", calendar::format_date(static_cast<int>(seen_at / 86400)));  // UTC
        else
          json::set_null(item, "lastSeenOn");
        if (all) {
          if (seen)
            json::set(item, "lastSeenAt", seen_at);
          else
            json::set_null(item, "lastSeenAt");
          json::set(item, "queuedItems", stmt.column_int64(8));
        }
        json::set(item, "revoked", stmt.column_int(9) != 0);
      }
      json::set(body, "mayRevoke", all);
      json::set(body, "detailed", all);
      respond(http::make_json(*shared_req, body));
    } catch (const std::exception&) {
      respond(internal_error(*shared_req));
    }
  });
  if (!queued) respond(app::reader_refusal(services, *shared_req));
}

void revoke_kiosk(app::services& services, http::request&& req, http::respond_fn respond) {
  auto target = http::resource_action_of(http::target_path(req), kiosks_prefix);
  if (!target || target->action != "revoke") {
    respond(http::make_error(req, http::status::not_found, "not_found", "No such route."));
    return;
  }
  if (!authorize(services, req, respond, access::kiosk_operator)) return;
  auto shared_req = std::make_shared<http::request>(std::move(req));
  auto found = std::make_shared<bool>(false);
  bool queued = services.writer.post(
      [kiosk_id = target->id, found](storage::database& db, ingest::rollup_accumulator&) {
        auto stmt = db.prepare("UPDATE kiosks SET revoked = 1 WHERE id = ?1");
        stmt.bind(1, kiosk_id);
        stmt.run();
        *found = db.changes() > 0;
      },
      [shared_req, respond, found, kiosk_id = target->id](std::exception_ptr error) {
        if (error) {
          respond(internal_error(*shared_req));
        } else if (!*found) {
          respond(http::make_error(*shared_req, http::status::not_found, "not_found", "No such kiosk."));
        } else {
          google::protobuf::Struct body;
          json::set(body, "id", kiosk_id);
          json::set(body, "revoked", true);
          respond(http::make_json(*shared_req, body));
        }
      });
  if (!queued)
    respond(http::make_error(*shared_req, http::status::service_unavailable, "overloaded", "Try again shortly."));
}

}  // namespace

void add_admin_routes(http::router& router, app::services& services) {
  router.add(
      http::verb::get, "/api/v1/admin/kiosks",
      [&services](http::request&& req, http::respond_fn respond) {
        list_kiosks(services, std::move(req), std::move(respond));
      },
      "admin_kiosks");
  router.add_prefix(
      http::verb::post, std::string(kiosks_prefix),
      [&services](http::request&& req, http::respond_fn respond) {
        revoke_kiosk(services, std::move(req), std::move(respond));
      },
      "admin_kiosk_revoke");
}

}  // namespace storepulse::auth
