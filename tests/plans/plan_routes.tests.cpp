#include "calendar/calendar.h"
#include "server/plans/starter_library.h"
#include "storepulse/v1/plans.pb.h"
#include "tests/support/api_requests.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <google/protobuf/util/json_util.h>

#include <set>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_reply;
using storepulse::testing::http_send;

namespace {

using caller = test::api_session;

caller sign_in(const dashboard_server& server, const std::string& user) { return test::api_sign_in(server, user); }

http_reply get(const dashboard_server& server, const caller& who, const std::string& target) {
  return test::api_get(server, who, target);
}

http_reply send(const dashboard_server& server, const caller& who, const std::string& method, const std::string& target,
                const std::string& body, bool with_csrf = true) {
  return test::api_send(server, who, method, target, body, with_csrf);
}

using test::parse_json;

std::string json(const google::protobuf::Message& message) { return test::to_json(message); }

std::int64_t user_id(const dashboard_server& server, const std::string& name) {
  storage::database db(server.db_path());
  auto stmt = db.prepare("SELECT id FROM users WHERE username = ?1");
  stmt.bind(1, name);
  REQUIRE(stmt.step());
  return stmt.column_int64(0);
}

std::string date_from_today(int days) { return calendar::format_date(calendar::today_utc() + days); }

v1::PlanDraft draft_for(const dashboard_server& server, const std::string& store, const std::string& owner) {
  v1::PlanDraft draft;
  draft.set_location_id(server.location_id(store));
  draft.set_title("Post the limit at every till");
  draft.mutable_target()->set_kind(v1::PLAN_TARGET_KIND_EMPOWERMENT);
  draft.mutable_target()->set_figure(v1::EMPOWERMENT_FIGURE_KNOWS_LIMIT);
  draft.set_owner_id(user_id(server, owner));
  draft.set_start_on(date_from_today(-14));
  draft.set_due_on(date_from_today(30));
  return draft;
}

void share(v1::PlanDraft& draft) {
  draft.set_shared(true);
  for (const char* language : {"en", "es", "fr"}) {
    auto& text = *draft.add_staff_texts();
    text.set_language(language);
    text.set_text(std::string("Limit card at every till (") + language + ")");
  }
}

v1::ActionPlan create(const dashboard_server& server, const caller& who, const v1::PlanDraft& draft) {
  auto reply = send(server, who, "POST", "/api/v1/plans", json(draft));
  INFO(reply.body);
  REQUIRE(reply.status == 201);
  return parse_json<v1::ActionPlan>(reply.body);
}

// Returns the "message" of an error answer.
std::string message_of(const http_reply& reply) { return test::json_string(reply.body, "message"); }

}  // namespace

