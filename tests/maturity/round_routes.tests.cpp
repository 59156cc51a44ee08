// The maturity self-assessment routes through the real server binary: role, scope, IDOR, CSRF,
// field errors, scores, the CSV export, history and when the next round is due.
#include "calendar/calendar.h"
#include "server/maturity/maturity_scoring.h"
#include "server/storage/database.h"
#include "storepulse/v1/maturity.pb.h"
#include "tests/support/api_requests.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/dashboard_server.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using storepulse::test::api_get;
using storepulse::test::api_send;
using storepulse::test::dashboard_server;
using storepulse::test::parse_json;
using storepulse::test::to_json;
using storepulse::testing::http_reply;

namespace {

using caller = test::api_session;

const std::string rounds = "/api/v1/maturity/rounds";

v1::MaturityRoundDraft store_round(const dashboard_server& server, const std::string& store,
                                   const std::vector<std::string>& assessors) {
  v1::MaturityRoundDraft draft;
  draft.set_scope(v1::SCOPE_KIND_LOCATION);
  draft.set_location_id(server.location_id(store));
  for (const auto& name : assessors) draft.add_assessor_ids(server.user_id(name));
  return draft;
}

v1::MaturityRound open(const dashboard_server& server, const caller& hr, const v1::MaturityRoundDraft& draft) {
  auto reply = api_send(server, hr, "POST", rounds, to_json(draft));
  INFO(reply.body);
  REQUIRE(reply.status == 201);
  return parse_json<v1::MaturityRound>(reply.body);
}

std::string round_path(const v1::MaturityRound& round, const std::string& rest = "") {
  return rounds + "/" + std::to_string(round.id()) + rest;
}

// Returns answers to every item at one stage, with exceptions by key.
v1::MaturityAnswerSet answers_at(const dashboard_server& server, const caller& who, int stage,
                                 const std::map<std::string, int>& except = {}) {
  auto q = parse_json<v1::MaturityQuestionnaire>(api_get(server, who, "/api/v1/maturity/questionnaire").body);
  v1::MaturityAnswerSet set;
  for (const auto& item : q.items()) {
    auto& answer = *set.add_answers();
    answer.set_item_key(item.key());
    auto other = except.find(item.key());
    answer.set_stage(static_cast<v1::MaturityStage>(other == except.end() ? stage : other->second));
  }
  return set;
}

std::string message_of(const http_reply& reply) { return test::json_string(reply.body, "message"); }

}  // namespace

TEST_CASE("Maturity routes refuse callers without a session, operators, and changes without the CSRF token",
          "[maturity][http][auth]") {
  dashboard_server server;
  const caller nobody;
  for (const auto& target :
       std::vector<std::string>{"/api/v1/maturity/questionnaire", rounds, rounds + "/1", rounds + "/1/answers",
                                rounds + "/1/results", rounds + "/1/results.csv"}) {
    CAPTURE(target);
    CHECK(api_get(server, nobody, target).status == 401);
  }
  CHECK(api_send(server, nobody, "POST", rounds, "{}").status == 401);

  auto ops = test::api_sign_in(server, "ops");
  CHECK(api_get(server, ops, "/api/v1/maturity/questionnaire").status == 403);
  CHECK(api_get(server, ops, rounds).status == 403);
  CHECK(api_send(server, ops, "POST", rounds, to_json(store_round(server, "N01", {"hr"}))).status == 403);

  auto manager = test::api_sign_in(server, "manager_north");
  CHECK(api_send(server, manager, "POST", rounds, to_json(store_round(server, "N01", {"manager_north"}))).status ==
        403);
  auto hr = test::api_sign_in(server, "hr");
  auto without_token = api_send(server, hr, "POST", rounds, to_json(store_round(server, "N01", {"hr"})), false);
  CHECK(without_token.status == 403);
  CHECK(test::json_string(without_token.body, "error") == "csrf");

  auto round = open(server, hr, store_round(server, "N01", {"hr", "manager_north"}));
  const auto answers = to_json(answers_at(server, manager, 3));
  CHECK(api_send(server, manager, "PUT", round_path(round, "/answers"), answers, false).status == 403);
  caller wrong_token = manager;
  wrong_token.csrf = "not-the-token";
  CHECK(api_send(server, wrong_token, "PUT", round_path(round, "/answers"), answers).status == 403);
  CHECK(api_send(server, hr, "POST", round_path(round, "/close"),
                 R"({"agreedStage":"MATURITY_STAGE_ALIGN","note":"x"})", false)
            .status == 403);
  CHECK(api_send(server, ops, "PUT", round_path(round, "/answers"), answers).status == 403);
  CHECK(api_get(server, ops, round_path(round)).status == 403);
  // Nothing of the refused changes was stored.
  auto stored = parse_json<v1::MaturityRound>(api_get(server, hr, round_path(round)).body);
  CHECK(stored.status() == v1::MATURITY_ROUND_STATUS_OPEN);
  CHECK(stored.assessors(1).answered() == 0);
  CHECK(stored.history_size() == 1);
}

