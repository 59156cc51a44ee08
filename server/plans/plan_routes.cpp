#include "server/plans/plan_routes.h"

#include "calendar/calendar.h"
#include "calendar/clock.h"
#include "server/app/reader_job.h"
#include "server/auth/request_guard.h"
#include "server/http/responses.h"
#include "server/ingest/writer.h"
#include "server/plans/acting_comparison.h"
#include "server/plans/focus_suggestions.h"
#include "server/plans/plan_csv.h"
#include "server/plans/plan_outcome.h"
#include "server/plans/plan_store.h"
#include "server/plans/plan_target.h"
#include "server/plans/route_body.h"
#include "server/plans/starter_library.h"
#include "server/plans/unplanned_drops.h"
#include "server/reports/report_catalog.h"
#include "server/reports/report_engine.h"
#include "server/reports/report_period.h"
#include "server/storage/reader_pool.h"

#include <google/protobuf/util/json_util.h>

#include <cctype>
#include <charconv>
#include <memory>

namespace storepulse::plans {
namespace {

constexpr std::string_view plans_path = "/api/v1/plans";
constexpr std::string_view plan_prefix = "/api/v1/plans/";

using engine_ptr = std::shared_ptr<reports::report_engine>;

// Fills the outcome of a done plan. A manager gets a region's or the organisation's outcome
// never: without the comparison rule of the reports it could narrow down to a few stores.
void add_outcome(storage::database& db, const reports::report_catalog& catalog, const auth::principal& who,
                 v1::ActionPlan& plan) {
  if (plan.status() != v1::PLAN_STATUS_DONE) return;
  auto& outcome = *plan.mutable_outcome();
  if (plan.scope() != v1::SCOPE_KIND_LOCATION && who.user_role != auth::role::hr_admin) {
    outcome.set_status(v1::CELL_STATUS_SUPPRESSED);
    outcome.set_reason("Shown to HR only: a region's or the organisation's figure could narrow down to a few stores.");
    return;
  }
  outcome_request request;
  request.target = plan.target();
  request.location_ids = plan_location_ids(catalog, plan);
  request.start_day = calendar::parse_date(plan.start_on()).value_or(0);
  request.end_day = calendar::parse_date(plan.ended_on()).value_or(request.start_day);
  outcome = plan_outcome(db, catalog, request);
}

// Runs change(db, now) on the writer; after the commit is durable answers with the plan as it
// then stands (status created or ok), or with the error change returned (nothing written).
template <typename Change>
void on_writer(app::services& services, http::request&& req, http::respond_fn respond, const auth::principal& who,
               http::status success, Change change) {
  answer_after_write<v1::ActionPlan>(services, std::move(req), std::move(respond), success, std::move(change),
                                     [who](storage::database& db, std::int64_t id, std::int64_t now) {
                                       auto plan = load_plan(db, who, id, static_cast<int>(now / 86400));
                                       return plan ? std::move(*plan) : v1::ActionPlan();
                                     });
}

// Parses the body as a Body, then runs apply(db, who, id, body, now) for plan id on the writer
// and answers with the plan as it then stands, or with the error apply returned.
template <typename Body, typename Apply>
void change_plan(app::services& services, http::request&& req, http::respond_fn respond, const auth::principal& who,
                 std::int64_t id, http::status success, Apply apply) {
  auto body = parse_body<Body>(req, respond);
  if (!body) return;
  on_writer(services, std::move(req), std::move(respond), who, success,
            [who, id, body = std::move(*body), apply](storage::database& db,
                                                      std::int64_t now) -> std::variant<std::int64_t, plan_error> {
              if (auto e = apply(db, who, id, body, now)) return *e;
              return id;
            });
}

// Returns the list filter from the query, or answers 400 naming the parameter.
std::optional<plan_filter> parse_filter(const http::request& req, const http::respond_fn& respond) {
  plan_filter filter;
  auto location = http::query_param(req, "location");
  if (!location.empty()) {
    auto id = parse_id(location);
    if (!id) {
      respond(http::make_error(req, http::status::bad_request, "invalid_location", "location is a store id."));
      return std::nullopt;
    }
    filter.location_id = *id;
  }
  auto owner = http::query_param(req, "owner");
  if (!owner.empty()) {
    auto id = parse_id(owner);
    if (!id) {
      respond(http::make_error(req, http::status::bad_request, "invalid_owner", "owner is a user id."));
      return std::nullopt;
    }
    filter.owner_id = *id;
  }
  filter.status = http::query_param(req, "status");
  if (!filter.status.empty() && filter.status != "open" &&
      status_of_text(filter.status) == v1::PLAN_STATUS_UNSPECIFIED) {
    respond(http::make_error(req, http::status::bad_request, "invalid_status",
                             "status is planned, in_progress, done, dropped or open."));
    return std::nullopt;
  }
  filter.region = http::query_param(req, "region");
  if (filter.region.size() > 200) {
    respond(http::make_error(req, http::status::bad_request, "invalid_region", "region is too long."));
    return std::nullopt;
  }
  return filter;
}

void list_route(app::services& services, const engine_ptr& engine, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto filter = parse_filter(req, respond);
  if (!filter) return;
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [engine, who = *who, filter = *filter](storage::database& db, const http::request& r) {
                       v1::PlanList list;
                       for (auto& plan : list_plans(db, who, filter, calendar::today_utc()))
                         *list.add_plans() = std::move(plan);
                       reports::report_query query;
                       query.period = v1::PERIOD_ROLLING_4W;
                       query.region = filter.region;
                       auto alerts = engine->alerts(db, who, query);
                       *list.mutable_drops_period() = alerts.period();
                       for (auto& drop : unplanned_drops(db, alerts))
                         if (filter.location_id == 0 || drop.alert().location_id() == filter.location_id)
                           *list.add_unplanned_drops() = std::move(drop);
                       return http::make_negotiated(r, list);
                     });
}

void export_route(app::services& services, const engine_ptr&, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto filter = parse_filter(req, respond);
  if (!filter) return;
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [who = *who, filter = *filter](storage::database& db, const http::request& r) {
                       auto plans = list_plans(db, who, filter, calendar::today_utc());
                       auto catalog = reports::load_catalog(db);
                       for (auto& plan : plans) add_outcome(db, catalog, who, plan);
                       auto res = http::make_response(r, http::status::ok, plans_csv(plans), "text/csv; charset=utf-8");
                       res.set(http::beast_http::field::content_disposition,
                               "attachment; filename=\"storepulse-plans.csv\"");
                       return res;
                     });
}

