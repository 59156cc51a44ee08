#include "server/maturity/round_routes.h"

#include "calendar/calendar.h"
#include "server/app/reader_job.h"
#include "server/auth/request_guard.h"
#include "server/http/responses.h"
#include "server/maturity/lip_service_gap.h"
#include "server/maturity/maturity_csv.h"
#include "server/maturity/questionnaire.h"
#include "server/maturity/round_store.h"
#include "server/plans/route_body.h"

namespace storepulse::maturity {
namespace {

constexpr std::string_view questionnaire_path = "/api/v1/maturity/questionnaire";
constexpr std::string_view rounds_path = "/api/v1/maturity/rounds";
constexpr std::string_view round_prefix = "/api/v1/maturity/rounds/";

// Runs change(db, now) on the writer; after the commit is durable answers with load(db, who,
// round id) (a Message or a refusal), or with the error change returned (nothing written).
template <typename Message, typename Change, typename Load>
void on_writer(app::services& services, http::request&& req, http::respond_fn respond, const auth::principal& who,
               http::status success, Change change, Load load) {
  plans::answer_after_write<Message>(services, std::move(req), std::move(respond), success, std::move(change),
                                     [who, load](storage::database& db, std::int64_t id, std::int64_t) {
                                       auto loaded = load(db, who, id);
                                       if (auto* message = std::get_if<Message>(&loaded)) return std::move(*message);
                                       return Message();
                                     });
}

// Returns the round as the caller then sees it.
std::variant<v1::MaturityRound, plan_error> round_after(storage::database& db, const auth::principal& who,
                                                        std::int64_t id) {
  auto round = load_round(db, who, id);
  if (!round) return plan_error{404, "", "No such round."};
  return std::move(*round);
}

// Answers a reader's variant: the message, or the refusal.
template <typename Message>
http::response answer(const http::request& r, std::variant<Message, plan_error> outcome) {
  if (auto* e = std::get_if<plan_error>(&outcome)) return plans::error_response(r, *e);
  return http::make_negotiated(r, std::get<Message>(outcome));
}

void questionnaire_route(app::services& services, http::request&& req, http::respond_fn respond) {
  if (!auth::authorize(services, req, respond, auth::access::scores)) return;
  respond(http::make_negotiated(req, questionnaire()));
}

void list_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [who = *who](storage::database& db, const http::request& r) {
                       v1::MaturityRoundList list;
                       for (auto& round : list_rounds(db, who)) *list.add_rounds() = std::move(round);
                       for (auto& due : round_dues(db, who, calendar::today_utc())) {
                         list.set_any_overdue(list.any_overdue() || due.overdue());
                         *list.add_dues() = std::move(due);
                       }
                       return http::make_negotiated(r, list);
                     });
}

void open_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::hr_admin);
  if (!who) return;
  auto draft = plans::parse_body<v1::MaturityRoundDraft>(req, respond);
  if (!draft) return;
  // What needs no database is checked before the request becomes writer work.
  if (auto e = check_round_draft(*draft)) {
    respond(plans::error_response(req, *e));
    return;
  }
  on_writer<v1::MaturityRound>(
      services, std::move(req), std::move(respond), *who, http::status::created,
      [who = *who, draft = std::move(*draft)](storage::database& db, std::int64_t now) {
        return open_round(db, who, draft, now);
      },
      round_after);
}