TEST_CASE("HR opens a store's round, two assessors answer on their own, both read the scores, HR closes it",
          "[maturity][http]") {
  dashboard_server server;
  auto hr = test::api_sign_in(server, "hr");
  auto manager = test::api_sign_in(server, "manager_north");
  auto q = parse_json<v1::MaturityQuestionnaire>(api_get(server, manager, "/api/v1/maturity/questionnaire").body);
  REQUIRE(q.items_size() == 15);

  auto round = open(server, hr, store_round(server, "N01", {"hr", "manager_north"}));
  CHECK(round.scope() == v1::SCOPE_KIND_LOCATION);
  CHECK(round.location_code() == "N01");
  CHECK(round.region() == "North");
  CHECK(round.opened_by() == "hr");
  CHECK(round.opened_on() == calendar::format_date(calendar::today_utc()));
  CHECK(round.items() == 15);
  REQUIRE(round.assessors_size() == 2);
  CHECK(round.assessors(1).username() == "manager_north");
  CHECK(round.assessors(1).role() == "manager");

  // The manager answers everything at Explore, with a note on one item; HR at Operationalize,
  // except LEAD1 at Embed.
  auto mine = answers_at(server, manager, 2);
  mine.mutable_answers(0)->set_evidence("Leadership meetings last quarter: no customer item.\nSee minutes.");
  auto put = api_send(server, manager, "PUT", round_path(round, "/answers"), to_json(mine));
  INFO(put.body);
  REQUIRE(put.status == 200);
  CHECK(parse_json<v1::MaturityAnswerSet>(put.body).answers_size() == 15);
  REQUIRE(api_send(server, hr, "PUT", round_path(round, "/answers"), to_json(answers_at(server, hr, 4, {{"LEAD1", 6}})))
              .status == 200);
  // A second PUT changes only what it names.
  v1::MaturityAnswerSet one;
  auto& changed = *one.add_answers();
  changed.set_item_key("CON3");
  changed.set_stage(v1::MATURITY_STAGE_EXPLORE);
  REQUIRE(api_send(server, hr, "PUT", round_path(round, "/answers"), to_json(one)).status == 200);
  CHECK(api_send(server, hr, "PUT", round_path(round, "/answers"), to_json(one)).status == 200);

  // Each reads only their own answers.
  auto own = parse_json<v1::MaturityAnswerSet>(api_get(server, manager, round_path(round, "/answers")).body);
  REQUIRE(own.answers_size() == 15);
  for (const auto& answer : own.answers()) CHECK(answer.stage() == v1::MATURITY_STAGE_EXPLORE);

  // Manager: 20 everywhere. HR: leadership (6+4+4)/3 -> 73.33; consistency (4+4+2)/3 -> 46.67;
  // others 60. Consensus (two assessors) is the mean: 46.67, 40, 40, 40, 33.33; overall 40,
  // stage 3 (Mobilize).
  for (const auto* who : {&hr, &manager}) {
    auto reply = api_get(server, *who, round_path(round, "/results"));
    INFO(reply.body);
    REQUIRE(reply.status == 200);
    auto results = parse_json<v1::MaturityResults>(reply.body);
    REQUIRE(results.competencies_size() == 5);
    const auto& lead = results.competencies(0);
    CHECK(lead.competency() == v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT);
    REQUIRE(lead.assessors_size() == 2);
    CHECK(lead.assessors(0).username() == "hr");
    CHECK(lead.assessors(0).score() == Approx(220.0 / 3));
    CHECK(lead.assessors(1).score() == Approx(20));
    CHECK(lead.consensus() == Approx(140.0 / 3));
    CHECK(results.competencies(1).consensus() == Approx(40));
    CHECK(results.competencies(4).consensus() == Approx(100.0 / 3));
    CHECK(results.overall_score() == Approx(40));
    CHECK(results.overall_stage() == v1::MATURITY_STAGE_MOBILIZE);
    // LEAD1 spreads four stages; the items two apart follow in questionnaire order; CON3 agrees.
    CHECK(std::vector<std::string>(results.widest_spread().begin(), results.widest_spread().end()) ==
          std::vector<std::string>{"LEAD1", "LEAD2", "LEAD3"});
    CHECK(results.items(14).item_key() == "CON3");
    CHECK(results.items(14).spread() == 0);
    REQUIRE(results.items(0).by_assessor_size() == 2);
    CHECK(results.items(0).by_assessor(1).evidence() == mine.answers(0).evidence());
  }

  // The same results as binary Protobuf and as CSV.
  auto binary = testing::http_send(server.port(), "GET", round_path(round, "/results"), {},
                                   {{"Accept", "application/x-protobuf"}, {"Cookie", hr.cookie}});
  REQUIRE(binary.status == 200);
  v1::MaturityResults from_binary;
  REQUIRE(from_binary.ParseFromString(binary.body));
  CHECK(from_binary.overall_stage() == v1::MATURITY_STAGE_MOBILIZE);
  auto csv = api_get(server, manager, round_path(round, "/results.csv"));
  REQUIRE(csv.status == 200);
  CHECK(csv.headers["content-type"].starts_with("text/csv"));
  CHECK(csv.body.starts_with("round_id,scope,figure,competency,item,assessor,score,stage,spread,evidence\n"));
  CHECK_THAT(csv.body, Catch::Contains(",store N01,assessor_score,Leadership commitment,,manager_north,20,,,\n"));
  CHECK_THAT(csv.body, Catch::Contains(",store N01,item_spread,Leadership commitment,LEAD1,,,,4,\n"));
  const std::string overall = ",store N01,overall,,,,";
  auto at = csv.body.find(overall);
  REQUIRE(at != std::string::npos);
  CHECK(std::stod(csv.body.substr(at + overall.size())) == Approx(40));
  CHECK(csv.body.substr(at, csv.body.find('\n', at) - at).ends_with(",Mobilize,,"));
  CHECK_THAT(csv.body, Catch::Contains("\"Leadership meetings last quarter: no customer item.\nSee minutes.\""));

  // Only HR closes, with a stage and a note; then nobody answers any more.
  const std::string closing =
      R"({"agreedStage":"MATURITY_STAGE_MOBILIZE","note":"We agree on Mobilize; LEAD1 first."})";
  CHECK(api_send(server, manager, "POST", round_path(round, "/close"), closing).status == 403);
  auto closed_reply = api_send(server, hr, "POST", round_path(round, "/close"), closing);
  INFO(closed_reply.body);
  REQUIRE(closed_reply.status == 200);
  auto closed = parse_json<v1::MaturityRound>(closed_reply.body);
  CHECK(closed.status() == v1::MATURITY_ROUND_STATUS_CLOSED);
  CHECK(closed.agreed_stage() == v1::MATURITY_STAGE_MOBILIZE);
  CHECK(closed.closing_note() == "We agree on Mobilize; LEAD1 first.");
  CHECK(closed.closed_on() == calendar::format_date(calendar::today_utc()));
  CHECK(api_send(server, hr, "POST", round_path(round, "/close"), closing).status == 409);
  auto late = api_send(server, manager, "PUT", round_path(round, "/answers"), to_json(one));
  CHECK(late.status == 409);
  CHECK(message_of(late) == "The round is closed.");

  // Every change is recorded, newest first.
  REQUIRE(closed.history_size() == 6);
  CHECK(closed.history(0).user() == "hr");
  CHECK(closed.history(0).what() == "closed the round at stage MATURITY_STAGE_MOBILIZE");
  CHECK(closed.history(1).what() == "answered 1 items (0 with evidence)");
  CHECK(closed.history(4).what() == "answered 15 items (1 with evidence)");
  CHECK(closed.history(4).user() == "manager_north");
  CHECK(closed.history(5).what() == "opened the round for store N01 with assessors hr, manager_north");

  // The next round for N01 is due six months after today, not yet overdue.
  auto list = parse_json<v1::MaturityRoundList>(api_get(server, manager, rounds).body);
  REQUIRE(list.rounds_size() == 1);
  REQUIRE(list.dues_size() == 1);
  CHECK(list.dues(0).location_name() == "Northgate");
  CHECK(list.dues(0).due_on() == calendar::format_date(maturity::next_round_due(calendar::today_utc())));
  CHECK_FALSE(list.dues(0).overdue());
  CHECK_FALSE(list.any_overdue());
}