void suggestions_route(app::services& services, const engine_ptr& engine, http::request&& req,
                       http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto id = parse_id(http::query_param(req, "location"));
  if (!id) {
    respond(http::make_error(req, http::status::bad_request, "invalid_location", "location is a store id."));
    return;
  }
  if (!who->may_see_location(*id)) {
    respond(http::make_error(req, http::status::forbidden, "forbidden", "This location is outside your scope."));
    return;
  }
  reports::report_query query;
  query.period = v1::PERIOD_ROLLING_4W;
  auto period = http::query_param(req, "period");
  if (!period.empty()) {
    auto parsed = reports::parse_period(period);
    if (!parsed) {
      respond(
          http::make_error(req, http::status::bad_request, "invalid_period", "period is week, 4w, month or quarter."));
      return;
    }
    query.period = *parsed;
  }
  auto at = http::query_param(req, "at");
  if (!at.empty()) {
    query.at = reports::parse_week_text(at);
    if (!query.at) {
      respond(http::make_error(req, http::status::bad_request, "invalid_week", "at is an ISO week such as 2026-W47."));
      return;
    }
  }
  query.history = 1;
  auto language = http::query_param(req, "lang");
  if (language.empty()) language = "en";
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [engine, who = *who, id = *id, query, language](storage::database& db, const http::request& r) {
                       auto report = engine->location(db, who, id, query);
                       if (!report)
                         return http::make_error(r, http::status::not_found, "not_found", "No such location.");
                       plan_filter filter;
                       filter.location_id = id;
                       filter.status = "open";
                       std::map<std::string, std::int64_t> open;
                       for (const auto& plan : list_plans(db, who, filter, calendar::today_utc()))
                         open.emplace(target_id(plan.target()), plan.id());
                       return http::make_negotiated(r, suggest_focus(*report, starter_library(), language, open));
                     });
}

