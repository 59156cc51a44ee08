#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/queue/offline_queue.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <map>
#include <set>

namespace {

namespace sk = storepulse::kiosk;
namespace v1 = storepulse::v1;

v1::SurveySubmission make_session(const std::string& id = sk::new_client_id()) {
  v1::SurveySubmission session;
  session.set_client_id(id);
  session.set_local_date("2026-11-20");
  session.set_config_version(3);
  session.set_language("fr");
  auto* answer = session.add_answers();
  answer->set_question_key("values_known");
  answer->set_value(4);
  return session;
}

v1::RemediationEvent make_event() {
  v1::RemediationEvent event;
  event.set_client_id(sk::new_client_id());
  event.set_local_date("2026-11-19");
  event.set_category(v1::REMEDIATION_CATEGORY_REFUND);
  event.set_amount_band(v1::AMOUNT_BAND_UP_TO_HALF);
  return event;
}

std::string read_pragma(const std::string& path, const std::string& pragma) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, ("PRAGMA " + pragma).c_str(), -1, &stmt, nullptr);
  std::string value;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    value += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1 < sqlite3_column_count(stmt) ? 1 : 0));
    value += ",";
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

}  // namespace

TEST_CASE("A pushed session is still in the queue after the queue file is reopened", "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  auto session = make_session();
  {
    sk::offline_queue queue(folder.file("queue.sqlite"));
    queue.push(session);
    REQUIRE(queue.size() == 1);
  }
  sk::offline_queue reopened(folder.file("queue.sqlite"));
  REQUIRE(reopened.size() == 1);
  auto items = reopened.take(10);
  REQUIRE(items.size() == 1);
  CHECK(items[0].client_id == session.client_id());
  CHECK_FALSE(items[0].remediation);
  v1::SurveySubmission stored;
  REQUIRE(stored.ParseFromString(items[0].payload));
  CHECK(stored.SerializeAsString() == session.SerializeAsString());
}

TEST_CASE("An item survives the process being killed right after push returns", "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  auto path = folder.file("queue.sqlite");
  auto session = make_session();
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    sk::offline_queue queue(path);
    queue.push(session);
    ::raise(SIGKILL);  // no destructor, no checkpoint, no clean close
    ::_exit(3);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(WTERMSIG(status) == SIGKILL);
  sk::offline_queue queue(path);
  auto items = queue.take(10);
  REQUIRE(items.size() == 1);
  CHECK(items[0].client_id == session.client_id());
}

TEST_CASE("The queue file is in WAL mode and stores no time with an item", "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  auto path = folder.file("queue.sqlite");
  sk::offline_queue queue(path);
  queue.push(make_session());
  CHECK(read_pragma(path, "journal_mode") == "wal,");
  CHECK(read_pragma(path, "table_info(queue_items)") == "client_id,remediation,payload,held_reason,");
}

TEST_CASE("Pushing the same client id twice keeps one item", "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  sk::offline_queue queue(folder.file("queue.sqlite"));
  auto session = make_session();
  queue.push(session);
  queue.push(session);
  CHECK(queue.size() == 1);
}

TEST_CASE("A push without a client id is refused", "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  sk::offline_queue queue(folder.file("queue.sqlite"));
  CHECK_THROWS(queue.push(make_session("")));
  CHECK(queue.size() == 0);
}

TEST_CASE("take returns waiting items in shuffled order and leaves them queued", "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  sk::offline_queue queue(folder.file("queue.sqlite"));
  std::vector<std::string> pushed;
  for (int i = 0; i < 40; ++i) {
    auto session = make_session();
    pushed.push_back(session.client_id());
    queue.push(session);
  }
  queue.push(make_event());

  SECTION("all items come back, each once") {
    auto items = queue.take(100);
    REQUIRE(items.size() == 41);
    std::set<std::string> ids;
    for (const auto& item : items) ids.insert(item.client_id);
    CHECK(ids.size() == 41);
    CHECK(queue.size() == 41);
    CHECK(std::count_if(items.begin(), items.end(), [](const auto& i) { return i.remediation; }) == 1);
  }
  SECTION("max bounds the count") {
    CHECK(queue.take(7).size() == 7);
  }
  SECTION("the order is neither the push order nor the same twice") {
    auto order = [&] {
      std::vector<std::string> ids;
      for (const auto& item : queue.take(100)) if (!item.remediation) ids.push_back(item.client_id);
      return ids;
    };
    auto first = order();
    auto second = order();
    // 40! orders: an accidental match of either comparison is practically impossible.
    CHECK(first != pushed);
    CHECK(first != second);
  }
}

TEST_CASE("remove deletes only the acknowledged items", "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  sk::offline_queue queue(folder.file("queue.sqlite"));
  auto a = make_session();
  auto b = make_session();
  auto c = make_event();
  queue.push(a);
  queue.push(b);
  queue.push(c);
  queue.remove({a.client_id(), c.client_id(), sk::new_client_id()});
  auto items = queue.take(10);
  REQUIRE(items.size() == 1);
  CHECK(items[0].client_id == b.client_id());
}