TEST_CASE("Plan routes refuse callers without a session, operators, and changes without the CSRF token",
          "[plans][http][auth]") {
  dashboard_server server;
  const caller nobody;
  auto n01 = std::to_string(server.location_id("N01"));
  const std::vector<std::string> targets{"/api/v1/plans", "/api/v1/plans/1", "/api/v1/plans/export.csv",
                                         "/api/v1/plans/suggestions?location=" + n01, "/api/v1/plans/form?location=" + n01};
  for (const auto& target : targets) {
    CAPTURE(target);
    CHECK(get(server, nobody, target).status == 401);
  }
  CHECK(send(server, nobody, "POST", "/api/v1/plans", "{}").status == 401);

  auto ops = sign_in(server, "ops");
  CHECK(get(server, ops, "/api/v1/plans").status == 403);
  CHECK(get(server, ops, "/api/v1/plans/export.csv").status == 403);
  CHECK(get(server, ops, "/api/v1/plans/suggestions?location=" + n01).status == 403);
  CHECK(send(server, ops, "POST", "/api/v1/plans", json(draft_for(server, "N01", "hr"))).status == 403);

  auto manager = sign_in(server, "manager_north");
  auto without_token = send(server, manager, "POST", "/api/v1/plans", json(draft_for(server, "N01", "manager_north")), false);
  CHECK(without_token.status == 403);
  CHECK(test::json_string(without_token.body, "error") == "csrf");
  caller wrong_token = manager;
  wrong_token.csrf = "not-the-token";
  CHECK(send(server, wrong_token, "POST", "/api/v1/plans", json(draft_for(server, "N01", "manager_north"))).status == 403);

  auto plan = create(server, manager, draft_for(server, "N01", "manager_north"));
  auto id = std::to_string(plan.id());
  CHECK(send(server, manager, "PUT", "/api/v1/plans/" + id, json(draft_for(server, "N01", "manager_north")), false).status == 403);
  CHECK(send(server, manager, "POST", "/api/v1/plans/" + id + "/notes", R"({"text":"x"})", false).status == 403);
  CHECK(send(server, manager, "POST", "/api/v1/plans/" + id + "/status", R"({"status":"PLAN_STATUS_DONE"})", false).status == 403);
  CHECK(send(server, ops, "POST", "/api/v1/plans/" + id + "/notes", R"({"text":"x"})").status == 403);
  CHECK(get(server, ops, "/api/v1/plans/" + id).status == 403);
  // Nothing of the refused changes was stored.
  auto stored = parse_json<v1::ActionPlan>(get(server, manager, "/api/v1/plans/" + id).body);
  CHECK(stored.notes_size() == 0);
  CHECK(stored.status() == v1::PLAN_STATUS_PLANNED);
  CHECK(stored.history_size() == 1);
}

TEST_CASE("A manager plans for their store: create, update, note, share and finish, every change in the history",
          "[plans][http]") {
  dashboard_server server;
  auto manager = sign_in(server, "manager_north");
  auto draft = draft_for(server, "N01", "manager_north");
  auto plan = create(server, manager, draft);
  CHECK(plan.location_code() == "N01");
  CHECK(plan.scope() == v1::SCOPE_KIND_LOCATION);
  CHECK(plan.status() == v1::PLAN_STATUS_PLANNED);
  CHECK(plan.target().label() == "Know their limit");
  CHECK(plan.owner() == "manager_north");
  CHECK(plan.may_edit());
  CHECK_FALSE(plan.overdue());
  auto id = std::to_string(plan.id());

  share(draft);
  draft.set_title("Limit card at every till");
  draft.set_owner_id(user_id(server, "hr"));
  auto updated = send(server, manager, "PUT", "/api/v1/plans/" + id, json(draft));
  REQUIRE(updated.status == 200);
  auto after_update = parse_json<v1::ActionPlan>(updated.body);
  CHECK(after_update.title() == "Limit card at every till");
  CHECK(after_update.shared());
  CHECK(after_update.staff_texts_size() == 3);
  CHECK(after_update.owner() == "hr");

  auto noted = send(server, manager, "POST", "/api/v1/plans/" + id + "/notes",
                    R"({"text":"Cards printed and put up at all six tills.","notedOn":")" + date_from_today(-3) + R"("})");
  REQUIRE(noted.status == 201);
  CHECK(parse_json<v1::ActionPlan>(noted.body).notes_size() == 1);

  auto started = send(server, manager, "POST", "/api/v1/plans/" + id + "/status", R"({"status":"PLAN_STATUS_IN_PROGRESS"})");
  REQUIRE(started.status == 200);
  CHECK(send(server, manager, "POST", "/api/v1/plans/" + id + "/status", R"({"status":"PLAN_STATUS_IN_PROGRESS"})").status == 409);
  auto done = send(server, manager, "POST", "/api/v1/plans/" + id + "/status",
                   R"({"status":"PLAN_STATUS_DONE","on":")" + date_from_today(-1) + R"("})");
  REQUIRE(done.status == 200);

  auto detail = parse_json<v1::ActionPlan>(get(server, manager, "/api/v1/plans/" + id).body);
  CHECK(detail.status() == v1::PLAN_STATUS_DONE);
  CHECK(detail.ended_on() == date_from_today(-1));
  // The weeks after yesterday are not published: the outcome says so instead of showing figures.
  CHECK(detail.outcome().status() == v1::CELL_STATUS_NO_DATA);
  CHECK(detail.outcome().reason().find("not all published yet") != std::string::npos);
  REQUIRE(detail.history_size() == 5);
  CHECK(detail.history(4).what().rfind("Created \"Post the limit at every till\"", 0) == 0);
  CHECK(detail.history(3).what().find("title \"Post the limit at every till\" to \"Limit card at every till\"") != std::string::npos);
  CHECK(detail.history(3).what().find("owner manager_north to hr") != std::string::npos);
  CHECK(detail.history(3).what().find("shared with staff") != std::string::npos);
  CHECK(detail.history(2).what() == "Added a progress note dated " + date_from_today(-3));
  CHECK(detail.history(1).what() == "Status planned to in progress");
  CHECK(detail.history(0).what() == "Status in progress to done on " + date_from_today(-1));
  for (const auto& change : detail.history()) CHECK(change.user() == "manager_north");
  CHECK(detail.history(0).changed_at().size() == 20);

  // The same plan in binary Protobuf.
  auto binary = http_send(server.port(), "GET", "/api/v1/plans/" + id,
                          {}, {{"Accept", "application/x-protobuf"}, {"Cookie", manager.cookie}});
  REQUIRE(binary.status == 200);
  CHECK(binary.headers["content-type"] == "application/x-protobuf");
  v1::ActionPlan decoded;
  REQUIRE(decoded.ParseFromString(binary.body));
  CHECK(decoded.title() == "Limit card at every till");

  // And a plan created from a binary body.
  auto second = draft_for(server, "N02", "manager_north");
  auto made = http_send(server.port(), "POST", "/api/v1/plans", second.SerializeAsString(),
                        {{"Content-Type", "application/x-protobuf"}, {"Accept", "application/x-protobuf"},
                         {"Cookie", manager.cookie}, {"X-CSRF-Token", manager.csrf}});
  REQUIRE(made.status == 201);
  v1::ActionPlan made_plan;
  REQUIRE(made_plan.ParseFromString(made.body));
  CHECK(made_plan.location_code() == "N02");
}