TEST_CASE("A manager reaches only the rounds they are invited to, and is invited only where they cover the scope",
          "[maturity][http][scope]") {
  dashboard_server server;
  auto hr = test::api_sign_in(server, "hr");
  auto north = test::api_sign_in(server, "manager_north");
  auto south = test::api_sign_in(server, "manager_south");
  auto south_round = open(server, hr, store_round(server, "S01", {"manager_south"}));

  // Another store's round by id: 404 on every route, and absent from the list.
  for (const auto& rest : std::vector<std::string>{"", "/answers", "/results", "/results.csv"}) {
    CAPTURE(rest);
    CHECK(api_get(server, north, round_path(south_round, rest)).status == 404);
  }
  CHECK(api_send(server, north, "PUT", round_path(south_round, "/answers"), to_json(answers_at(server, north, 3)))
            .status == 404);
  CHECK(parse_json<v1::MaturityRoundList>(api_get(server, north, rounds).body).rounds_size() == 0);
  CHECK(parse_json<v1::MaturityRoundList>(api_get(server, south, rounds).body).rounds_size() == 1);

  // HR sees every round and its results but answers only where invited.
  CHECK(api_get(server, hr, round_path(south_round, "/results")).status == 200);
  auto not_invited = api_get(server, hr, round_path(south_round, "/answers"));
  CHECK(not_invited.status == 403);
  CHECK(message_of(not_invited) == "Only the round's assessors answer it.");
  CHECK(api_send(server, hr, "PUT", round_path(south_round, "/answers"), to_json(answers_at(server, hr, 3))).status ==
        403);

  // One open round per scope.
  auto again = api_send(server, hr, "POST", rounds, to_json(store_round(server, "S01", {"hr"})));
  CHECK(again.status == 409);

  // Managers are invited for their own stores and regions only; never for the organisation.
  auto wrong_store = api_send(server, hr, "POST", rounds, to_json(store_round(server, "N01", {"hr", "manager_south"})));
  CHECK(wrong_store.status == 422);
  CHECK(message_of(wrong_store) == "assessorIds[1] is a manager who does not cover this scope.");
  auto operator_invited = api_send(server, hr, "POST", rounds, to_json(store_round(server, "N01", {"ops"})));
  CHECK(operator_invited.status == 422);
  CHECK(message_of(operator_invited) == "assessorIds[0] is not an HR admin or a manager.");
  v1::MaturityRoundDraft region;
  region.set_scope(v1::SCOPE_KIND_REGION);
  region.set_region("South");
  region.add_assessor_ids(server.user_id("manager_north"));
  CHECK(api_send(server, hr, "POST", rounds, to_json(region)).status == 422);
  region.set_region("North");
  auto north_round = open(server, hr, region);
  CHECK(north_round.region() == "North");
  CHECK(north_round.location_id() == 0);
  v1::MaturityRoundDraft organisation;
  organisation.set_scope(v1::SCOPE_KIND_ORGANISATION);
  organisation.add_assessor_ids(server.user_id("manager_north"));
  auto manager_for_organisation = api_send(server, hr, "POST", rounds, to_json(organisation));
  CHECK(manager_for_organisation.status == 422);
  CHECK_THAT(message_of(manager_for_organisation), Catch::Contains("the organisation's round is for HR admins"));
  organisation.set_assessor_ids(0, server.user_id("hr"));
  CHECK(open(server, hr, organisation).scope() == v1::SCOPE_KIND_ORGANISATION);

  // manager_north now sees the region's round and nothing else; manager_south still only theirs.
  auto listed = parse_json<v1::MaturityRoundList>(api_get(server, north, rounds).body);
  REQUIRE(listed.rounds_size() == 1);
  CHECK(listed.rounds(0).id() == north_round.id());
  CHECK(listed.rounds(0).invited());
  CHECK(parse_json<v1::MaturityRoundList>(api_get(server, hr, rounds).body).rounds_size() == 3);
}