TEST_CASE("An item held after a refusal that may pass is not taken until released, across restarts",
          "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  auto path = folder.file("queue.sqlite");
  auto a = make_session();
  auto b = make_session();
  {
    sk::offline_queue queue(path);
    queue.push(a);
    queue.push(b);
    queue.hold(a.client_id(), "unknown_question");
  }
  sk::offline_queue queue(path);
  CHECK(queue.size() == 1);
  CHECK(queue.held_count() == 1);
  auto items = queue.take(10);
  REQUIRE(items.size() == 1);
  CHECK(items[0].client_id == b.client_id());
  auto held = queue.held_items();
  REQUIRE(held.size() == 1);
  CHECK(held[0].client_id == a.client_id());
  CHECK(held[0].reason == "unknown_question");

  queue.release_held();
  CHECK(queue.held_count() == 0);
  CHECK(queue.take(10).size() == 2);
}

TEST_CASE("Items refused for good leave the queue and are counted by reason until the counts start over",
          "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  auto path = folder.file("queue.sqlite");
  auto a = make_session();
  auto b = make_session();
  auto c = make_event();
  auto kept = make_session();
  {
    sk::offline_queue queue(path);
    for (const auto& s : {a, b, kept}) queue.push(s);
    queue.push(c);
    queue.refuse({{a.client_id(), "conflict"}, {b.client_id(), "too_late"}, {c.client_id(), "too_late"}});
    // An item already gone is not counted twice.
    queue.refuse({{a.client_id(), "conflict"}});
  }
  sk::offline_queue queue(path);
  CHECK(queue.size() == 1);
  CHECK(queue.take(10).at(0).client_id == kept.client_id());
  CHECK(queue.refusals() == std::map<std::string, std::int64_t>{{"conflict", 1}, {"too_late", 2}});
  queue.reset_refusals();
  CHECK(queue.refusals().empty());
  CHECK(queue.size() == 1);
}

TEST_CASE("A queue file of the previous version sends its set-aside items again", "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  auto path = folder.file("queue.sqlite");
  auto a = make_session();
  auto b = make_session();
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "PRAGMA journal_mode=WAL; CREATE TABLE queue_items (client_id BLOB PRIMARY KEY, remediation "
                         "INTEGER NOT NULL, payload BLOB NOT NULL, set_aside_reason TEXT) WITHOUT ROWID;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO queue_items VALUES (?, 0, ?, ?)", -1, &insert, nullptr);
    for (const auto* session : {&a, &b}) {
      const std::string id = session->client_id(), payload = session->SerializeAsString();
      sqlite3_bind_blob(insert, 1, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
      sqlite3_bind_blob(insert, 2, payload.data(), static_cast<int>(payload.size()), SQLITE_TRANSIENT);
      if (session == &a) {
        sqlite3_bind_text(insert, 3, "http_400: Bad Request", -1, SQLITE_STATIC);
      } else {
        sqlite3_bind_null(insert, 3);
      }
      REQUIRE(sqlite3_step(insert) == SQLITE_DONE);
      sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
  }
  sk::offline_queue queue(path);
  CHECK(queue.size() == 2);
  CHECK(queue.held_count() == 0);
  CHECK(queue.take(10).size() == 2);
  CHECK(read_pragma(path, "table_info(queue_items)") == "client_id,remediation,payload,held_reason,");
}

TEST_CASE("The queue moves to another store only once no answer of the current one is left, or they are discarded",
          "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  sk::offline_queue queue(folder.file("queue.sqlite"));
  CHECK(queue.store().empty());
  queue.adopt_store("S01");
  queue.adopt_store("S09");  // only a queue without a store adopts one
  CHECK(queue.store() == "S01");
  queue.push(make_session());
  queue.push(make_event());
  queue.hold(queue.take(1).at(0).client_id, "unknown_question");

  // Taken only for the store the items were given at.
  CHECK(queue.take(10, std::string("S01")).size() == 1);
  CHECK(queue.take(10, std::string("S02")).empty());

  auto refused = queue.switch_store("S02", false);
  CHECK_FALSE(refused.switched);
  CHECK(refused.left == 2);
  CHECK(queue.store() == "S01");
  CHECK(queue.switch_store("S01", false).switched);  // the same store: nothing to move

  auto discarded = queue.switch_store("S02", true);
  CHECK(discarded.switched);
  CHECK(discarded.discarded == 2);
  CHECK(queue.store() == "S02");
  CHECK(queue.size() + queue.held_count() == 0);

  // An empty queue moves at once.
  CHECK(queue.switch_store("S03", false).switched);
  CHECK(queue.store() == "S03");
}

TEST_CASE("A corrupted queue file stops no caller: each call fails with the reason, and a new file works",
          "[kiosk][queue]") {
  storepulse::testing::scratch_folder folder;
  auto path = folder.file("queue.sqlite");
  {
    sk::offline_queue queue(path);
    queue.push(make_session());
  }
  {
    // The header and first pages overwritten, as a failing card might.
    std::string garbage(8192, '\x5a');
    FILE* file = std::fopen(path.c_str(), "r+b");
    REQUIRE(file);
    std::fwrite(garbage.data(), 1, garbage.size(), file);
    std::fclose(file);
  }
  sk::offline_queue queue(path);
  CHECK_FALSE(queue.problem().empty());
  CHECK_THROWS(queue.push(make_session()));
  CHECK_THROWS(queue.size());
  CHECK(queue.problem().find("not a database") != std::string::npos);

  // Once the file is replaced (an operator moved it aside), the same queue object works again.
  std::remove(path.c_str());
  queue.push(make_session());
  CHECK(queue.size() == 1);
  CHECK(queue.problem().empty());
}