TEST_CASE("A manager cannot read, change or create another store's plans, whatever the id", "[plans][http][auth]") {
  dashboard_server server;
  auto hr = sign_in(server, "hr");
  auto manager = sign_in(server, "manager_north");
  auto south = create(server, hr, draft_for(server, "S01", "manager_south"));
  auto id = std::to_string(south.id());

  CHECK(get(server, manager, "/api/v1/plans/" + id).status == 404);
  CHECK(send(server, manager, "PUT", "/api/v1/plans/" + id, json(draft_for(server, "N01", "manager_north"))).status == 404);
  CHECK(send(server, manager, "POST", "/api/v1/plans/" + id + "/notes", R"({"text":"mine now"})").status == 404);
  CHECK(send(server, manager, "POST", "/api/v1/plans/" + id + "/status", R"({"status":"PLAN_STATUS_DROPPED"})").status == 404);
  CHECK(get(server, manager, "/api/v1/plans/999999").status == 404);
  CHECK(get(server, manager, "/api/v1/plans/0").status == 404);
  CHECK(get(server, manager, "/api/v1/plans/-1").status == 404);
  CHECK(get(server, manager, "/api/v1/plans/" + id + "x").status == 404);

  auto list = parse_json<v1::PlanList>(get(server, manager, "/api/v1/plans").body);
  CHECK(list.plans_size() == 0);
  CHECK(parse_json<v1::PlanList>(get(server, manager, "/api/v1/plans?location=" + std::to_string(server.location_id("S01"))).body)
            .plans_size() == 0);
  CHECK(get(server, manager, "/api/v1/plans/export.csv").body.find("S01") == std::string::npos);

  auto s01 = std::to_string(server.location_id("S01"));
  CHECK(get(server, manager, "/api/v1/plans/suggestions?location=" + s01).status == 403);
  CHECK(get(server, manager, "/api/v1/plans/form?location=" + s01).status == 403);
  CHECK(send(server, manager, "POST", "/api/v1/plans", json(draft_for(server, "S01", "hr"))).status == 403);
  auto region = draft_for(server, "N01", "hr");
  region.set_scope(v1::SCOPE_KIND_REGION);
  region.set_region("North");
  CHECK(send(server, manager, "POST", "/api/v1/plans", json(region)).status == 403);

  // A plan cannot be moved into another store by an update.
  auto own = create(server, manager, draft_for(server, "N01", "manager_north"));
  auto moved = draft_for(server, "S01", "manager_north");
  CHECK(send(server, manager, "PUT", "/api/v1/plans/" + std::to_string(own.id()), json(moved)).status == 422);

  // The organisation's plan: every manager reads it, only HR changes it.
  auto org = draft_for(server, "N01", "hr");
  org.set_scope(v1::SCOPE_KIND_ORGANISATION);
  org.clear_location_id();
  auto org_plan = create(server, hr, org);
  auto seen = get(server, manager, "/api/v1/plans/" + std::to_string(org_plan.id()));
  REQUIRE(seen.status == 200);
  CHECK_FALSE(parse_json<v1::ActionPlan>(seen.body).may_edit());
  CHECK(send(server, manager, "POST", "/api/v1/plans/" + std::to_string(org_plan.id()) + "/notes", R"({"text":"x"})").status == 403);
  CHECK(send(server, hr, "POST", "/api/v1/plans/" + std::to_string(org_plan.id()) + "/notes", R"({"text":"Launched"})").status == 201);
  auto south_manager = sign_in(server, "manager_south");
  auto theirs = parse_json<v1::PlanList>(get(server, south_manager, "/api/v1/plans").body);
  std::set<std::int64_t> ids;
  for (const auto& p : theirs.plans()) ids.insert(p.id());
  CHECK(ids == std::set<std::int64_t>{south.id(), org_plan.id()});
}