// GET /api/v1/plans/acting: HR only; a manager's view could narrow down to a few stores.
void acting_route(app::services& services, const engine_ptr& engine, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::hr_admin);
  if (!who) return;
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [engine, who = *who](storage::database& db, const http::request& r) {
                       auto catalog = reports::load_catalog(db);
                       auto k = static_cast<std::size_t>(engine->k());
                       return http::make_negotiated(r, acting_comparison(db, catalog, who, k, calendar::today_utc()));
                     });
}

void form_route(app::services& services, const engine_ptr&, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  std::int64_t location = 0;
  auto text = http::query_param(req, "location");
  if (!text.empty()) {
    auto id = parse_id(text);
    if (!id) {
      respond(http::make_error(req, http::status::bad_request, "invalid_location", "location is a store id."));
      return;
    }
    if (!who->may_see_location(*id)) {
      respond(http::make_error(req, http::status::forbidden, "forbidden", "This location is outside your scope."));
      return;
    }
    location = *id;
  } else if (who->user_role != auth::role::hr_admin) {
    respond(http::make_error(req, http::status::bad_request, "invalid_location", "location is a store id."));
    return;
  }
  app::run_on_reader(
      services, std::move(req), std::move(respond),
      [who = *who, location](storage::database& db, const http::request& r) {
        v1::PlanFormOptions options;
        for (auto& owner : plan_owners(db, location)) *options.add_owners() = std::move(owner);
        for (const auto& language : configured_languages(db)) options.add_languages(language);
        for (int d = v1::DIMENSION_VALUES; d <= v1::DIMENSION_COLLABORATION; ++d) {
          v1::PlanTarget t;
          t.set_kind(v1::PLAN_TARGET_KIND_DIMENSION);
          t.set_dimension(static_cast<v1::Dimension>(d));
          *options.add_targets() = labelled(db, t);
        }
        for (int f = v1::EMPOWERMENT_FIGURE_KNOWS_LIMIT; f <= v1::EMPOWERMENT_FIGURE_FEELS_TRUSTED; ++f) {
          v1::PlanTarget t;
          t.set_kind(v1::PLAN_TARGET_KIND_EMPOWERMENT);
          t.set_figure(static_cast<v1::EmpowermentFigure>(f));
          *options.add_targets() = labelled(db, t);
        }
        auto questions = db.prepare(
            "SELECT key FROM questions WHERE active = 1 AND type IN (1, 2, 3, 4) ORDER BY dimension, position, key");
        while (questions.step()) {
          v1::PlanTarget t;
          t.set_kind(v1::PLAN_TARGET_KIND_QUESTION);
          t.set_question_key(questions.column_text(0));
          *options.add_targets() = labelled(db, t);
        }
        if (who.user_role == auth::role::hr_admin) {
          auto regions = db.prepare("SELECT DISTINCT region FROM locations ORDER BY region");
          while (regions.step()) options.add_regions(regions.column_text(0));
        }
        for (const auto& set : starter_library().sets()) *options.add_starters() = set;
        return http::make_negotiated(r, options);
      });
}