TEST_CASE("Bad input to the maturity routes gets 400 or 422 naming the field", "[maturity][http][validation]") {
  dashboard_server server;
  auto hr = test::api_sign_in(server, "hr");
  CHECK(api_send(server, hr, "POST", rounds, "not json").status == 400);
  auto unknown = api_send(server, hr, "POST", rounds, R"({"locationId":"1","assessors":[1]})");
  CHECK(unknown.status == 400);
  CHECK_THAT(message_of(unknown), Catch::Contains("assessors"));

  auto no_assessors = store_round(server, "N01", {});
  auto reply = api_send(server, hr, "POST", rounds, to_json(no_assessors));
  CHECK(reply.status == 422);
  CHECK(message_of(reply) == "assessorIds names at least one assessor.");
  auto twice = store_round(server, "N01", {"hr", "hr"});
  CHECK(message_of(api_send(server, hr, "POST", rounds, to_json(twice))) == "assessorIds[1] is given twice.");
  auto no_store = store_round(server, "N01", {"hr"});
  no_store.set_location_id(0);
  CHECK(message_of(api_send(server, hr, "POST", rounds, to_json(no_store))) == "locationId is a store id.");
  no_store.set_location_id(99999);
  auto missing = api_send(server, hr, "POST", rounds, to_json(no_store));
  CHECK(missing.status == 422);
  CHECK(message_of(missing) == "locationId names no store.");

  auto round = open(server, hr, store_round(server, "N01", {"hr"}));
  auto answer_with = [&](const std::string& body) {
    return api_send(server, hr, "PUT", round_path(round, "/answers"), body);
  };
  auto bad_key = answer_with(R"({"answers":[{"itemKey":"NOPE","stage":"MATURITY_STAGE_ALIGN"}]})");
  CHECK(bad_key.status == 422);
  CHECK(message_of(bad_key) == "answers[0].itemKey names no item.");
  CHECK(message_of(answer_with(R"({"answers":[{"itemKey":"LEAD1"}]})")) ==
        "answers[0].stage is a stage from MATURITY_STAGE_IGNORE to MATURITY_STAGE_EMBED.");
  CHECK(message_of(answer_with(R"({"answers":[{"itemKey":"LEAD1","stage":"MATURITY_STAGE_ALIGN"},)"
                               R"({"itemKey":"LEAD1","stage":"MATURITY_STAGE_EMBED"}]})")) ==
        "answers[1].itemKey is given twice.");
  auto long_evidence = answer_with(R"({"answers":[{"itemKey":"LEAD1","stage":"MATURITY_STAGE_ALIGN","evidence":")" +
                                   std::string(501, 'x') + "\"}]}");
  CHECK(long_evidence.status == 422);
  CHECK_THAT(message_of(long_evidence), Catch::StartsWith("answers[0].evidence"));
  CHECK(answer_with(R"({"answers":[{"itemKey":"LEAD1","stage":7}]})").status == 422);

  // Closing: nobody answered yet, then a missing stage and an empty note.
  auto early =
      api_send(server, hr, "POST", round_path(round, "/close"), R"({"agreedStage":"MATURITY_STAGE_ALIGN","note":"n"})");
  CHECK(early.status == 409);
  CHECK(message_of(early) == "Nobody has answered yet.");
  auto no_stage = api_send(server, hr, "POST", round_path(round, "/close"), R"({"note":"n"})");
  CHECK(no_stage.status == 422);
  CHECK_THAT(message_of(no_stage), Catch::StartsWith("agreedStage"));
  auto no_note = api_send(server, hr, "POST", round_path(round, "/close"), R"({"agreedStage":"MATURITY_STAGE_ALIGN"})");
  CHECK(no_note.status == 422);
  CHECK_THAT(message_of(no_note), Catch::StartsWith("note"));

  // Paths that name no round.
  for (const auto& target :
       std::vector<std::string>{rounds + "/abc", rounds + "/0", rounds + "/99999", round_path(round, "/other")}) {
    CAPTURE(target);
    CHECK(api_get(server, hr, target).status == 404);
  }
  CHECK(api_send(server, hr, "POST", round_path(round, "/reopen"), "{}").status == 404);
}