TEST_CASE("Bad plan input is refused with 400 or 422 and a message naming the field", "[plans][http][validation]") {
  dashboard_server server;
  auto hr = sign_in(server, "hr");
  auto expect = [&](const std::string& body, int status, const std::string& field) {
    auto reply = send(server, hr, "POST", "/api/v1/plans", body);
    INFO(body << "\n" << reply.body);
    CHECK(reply.status == status);
    CHECK(message_of(reply).find(field) != std::string::npos);
  };
  auto base = [&] { return draft_for(server, "N01", "manager_north"); };

  expect("{not json", 400, "PlanDraft");
  expect(R"({"title":"x","colour":"red"})", 400, "colour");
  expect(R"({"title":"x","startOn":12})", 400, "startOn");

  auto d = base();
  d.set_title("   ");
  expect(json(d), 422, "title");
  d.set_title(std::string(121, 'a'));
  expect(json(d), 422, "title");
  d.set_title("Line\nbreak");
  expect(json(d), 422, "title");
  d = base();
  d.clear_target();
  expect(json(d), 422, "target.kind");
  d = base();
  d.mutable_target()->set_kind(v1::PLAN_TARGET_KIND_QUESTION);
  d.mutable_target()->set_question_key("no_such_question");
  expect(json(d), 422, "target.questionKey");
  d.mutable_target()->set_question_key("empowerment_believed_limit");
  expect(json(d), 422, "target.questionKey");
  d = base();
  d.set_due_on(date_from_today(-30));
  expect(json(d), 422, "dueOn");
  d = base();
  d.set_start_on("2026-02-30");
  expect(json(d), 422, "startOn");
  d = base();
  d.set_owner_id(user_id(server, "manager_south"));  // not a manager of N01
  expect(json(d), 422, "ownerId");
  d.set_owner_id(user_id(server, "ops"));
  expect(json(d), 422, "ownerId");
  d = base();
  d.set_location_id(987654);
  expect(json(d), 422, "locationId");
  d = base();
  share(d);
  d.mutable_staff_texts(1)->set_text(std::string(139, 'x') + "éé");  // 141 characters, 143 bytes
  expect(json(d), 422, "staffTexts[1].text");
  d.mutable_staff_texts(1)->set_text(std::string(138, 'x') + "éé");  // 140 characters: accepted
  CHECK(send(server, hr, "POST", "/api/v1/plans", json(d)).status == 201);
  d = base();
  share(d);
  d.mutable_staff_texts()->RemoveLast();
  expect(json(d), 422, "staffTexts");
  d = base();
  share(d);
  d.mutable_staff_texts(2)->set_language("de");
  expect(json(d), 422, "staffTexts[2].language");

  auto plan = create(server, hr, base());
  auto id = std::to_string(plan.id());
  auto note = [&](const std::string& body, int status, const std::string& field) {
    auto reply = send(server, hr, "POST", "/api/v1/plans/" + id + "/notes", body);
    INFO(body << "\n" << reply.body);
    CHECK(reply.status == status);
    CHECK(message_of(reply).find(field) != std::string::npos);
  };
  note(R"({"text":""})", 422, "text");
  note(R"({"text":")" + std::string(1001, 'n') + R"("})", 422, "text");
  note(R"({"text":"ok","notedOn":")" + date_from_today(2) + R"("})", 422, "notedOn");
  auto status = [&](const std::string& body, int code, const std::string& field) {
    auto reply = send(server, hr, "POST", "/api/v1/plans/" + id + "/status", body);
    INFO(body << "\n" << reply.body);
    CHECK(reply.status == code);
    CHECK(message_of(reply).find(field) != std::string::npos);
  };
  status("{}", 422, "status");
  status(R"({"status":"PLAN_STATUS_DONE","on":")" + date_from_today(1) + R"("})", 422, "on");
  status(R"({"status":"PLAN_STATUS_DONE","on":")" + date_from_today(-20) + R"("})", 422, "on");
  status(R"({"status":"PLAN_STATUS_IN_PROGRESS","on":")" + date_from_today(-1) + R"("})", 422, "on");
  status(R"({"status":"SOMETHING"})", 400, "status");
  CHECK(send(server, hr, "POST", "/api/v1/plans/" + id + "/comments", R"({"text":"x"})").status == 404);
  CHECK(get(server, hr, "/api/v1/plans?status=finished").status == 400);
  CHECK(get(server, hr, "/api/v1/plans?location=abc").status == 400);
  CHECK(get(server, hr, "/api/v1/plans/suggestions").status == 400);
  CHECK(get(server, hr, "/api/v1/plans/suggestions?location=1&period=year").status == 400);
}