void get_route(app::services& services, const engine_ptr&, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto id = parse_id(http::target_path(req).substr(plan_prefix.size()));
  if (!id) {
    respond(http::make_error(req, http::status::not_found, "not_found", "No such plan."));
    return;
  }
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [who = *who, id = *id](storage::database& db, const http::request& r) {
                       auto plan = load_plan(db, who, id, calendar::today_utc());
                       if (!plan) return http::make_error(r, http::status::not_found, "not_found", "No such plan.");
                       auto catalog = reports::load_catalog(db);
                       add_outcome(db, catalog, who, *plan);
                       return http::make_negotiated(r, *plan);
                     });
}

void create_route(app::services& services, const engine_ptr&, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto draft = parse_body<v1::PlanDraft>(req, respond);
  if (!draft) return;
  // What needs no database is checked before the request becomes writer work.
  if (auto e = check_draft(*draft)) {
    respond(error_response(req, *e));
    return;
  }
  if (draft->scope() != v1::SCOPE_KIND_REGION && draft->scope() != v1::SCOPE_KIND_ORGANISATION &&
      !who->may_see_location(draft->location_id())) {
    respond(http::make_error(req, http::status::forbidden, "forbidden", "This location is outside your scope."));
    return;
  }
  on_writer(services, std::move(req), std::move(respond), *who, http::status::created,
            [who = *who, draft = std::move(*draft)](storage::database& db, std::int64_t now) {
              return create_plan(db, who, draft, now);
            });
}

void update_route(app::services& services, const engine_ptr&, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto id = parse_id(http::target_path(req).substr(plan_prefix.size()));
  if (!id) {
    respond(http::make_error(req, http::status::not_found, "not_found", "No such plan."));
    return;
  }
  change_plan<v1::PlanDraft>(services, std::move(req), std::move(respond), *who, *id, http::status::ok, update_plan);
}

// POST /api/v1/plans/{id}/notes and /api/v1/plans/{id}/status.
void action_route(app::services& services, const engine_ptr&, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  auto rest = http::target_path(req).substr(plan_prefix.size());
  auto slash = rest.find('/');
  auto id = slash == std::string_view::npos ? std::nullopt : parse_id(rest.substr(0, slash));
  auto action = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
  if (!id || (action != "notes" && action != "status")) {
    respond(http::make_error(req, http::status::not_found, "not_found", "No such route."));
    return;
  }
  if (action == "notes")
    change_plan<v1::NoteDraft>(services, std::move(req), std::move(respond), *who, *id, http::status::created,
                               add_note);
  else
    change_plan<v1::StatusChange>(services, std::move(req), std::move(respond), *who, *id, http::status::ok,
                                  change_status);
}

}  // namespace

void add_plan_routes(http::router& router, app::services& services, std::shared_ptr<reports::report_engine> engine) {
  (void)starter_library();  // a library that does not parse stops the server at start, not at first use
  // Returns a handler calling route(services, engine, request, respond).
  auto handler = [&services, engine](auto route) -> http::router::handler {
    return [&services, engine, route](http::request&& req, http::respond_fn respond) {
      route(services, engine, std::move(req), std::move(respond));
    };
  };
  router.add(http::verb::get, std::string(plans_path), handler(list_route), "plans_list");
  router.add(http::verb::post, std::string(plans_path), handler(create_route), "plans_create");
  router.add(http::verb::get, std::string(plan_prefix) + "suggestions", handler(suggestions_route),
             "plans_suggestions");
  router.add(http::verb::get, std::string(plan_prefix) + "acting", handler(acting_route), "plans_acting");
  router.add(http::verb::get, std::string(plan_prefix) + "form", handler(form_route), "plans_form");
  router.add(http::verb::get, std::string(plan_prefix) + "export.csv", handler(export_route), "plans_export");
  router.add_prefix(http::verb::get, std::string(plan_prefix), handler(get_route), "plans_get");
  router.add_prefix(http::verb::put, std::string(plan_prefix), handler(update_route), "plans_update");
  router.add_prefix(http::verb::post, std::string(plan_prefix), handler(action_route), "plans_action");
}

}  // namespace storepulse::plans