// GET /api/v1/maturity/rounds/{id}, .../{id}/answers, .../{id}/results and .../{id}/results.csv.
void read_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  const auto path = http::target_path(req);
  auto bare = plans::parse_id(path.substr(round_prefix.size()));
  auto action = http::resource_action_of(path, round_prefix);
  const std::string_view what = bare ? "" : action ? action->action : "?";
  const std::int64_t id = bare ? *bare : action ? action->id : 0;
  if (id == 0 || (what != "" && what != "answers" && what != "results" && what != "results.csv")) {
    respond(http::make_error(req, http::status::not_found, "not_found", "No such round."));
    return;
  }
  app::run_on_reader(services, std::move(req), std::move(respond),
                     [who = *who, id, what = std::string(what)](storage::database& db, const http::request& r) {
                       if (what == "answers") return answer(r, load_answers(db, who, id));
                       if (what.empty()) return answer(r, round_after(db, who, id));
                       auto results = round_results(db, who, id);
                       if (auto* found = std::get_if<v1::MaturityResults>(&results); found && what == "results")
                         add_lip_service_gap(db, who, *found);
                       if (what == "results" || std::holds_alternative<plan_error>(results))
                         return answer(r, std::move(results));
                       auto res =
                           http::make_response(r, http::status::ok, results_csv(std::get<v1::MaturityResults>(results)),
                                               "text/csv; charset=utf-8");
                       res.set(http::beast_http::field::content_disposition,
                               "attachment; filename=\"storepulse-maturity-round-" + std::to_string(id) + ".csv\"");
                       return res;
                     });
}

// For the round a path PREFIX{id}/{action} names: parses the body as a Body, refuses it when
// check(body) finds a fault, runs apply(db, who, id, body, now) on the writer and answers with
// load(db, who, id) as a Message.
template <typename Body, typename Message, typename Check, typename Apply, typename Load>
void change_round(app::services& services, http::request&& req, http::respond_fn respond, const auth::principal& who,
                  std::string_view action_name, Check check, Apply apply, Load load) {
  auto action = http::resource_action_of(http::target_path(req), round_prefix);
  if (!action || action->action != action_name) {
    respond(http::make_error(req, http::status::not_found, "not_found", "No such route."));
    return;
  }
  auto body = plans::parse_body<Body>(req, respond);
  if (!body) return;
  // What needs no database is checked before the request becomes writer work.
  if (auto e = check(*body)) {
    respond(plans::error_response(req, *e));
    return;
  }
  on_writer<Message>(
      services, std::move(req), std::move(respond), who, http::status::ok,
      [who, id = action->id, body = std::move(*body), apply](
          storage::database& db, std::int64_t now) -> std::variant<std::int64_t, plan_error> {
        if (auto e = apply(db, who, id, body, now)) return *e;
        return id;
      },
      load);
}

// PUT /api/v1/maturity/rounds/{id}/answers.
void answers_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::scores);
  if (!who) return;
  change_round<v1::MaturityAnswerSet, v1::MaturityAnswerSet>(services, std::move(req), std::move(respond), *who,
                                                             "answers", check_answers, save_answers, load_answers);
}

// POST /api/v1/maturity/rounds/{id}/close.
void close_route(app::services& services, http::request&& req, http::respond_fn respond) {
  auto who = auth::authorize(services, req, respond, auth::access::hr_admin);
  if (!who) return;
  change_round<v1::MaturityClosing, v1::MaturityRound>(services, std::move(req), std::move(respond), *who, "close",
                                                       check_closing, close_round, round_after);
}

}  // namespace

void add_maturity_routes(http::router& router, app::services& services) {
  (void)questionnaire();  // a questionnaire that does not parse stops the server at start, not at first use
  auto handler = [&services](auto route) -> http::router::handler {
    return [&services, route](http::request&& req, http::respond_fn respond) {
      route(services, std::move(req), std::move(respond));
    };
  };
  router.add(http::verb::get, std::string(questionnaire_path), handler(questionnaire_route), "maturity_questionnaire");
  router.add(http::verb::get, std::string(rounds_path), handler(list_route), "maturity_rounds_list");
  router.add(http::verb::post, std::string(rounds_path), handler(open_route), "maturity_rounds_open");
  router.add_prefix(http::verb::get, std::string(round_prefix), handler(read_route), "maturity_round_read");
  router.add_prefix(http::verb::put, std::string(round_prefix), handler(answers_route), "maturity_round_answers");
  router.add_prefix(http::verb::post, std::string(round_prefix), handler(close_route), "maturity_round_close");
}

}  // namespace storepulse::maturity