TEST_CASE("HR's list shows overdue plans, and a store that dropped with no plan on the dimension until one opens",
          "[plans][http]") {
  dashboard_server server;
  auto hr = sign_in(server, "hr");
  // S02's mood fell in the last two weeks: a significant drop over the last 4 published weeks.
  auto list = parse_json<v1::PlanList>(get(server, hr, "/api/v1/plans").body);
  std::set<int> dropped;
  for (const auto& drop : list.unplanned_drops()) {
    CHECK(drop.alert().location_code() == "S02");
    dropped.insert(drop.alert().dimension());
  }
  REQUIRE(dropped.count(v1::DIMENSION_RECOGNITION) == 1);

  auto draft = draft_for(server, "S02", "hr");
  draft.mutable_target()->set_kind(v1::PLAN_TARGET_KIND_DIMENSION);
  draft.mutable_target()->set_dimension(v1::DIMENSION_RECOGNITION);
  draft.set_start_on(date_from_today(-40));
  draft.set_due_on(date_from_today(-2));
  auto plan = create(server, hr, draft);
  CHECK(plan.overdue());

  list = parse_json<v1::PlanList>(get(server, hr, "/api/v1/plans").body);
  for (const auto& drop : list.unplanned_drops()) CHECK(drop.alert().dimension() != v1::DIMENSION_RECOGNITION);
  REQUIRE(list.plans_size() == 1);
  CHECK(list.plans(0).overdue());

  // Filters.
  CHECK(parse_json<v1::PlanList>(get(server, hr, "/api/v1/plans?region=North").body).plans_size() == 0);
  CHECK(parse_json<v1::PlanList>(get(server, hr, "/api/v1/plans?region=South&status=open").body).plans_size() == 1);
  CHECK(parse_json<v1::PlanList>(get(server, hr, "/api/v1/plans?status=done").body).plans_size() == 0);
  CHECK(parse_json<v1::PlanList>(get(server, hr, "/api/v1/plans?owner=" + std::to_string(user_id(server, "hr"))).body)
            .plans_size() == 1);

  // A dropped plan no longer covers the drop.
  REQUIRE(send(server, hr, "POST", "/api/v1/plans/" + std::to_string(plan.id()) + "/status",
               R"({"status":"PLAN_STATUS_DROPPED"})").status == 200);
  list = parse_json<v1::PlanList>(get(server, hr, "/api/v1/plans").body);
  bool back = false;
  for (const auto& drop : list.unplanned_drops()) back = back || drop.alert().dimension() == v1::DIMENSION_RECOGNITION;
  CHECK(back);
  CHECK_FALSE(list.plans(0).overdue());

  auto csv = get(server, hr, "/api/v1/plans/export.csv");
  REQUIRE(csv.status == 200);
  CHECK(csv.headers["content-type"] == "text/csv; charset=utf-8");
  CHECK(csv.body.rfind("id,scope,location_code,", 0) == 0);
  CHECK(csv.body.find(",S02,Seaview Parade,South,Post the limit at every till,Recognition,hr,") != std::string::npos);
}

