#include "server/staff_posts/staff_post_routes.h"

#include "calendar/calendar.h"
#include "calendar/clock.h"
#include "server/app/reader_job.h"
#include "server/auth/request_guard.h"
#include "server/http/responses.h"
#include "server/ingest/writer.h"
#include "server/plans/plan_store.h"
#include "server/plans/route_body.h"
#include "server/staff_posts/staff_post_store.h"

#include <memory>

namespace storepulse::staff_posts {
namespace {

constexpr std::string_view posts_path = "/api/v1/staff-posts";
constexpr std::string_view post_prefix = "/api/v1/staff-posts/";

using plans::plan_error;

// Runs change(db, now) on the writer; after the commit is durable answers with the post as it
// then stands, or with the error change returned (nothing written).
template <typename Change>
void on_writer(app::services& services, http::request&& req, http::respond_fn respond, const auth::principal& who,
               http::status success, Change change) {
  plans::answer_after_write<v1::StaffPost>(services, std::move(req), std::move(respond), success, std::move(change),
                                           [who](storage::database& db, std::int64_t id, std::int64_t) {
                                             auto post = load_post(db, who, id);
                                             return post ? std::move(*post) : v1::StaffPost();
                                           });
}

void list_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  std::int64_t location = 0;
  if (auto text = http::query_param(req, "location"); !text.empty()) {
    auto id = plans::parse_id(text);
    if (!id) {
      respond(http::make_error(req, http::status::bad_request, "invalid_location", "location is a store id."));
      return;
    }
    if (!who->may_see_location(*id)) {
      respond(http::make_error(req, http::status::forbidden, "forbidden", "This location is outside your scope."));
      return;
    }
    location = *id;
  }
  const bool withdrawn = http::query_param(req, "withdrawn") == "1";
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [who = *who, location, withdrawn](storage::database& db, const http::request& r) {
                       v1::StaffPostList list;
                       for (auto& post : list_posts(db, who, location, withdrawn)) *list.add_posts() = std::move(post);
                       auto stores = db.prepare("SELECT id, code, name FROM locations WHERE active = 1 ORDER BY name");
                       while (stores.step()) {
                         if (!who.may_see_location(stores.column_int64(0))) continue;
                         auto& store = *list.add_stores();
                         store.set_id(stores.column_int64(0));
                         store.set_code(stores.column_text(1));
                         store.set_name(stores.column_text(2));
                       }
                       for (const auto& language : plans::configured_languages(db)) list.add_languages(language);
                       return http::make_negotiated(r, list);
                     });
}

void get_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto id = plans::parse_id(http::target_path(req).substr(post_prefix.size()));
  if (!id) {
    respond(http::make_error(req, http::status::not_found, "not_found", "No such story or message."));
    return;
  }
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [who = *who, id = *id](storage::database& db, const http::request& r) {
                       auto post = load_post(db, who, id);
                       if (!post)
                         return http::make_error(r, http::status::not_found, "not_found", "No such story or message.");
                       return http::make_negotiated(r, *post);
                     });
}

void create_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto draft = plans::parse_body<v1::StaffPostDraft>(req, respond);
  if (!draft) return;
  // What needs no database is checked before the request becomes writer work.
  if (auto e = check_post_draft(*draft)) {
    respond(plans::error_response(req, *e));
    return;
  }
  on_writer(services, std::move(req), std::move(respond), *who, http::status::created,
            [who = *who, draft = std::move(*draft)](storage::database& db, std::int64_t now) {
              return create_post(db, who, draft, now);
            });
}

// POST /api/v1/staff-posts/{id}/withdraw.
void withdraw_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto rest = http::target_path(req).substr(post_prefix.size());
  auto slash = rest.find('/');
  auto id = slash == std::string_view::npos ? std::nullopt : plans::parse_id(rest.substr(0, slash));
  if (!id || rest.substr(slash + 1) != "withdraw") {
    respond(http::make_error(req, http::status::not_found, "not_found", "No such route."));
    return;
  }
  on_writer(services, std::move(req), std::move(respond), *who, http::status::ok,
            [who = *who, id = *id](storage::database& db, std::int64_t now) -> std::variant<std::int64_t, plan_error> {
              if (auto e = withdraw_post(db, who, id, now)) return *e;
              return id;
            });
}

}  // namespace

void add_staff_post_routes(http::router& router, app::services& services) {
  auto handler = [&services](auto route) -> http::router::handler {
    return [&services, route](http::request&& req, http::respond_fn respond) {
      route(services, std::move(req), std::move(respond));
    };
  };
  router.add(http::verb::get, std::string(posts_path), handler(list_route), "staff_posts_list");
  router.add(http::verb::post, std::string(posts_path), handler(create_route), "staff_posts_create");
  router.add_prefix(http::verb::get, std::string(post_prefix), handler(get_route), "staff_posts_get");
  router.add_prefix(http::verb::post, std::string(post_prefix), handler(withdraw_route), "staff_posts_withdraw");
}

}  // namespace storepulse::staff_posts
