#include "server/kiosk_api/kiosk_sync_route.h"

#include "server/auth/json_fields.h"
#include "server/auth/request_guard.h"
#include "server/http/responses.h"
#include "server/storage/reader_pool.h"

#include <charconv>
#include <memory>

namespace storepulse::kiosk_api {
namespace {

namespace json = auth::json;

// Sets object[reason] = count for each "reason:count" of a stored report; returns the sum.
std::int64_t add_refusals(google::protobuf::Struct& object, std::string_view stored) {
  std::int64_t total = 0;
  while (!stored.empty()) {
    auto comma = stored.find(',');
    auto entry = stored.substr(0, comma);
    stored = comma == std::string_view::npos ? std::string_view() : stored.substr(comma + 1);
    auto colon = entry.find(':');
    std::int64_t count = 0;
    if (colon == std::string_view::npos) continue;
    std::from_chars(entry.data() + colon + 1, entry.data() + entry.size(), count);
    json::set(object, std::string(entry.substr(0, colon)), count);
    total += count;
  }
  return total;
}

void list_kiosk_sync(app::services& services, http::request&& req, http::respond_fn respond) {
  // Like the queue on the kiosk list: operators and HR admins, not managers.
  if (!auth::authorize(services, req, respond, auth::access::kiosk_operator)) return;
  auto shared_req = std::make_shared<http::request>(std::move(req));
  const bool queued = services.readers.post([shared_req, respond](storage::database& db) {
    try {
      google::protobuf::Struct body;
      auto& list = json::add_list(body, "kiosks");
      auto stmt = db.prepare("SELECT id, sync_state, refused_items FROM kiosks ORDER BY id");
      while (stmt.step()) {
        auto& item = *list.add_values()->mutable_struct_value();
        json::set(item, "id", stmt.column_int64(0));
        if (stmt.column_is_null(1))
          json::set_null(item, "syncState");
        else
          json::set(item, "syncState", stmt.column_text(1));
        google::protobuf::Struct refused;
        auto total = stmt.column_is_null(2) ? 0 : add_refusals(refused, stmt.column_text(2));
        (*item.mutable_fields())["refused"].mutable_struct_value()->Swap(&refused);
        json::set(item, "refusedTotal", total);
      }
      respond(http::make_json(*shared_req, body));
    } catch (const std::exception&) {
      respond(http::make_error(*shared_req, http::status::internal_server_error, "internal", "The request failed."));
    }
  });
  if (!queued) respond(http::make_stopping(*shared_req));
}

}  // namespace

void add_kiosk_sync_route(http::router& router, app::services& services) {
  router.add(
      http::verb::get, "/api/v1/admin/kiosk-sync",
      [&services](http::request&& req, http::respond_fn respond) {
        list_kiosk_sync(services, std::move(req), std::move(respond));
      },
      "admin_kiosk_sync");
}

}  // namespace storepulse::kiosk_api