TEST_CASE("The store's suggested focus comes from its published figures, with starters in the language asked",
          "[plans][http]") {
  dashboard_server server;
  auto manager = sign_in(server, "manager_south");
  auto hr = sign_in(server, "hr");
  auto s02 = std::to_string(server.location_id("S02"));
  auto reply = get(server, hr, "/api/v1/plans/suggestions?location=" + s02 + "&lang=es");
  REQUIRE(reply.status == 200);
  auto suggestions = parse_json<v1::FocusSuggestions>(reply.body);
  REQUIRE(suggestions.suggestions_size() >= 1);
  CHECK(suggestions.suggestions_size() <= 3);
  CHECK(suggestions.suggestions(0).rule() == "significant_drop");
  CHECK(suggestions.suggestions(0).reason().find("a significant drop") != std::string::npos);
  REQUIRE(suggestions.suggestions(0).starters_size() >= 1);
  for (const auto& s : suggestions.suggestions())
    for (const auto& starter : s.starters()) CHECK_FALSE(starter.staff_text().empty());
  // The starters are the library's, in Spanish.
  for (const auto& s : suggestions.suggestions()) {
    auto expected = plans::starters_for(plans::starter_library(), s.target(), "es");
    REQUIRE(static_cast<std::size_t>(s.starters_size()) == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK(s.starters(static_cast<int>(i)).title() == expected[i].title());
  }
  CHECK(suggestions.suggestions(0).starters(0).title() != plans::starters_for(plans::starter_library(),
                                                                               suggestions.suggestions(0).target(), "en")[0].title());

  // A store too small to publish gets no suggestion at all.
  auto n03 = std::to_string(server.location_id("N03"));
  auto none = parse_json<v1::FocusSuggestions>(get(server, hr, "/api/v1/plans/suggestions?location=" + n03).body);
  CHECK(none.suggestions_size() == 0);

  // Once a plan is open on a suggestion, the suggestion points to it.
  auto first = suggestions.suggestions(0);
  auto draft = draft_for(server, "S02", "hr");
  *draft.mutable_target() = first.target();
  auto plan = create(server, hr, draft);
  auto again = parse_json<v1::FocusSuggestions>(get(server, hr, "/api/v1/plans/suggestions?location=" + s02).body);
  CHECK(again.suggestions(0).open_plan_id() == plan.id());
  (void)manager;
}