TEST_CASE("A scope whose last round closed over six months ago is reported overdue until a new round opens",
          "[maturity][http][due]") {
  dashboard_server server;
  auto hr = test::api_sign_in(server, "hr");
  {
    storage::database db(server.db_path());
    db.prepare(
          "INSERT INTO maturity_rounds(scope, location_id, opened_by, opened_on, status, agreed_stage, closing_note, "
          "closed_on) VALUES ('location', ?1, ?2, '2025-01-06', 'closed', 3, 'First round.', '2025-01-20')")
        .bind(1, server.location_id("N02"))
        .bind(2, server.user_id("hr"))
        .run();
  }
  auto list = parse_json<v1::MaturityRoundList>(api_get(server, hr, rounds).body);
  REQUIRE(list.dues_size() == 1);
  CHECK(list.dues(0).last_closed_on() == "2025-01-20");
  CHECK(list.dues(0).due_on() == "2025-07-20");
  CHECK(list.dues(0).overdue());
  CHECK(list.any_overdue());
  // A manager not invited to N02's rounds is not told about it.
  auto north = test::api_sign_in(server, "manager_north");
  CHECK(parse_json<v1::MaturityRoundList>(api_get(server, north, rounds).body).dues_size() == 0);

  auto next = open(server, hr, store_round(server, "N02", {"hr", "manager_north"}));
  list = parse_json<v1::MaturityRoundList>(api_get(server, hr, rounds).body);
  REQUIRE(list.dues_size() == 1);
  CHECK_FALSE(list.dues(0).overdue());
  CHECK(list.dues(0).open_round_id() == next.id());
  CHECK_FALSE(list.any_overdue());
  // Invited now, the manager sees the scope's due date too.
  CHECK(parse_json<v1::MaturityRoundList>(api_get(server, north, rounds).body).dues_size() == 1);
}

TEST_CASE("A round's results carry the lip-service gap from the store's published pulse, held back where it publishes "
          "nothing",
          "[maturity][http][gap]") {
  dashboard_server server;
  auto hr = test::api_sign_in(server, "hr");
  auto north = test::api_sign_in(server, "manager_north");
  auto round = open(server, hr, store_round(server, "N01", {"hr", "manager_north"}));
  REQUIRE(api_send(server, hr, "PUT", round_path(round, "/answers"), to_json(answers_at(server, hr, 6))).status == 200);
  REQUIRE(api_send(server, north, "PUT", round_path(round, "/answers"), to_json(answers_at(server, north, 6))).status ==
          200);

  // The store's manager reads the figures of their own store: every leader placed it at Embed.
  auto results = parse_json<v1::MaturityResults>(api_get(server, north, round_path(round, "/results")).body);
  const auto& gap = results.lip_service_gap();
  CHECK(gap.weeks() == 26);
  CHECK(gap.far_above_threshold() == 20);
  REQUIRE(gap.rows_size() == 5);
  int published = 0;
  for (const auto& row : gap.rows()) {
    CAPTURE(row.competency());
    CHECK(row.leaders() == 100);
    if (!row.has_staff()) {
      CHECK_FALSE(row.held_back().empty());
      continue;
    }
    ++published;
    CHECK(row.staff_status() == v1::CELL_STATUS_PUBLISHED);
    CHECK(row.staff() >= 0);
    CHECK(row.staff() <= 100);
    CHECK(row.gap() == Approx(100 - row.staff()));
    CHECK(row.leaders_far_above() == (row.gap() > 20));
  }
  CHECK(published == 3);  // leadership, values and empowerment; one store has no spread
  CHECK(gap.rows(3).held_back() == "no matching pulse figure");

  // HR gets the same figures as binary Protobuf.
  auto binary = testing::http_send(server.port(), "GET", round_path(round, "/results"), {},
                                   {{"Accept", "application/x-protobuf"}, {"Cookie", hr.cookie}});
  REQUIRE(binary.status == 200);
  v1::MaturityResults from_binary;
  REQUIRE(from_binary.ParseFromString(binary.body));
  CHECK(from_binary.lip_service_gap().SerializeAsString() == gap.SerializeAsString());

  // N03 answers too rarely to publish anything: its staff figures are held back, with no number.
  auto sparse = open(server, hr, store_round(server, "N03", {"hr"}));
  REQUIRE(api_send(server, hr, "PUT", round_path(sparse, "/answers"), to_json(answers_at(server, hr, 6))).status ==
          200);
  auto held = parse_json<v1::MaturityResults>(api_get(server, hr, round_path(sparse, "/results")).body);
  REQUIRE(held.lip_service_gap().rows_size() == 5);
  for (int i = 0; i < 3; ++i) {
    const auto& row = held.lip_service_gap().rows(i);
    CAPTURE(row.competency());
    CHECK(row.staff_status() == v1::CELL_STATUS_SUPPRESSED);
    CHECK_FALSE(row.has_staff());
    CHECK_FALSE(row.has_gap());
    CHECK_FALSE(row.leaders_far_above());
    CHECK(row.held_back() == "too few answers to publish");
  }
  const auto json = api_get(server, hr, round_path(sparse, "/results")).body;
  CHECK(json.find("\"staff\":") == std::string::npos);
}
