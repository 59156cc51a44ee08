#include "calendar/calendar.h"
#include "calendar/clock.h"
#include "server/ingest/submission_store.h"
#include "server/ingest/writer.h"
#include "tests/support/batch_builder.h"
#include "tests/support/ingest_fixture.h"

#include <catch2/catch.hpp>

#include <functional>
#include <future>
#include <optional>
#include <thread>
#include <vector>

using namespace storepulse;
using testing::ingest_fixture;

namespace {

// Stores one batch through a real writer and waits for its commit. Throws (rather than using
// Catch2's assertions, which are not thread-safe) when the writer refuses or the commit fails.
ingest::batch_outcome store_batch(ingest::writer& w, ingest::submission_store& store, const v1::SubmissionBatch& batch,
                                  const std::string& token = "token-a") {
  ingest::batch_outcome out;
  std::promise<std::exception_ptr> done;
  auto upload = ingest::prepare_batch(batch, ingest_fixture::token_hash(token), calendar::now_unix());
  if (!w.post([&](storage::database& db, ingest::rollup_accumulator& r) { out = store.store(db, r, upload); },
              [&](std::exception_ptr e) { done.set_value(e); }))
    throw std::runtime_error("the writer refused the batch");
  if (auto error = done.get_future().get()) std::rethrow_exception(error);
  return out;
}

}  // namespace

TEST_CASE("An identical replay is acknowledged the same way and counted once", "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto batch = testing::valid_batch(1, 3);
  auto first = store_batch(w, store, batch);
  auto second = store_batch(w, store, batch);
  CHECK(first.stored == 3);
  CHECK(second.stored == 0);
  CHECK(second.duplicates == 3);
  CHECK(ingest::make_ack(batch, first).SerializeAsString() == ingest::make_ack(batch, second).SerializeAsString());
  CHECK(fx.count("SELECT count(*) FROM submissions") == 3);
  CHECK(fx.count("SELECT count(*) FROM answers") == 15);
  CHECK(fx.count("SELECT sessions FROM rollup_sessions") == 3);
  CHECK(fx.count("SELECT n FROM rollup_answers r JOIN questions q ON q.id = r.question_id WHERE q.key = 'values_know'") == 3);
}

TEST_CASE("The same client id with other answers is a conflict that changes nothing", "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto batch = testing::valid_batch(1, 1);
  store_batch(w, store, batch);
  auto altered = batch;
  altered.mutable_submissions(0)->mutable_answers(0)->set_value(5 - batch.submissions(0).answers(0).value() % 5);
  *altered.add_submissions() = testing::valid_submission(99);
  auto out = store_batch(w, store, altered);
  auto ack = ingest::make_ack(altered, out);
  REQUIRE(ack.results_size() == 2);
  CHECK(ack.results(0).client_id() == altered.submissions(0).client_id());
  CHECK(ack.results(0).status() == v1::ITEM_STATUS_CONFLICT);
  CHECK(!ack.results(0).message().empty());
  CHECK(ack.results(1).client_id() == altered.submissions(1).client_id());
  CHECK(ack.results(1).status() == v1::ITEM_STATUS_ACCEPTED);
  CHECK(out.conflicts == 1);
  CHECK(fx.count("SELECT count(*) FROM submissions") == 2);
  CHECK(fx.count("SELECT sum FROM rollup_answers r JOIN questions q ON q.id = r.question_id WHERE q.key = 'values_know'") ==
        batch.submissions(0).answers(0).value() + testing::valid_submission(99).answers(0).value());
}

TEST_CASE("An invalid item refuses the whole batch and stores nothing", "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto batch = testing::valid_batch(1, 4);
  std::string expected_code;
  SECTION("unknown question") {
    batch.mutable_submissions(2)->mutable_answers(1)->set_question_key("no_such_question");
    expected_code = "unknown_question";
  }
  SECTION("value out of range") {
    batch.mutable_submissions(2)->mutable_answers(0)->set_value(6);
    expected_code = "value_out_of_range";
  }
  SECTION("yes/no answered with 2") {
    batch.mutable_submissions(2)->mutable_answers(2)->set_value(2);
    expected_code = "value_out_of_range";
  }
  SECTION("date in the future") {
    batch.mutable_submissions(2)->set_local_date(testing::utc_date(2));
    expected_code = "date_in_future";
  }
  SECTION("date too old") {
    batch.mutable_submissions(2)->set_local_date(testing::utc_date(-400));
    expected_code = "date_too_old";
  }
  SECTION("a time of day instead of a date") {
    batch.mutable_submissions(2)->set_local_date(testing::utc_date() + "T09:15");
    expected_code = "invalid_date";
  }
  SECTION("missing client id") {
    batch.mutable_submissions(2)->clear_client_id();
    expected_code = "missing_client_id";
  }
  SECTION("unknown remediation category") {
    auto* r = batch.add_remediations();
    r->set_client_id(testing::client_id_for(500));
    r->set_local_date(testing::utc_date());
    r->set_category(static_cast<v1::RemediationCategory>(42));
    r->set_amount_band(v1::AMOUNT_BAND_NO_MONEY);
    expected_code = "invalid_category";
  }
  auto out = store_batch(w, store, batch);
  CHECK(out.result == ingest::batch_outcome::kind::invalid);
  REQUIRE(out.error);
  CHECK(out.error->code == expected_code);
  CHECK(out.error->item_index == (expected_code == "invalid_category" ? 4 : 2));
  CHECK(fx.count("SELECT count(*) FROM submissions") == 0);
  CHECK(fx.count("SELECT count(*) FROM rollup_answers") == 0);
}

TEST_CASE("An item older than the accepted window is acknowledged as too late and stored nowhere, for kiosks that say they understand",
          "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto batch = testing::valid_batch(1, 3);
  batch.mutable_submissions(1)->set_local_date(testing::utc_date(-400));
  // Its contents are not checked: it is counted and dropped whatever it holds.
  batch.mutable_submissions(1)->mutable_answers(0)->set_value(99);
  auto* late_event = batch.add_remediations();
  late_event->set_client_id(testing::client_id_for(700));
  late_event->set_local_date(testing::utc_date(-100));
  late_event->set_category(v1::REMEDIATION_CATEGORY_REFUND);
  late_event->set_amount_band(v1::AMOUNT_BAND_NO_MONEY);

  SECTION("a kiosk of before gets the batch refused, as it did") {
    auto out = store_batch(w, store, batch);
    CHECK(out.result == ingest::batch_outcome::kind::invalid);
    REQUIRE(out.error);
    CHECK(out.error->code == "date_too_old");
    CHECK(fx.count("SELECT count(*) FROM submissions") == 0);
  }
  SECTION("a kiosk that understands gets each item's answer") {
    batch.set_accepts_too_late(true);
    auto out = store_batch(w, store, batch);
    REQUIRE(out.result == ingest::batch_outcome::kind::stored);
    CHECK(out.stored == 2);
    CHECK(out.too_late == 2);
    auto ack = ingest::make_ack(batch, out);
    REQUIRE(ack.results_size() == 4);
    CHECK(ack.results(0).status() == v1::ITEM_STATUS_ACCEPTED);
    CHECK(ack.results(1).status() == v1::ITEM_STATUS_TOO_LATE);
    CHECK_FALSE(ack.results(1).message().empty());
    CHECK(ack.results(2).status() == v1::ITEM_STATUS_ACCEPTED);
    CHECK(ack.results(3).status() == v1::ITEM_STATUS_TOO_LATE);
    CHECK(fx.count("SELECT count(*) FROM submissions") == 2);
    CHECK(fx.count("SELECT count(*) FROM remediation_events") == 0);
    CHECK(fx.count("SELECT sessions FROM rollup_sessions") == 2);
    // A replay gets the same answer.
    auto again = store_batch(w, store, batch);
    CHECK(ingest::make_ack(batch, again).SerializeAsString() == ack.SerializeAsString());
    CHECK(fx.count("SELECT count(*) FROM submissions") == 2);
  }
  SECTION("other invalid items still refuse the batch") {
    batch.set_accepts_too_late(true);
    batch.mutable_submissions(2)->mutable_answers(0)->set_value(99);
    auto out = store_batch(w, store, batch);
    CHECK(out.result == ingest::batch_outcome::kind::invalid);
    REQUIRE(out.error);
    CHECK(out.error->item_index == 2);
  }
}

TEST_CASE("An answer stored in time and sent again once too late is acknowledged as it was then", "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  auto batch = testing::valid_batch(1, 1);
  batch.mutable_submissions(0)->set_local_date(testing::utc_date(-10));
  batch.set_accepts_too_late(true);
  ingest::submission_store lenient({60});
  REQUIRE(store_batch(w, lenient, batch).stored == 1);
  // Its acknowledgement was lost; by the time it comes again the window has moved past it.
  ingest::submission_store strict({5});
  auto out = store_batch(w, strict, batch);
  CHECK(out.too_late == 0);
  CHECK(out.duplicates == 1);
  CHECK(ingest::make_ack(batch, out).results(0).status() == v1::ITEM_STATUS_ACCEPTED);
}

TEST_CASE("Unknown and revoked tokens store nothing", "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  CHECK(store_batch(w, store, testing::valid_batch(1, 1), "not-a-token").result == ingest::batch_outcome::kind::unauthorized);
  {
    storage::database db(fx.path());
    db.exec("UPDATE kiosks SET revoked = 1 WHERE id = 2");
  }
  CHECK(store_batch(w, store, testing::valid_batch(1, 1), "token-b").result == ingest::batch_outcome::kind::unauthorized);
  CHECK(fx.count("SELECT count(*) FROM submissions") == 0);
}

TEST_CASE("A kiosk revoked after its uploads is refused from the next batch on, whoever revoked it",
          "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  w.on_rollback([&store] { store.forget(); });
  // The first upload puts the kiosk in the store's memory.
  REQUIRE(store_batch(w, store, testing::valid_batch(1, 1), "token-a").stored == 1);
  // Runs SQL as a job on the writer, as the web's revoke does; throws when the job failed.
  auto on_writer = [&w](const std::string& sql, bool then_fail) {
    std::promise<std::exception_ptr> done;
    w.post(
        [&](storage::database& db, ingest::rollup_accumulator&) {
          db.exec(sql);
          if (then_fail) throw std::runtime_error("the job fails after its change");
        },
        [&](std::exception_ptr e) { done.set_value(e); });
    return done.get_future().get();
  };
  auto expected = ingest::batch_outcome::kind::unauthorized;
  SECTION("revoked by another connection, as the admin tool does") {
    storage::database db(fx.path());
    db.exec("UPDATE kiosks SET revoked = 1 WHERE id = 1");
  }
  SECTION("revoked by a job on the writer, as the web's revoke does") {
    CHECK_FALSE(on_writer("UPDATE kiosks SET revoked = 1 WHERE id = 1", false));
  }
  SECTION("a revocation rolled back leaves the kiosk working") {
    CHECK(on_writer("UPDATE kiosks SET revoked = 1 WHERE id = 1", true));
    expected = ingest::batch_outcome::kind::stored;
  }
  CHECK(store_batch(w, store, testing::valid_batch(2, 1), "token-a").result == expected);
  CHECK(fx.count("SELECT count(*) FROM submissions") == (expected == ingest::batch_outcome::kind::stored ? 2 : 1));
}

TEST_CASE("An upload leaves the kiosk's last-seen hour and queue alone, whatever queue it reports",
          "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto batch = testing::valid_batch(1, 1);
  batch.set_queued_on_kiosk(7);
  REQUIRE(store_batch(w, store, batch, "token-a").stored == 1);
  CHECK(fx.count("SELECT count(*) FROM kiosks WHERE last_seen_at IS NULL AND queued_items = 0") == 2);
}

TEST_CASE("A check-in writes the kiosk's last-seen hour and the queue it reports, and hides no revocation",
          "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  // Runs a job on the writer and waits for its commit; throws when it failed.
  auto on_writer = [&w](const std::function<void(storage::database&)>& job) {
    std::promise<std::exception_ptr> done;
    w.post([&](storage::database& db, ingest::rollup_accumulator&) { job(db); },
           [&](std::exception_ptr e) { done.set_value(e); });
    if (auto error = done.get_future().get()) std::rethrow_exception(error);
  };
  auto touch = [&](std::int64_t hour, std::optional<std::int64_t> queued) {
    on_writer([&](storage::database& db) { store.touch_kiosk(db, 1, hour, {queued, "", std::nullopt}); });
  };
  REQUIRE(store_batch(w, store, testing::valid_batch(1, 1), "token-a").stored == 1);

  touch(7200, 7);
  CHECK(fx.count("SELECT last_seen_at FROM kiosks WHERE id = 1") == 7200);
  CHECK(fx.count("SELECT queued_items FROM kiosks WHERE id = 1") == 7);
  touch(10800, std::nullopt);  // no queue reported: the last one stays
  CHECK(fx.count("SELECT last_seen_at FROM kiosks WHERE id = 1") == 10800);
  CHECK(fx.count("SELECT queued_items FROM kiosks WHERE id = 1") == 7);
  touch(10800, 0);
  CHECK(fx.count("SELECT queued_items FROM kiosks WHERE id = 1") == 0);
  CHECK(fx.count("SELECT count(*) FROM kiosks WHERE id = 2 AND last_seen_at IS NULL") == 1);

  // A revocation on the writer just before a check-in still reaches the next upload.
  on_writer([](storage::database& db) { db.exec("UPDATE kiosks SET revoked = 1 WHERE id = 1"); });
  touch(14400, 1);
  CHECK(store_batch(w, store, testing::valid_batch(2, 1), "token-a").result == ingest::batch_outcome::kind::unauthorized);
}

TEST_CASE("Sessions past the daily cap are kept but quarantined and left out of rollups", "[server][ingest]") {
  ingest_fixture fx;  // headcount 4: cap = max(10, ceil(4 * 1.5)) = 10
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto out = store_batch(w, store, testing::valid_batch(1, 14));
  CHECK(out.stored == 14);
  CHECK(out.quarantined == 4);
  CHECK(fx.count("SELECT count(*) FROM submissions WHERE quarantined = 1") == 4);
  CHECK(fx.count("SELECT sessions FROM rollup_sessions") == 10);
  CHECK(fx.count("SELECT quarantined FROM rollup_sessions") == 4);
  CHECK(fx.count("SELECT n FROM rollup_answers r JOIN questions q ON q.id = r.question_id WHERE q.key = 'values_know'") == 10);
  SECTION("the other kiosk of the store has its own cap") {
    auto other = store_batch(w, store, testing::valid_batch(100, 2), "token-b");
    CHECK(other.quarantined == 0);
  }
}

TEST_CASE("Fifty concurrent identical batches store one row each", "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto batch = testing::valid_batch(1000, 5);
  std::vector<std::thread> threads;
  std::vector<ingest::batch_outcome> outcomes(50);
  for (int i = 0; i < 50; ++i) threads.emplace_back([&, i] { outcomes[static_cast<std::size_t>(i)] = store_batch(w, store, batch); });
  for (auto& t : threads) t.join();
  int stored = 0, duplicates = 0;
  for (const auto& o : outcomes) {
    stored += o.stored;
    duplicates += o.duplicates;
    CHECK(ingest::make_ack(batch, o).SerializeAsString() == ingest::make_ack(batch, outcomes[0]).SerializeAsString());
  }
  CHECK(stored == 5);
  CHECK(duplicates == 49 * 5);
  CHECK(fx.count("SELECT count(*) FROM submissions") == 5);
  CHECK(fx.count("SELECT sessions FROM rollup_sessions") == 5);
}

TEST_CASE("The daily cap counts the sessions already stored when a new writer starts", "[server][ingest]") {
  ingest_fixture fx;  // cap 10 per kiosk and day
  {
    ingest::writer w(fx.path());
    ingest::submission_store store({});
    CHECK(store_batch(w, store, testing::valid_batch(1, 8)).quarantined == 0);
  }
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto out = store_batch(w, store, testing::valid_batch(50, 4));
  CHECK(out.stored == 4);
  CHECK(out.quarantined == 2);
}

TEST_CASE("Sessions of a rolled-back group do not count toward the daily cap", "[server][ingest]") {
  ingest_fixture fx;  // cap 10 per kiosk and day
  ingest::writer w(fx.path());
  auto store = std::make_shared<ingest::submission_store>(ingest::ingest_limits{});
  w.on_rollback([store] { store->forget(); });
  // Hold the writer so that the next two jobs share a group: six sessions, then a job that
  // throws. The group runs again without the failing job, so six are stored, not twelve.
  std::promise<void> hold, started;
  auto held = hold.get_future().share();
  w.post([held, &started](storage::database&, ingest::rollup_accumulator&) {
           started.set_value();
           held.wait();
         },
         nullptr);
  started.get_future().wait();
  auto upload = ingest::prepare_batch(testing::valid_batch(1, 6), ingest_fixture::token_hash("token-a"), calendar::now_unix());
  auto stored = std::make_shared<std::promise<std::exception_ptr>>();
  auto failed = std::make_shared<std::promise<std::exception_ptr>>();
  auto outcome = std::make_shared<ingest::batch_outcome>();
  w.post([store, upload, outcome](storage::database& db, ingest::rollup_accumulator& r) {
           *outcome = store->store(db, r, upload);
         },
         [stored](std::exception_ptr e) { stored->set_value(e); });
  w.post([](storage::database&, ingest::rollup_accumulator&) { throw std::runtime_error("this job fails"); },
         [failed](std::exception_ptr e) { failed->set_value(e); });
  hold.set_value();
  CHECK(stored->get_future().get() == nullptr);
  CHECK(failed->get_future().get() != nullptr);
  CHECK(outcome->stored == 6);
  CHECK(fx.count("SELECT count(*) FROM submissions") == 6);
  auto next = store_batch(w, *store, testing::valid_batch(50, 5));
  CHECK(next.stored == 5);
  CHECK(next.quarantined == 1);
}

TEST_CASE("A failing job is rolled back alone while the other jobs of its group commit", "[server][writer]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  std::promise<void> hold;
  auto held = hold.get_future().share();
  std::vector<std::future<std::exception_ptr>> results;
  // The first job holds the writer so that the next three queue up and share one group.
  std::promise<std::exception_ptr> first;
  std::promise<void> started;
  results.push_back(first.get_future());
  w.post([held, &started](storage::database&, ingest::rollup_accumulator&) {
           started.set_value();
           held.wait();
         },
         [p = std::make_shared<std::promise<std::exception_ptr>>(std::move(first))](std::exception_ptr e) { p->set_value(e); });
  started.get_future().wait();
  for (int i = 0; i < 3; ++i) {
    auto p = std::make_shared<std::promise<std::exception_ptr>>();
    results.push_back(p->get_future());
    w.post([i](storage::database& db, ingest::rollup_accumulator& r) {
             db.exec("INSERT INTO settings(key, value) VALUES ('job" + std::to_string(i) + "', 'x')");
             r.add_session(1, 202601, false);
             if (i == 1) throw std::runtime_error("job 1 fails");
           },
           [p](std::exception_ptr e) { p->set_value(e); });
  }
  hold.set_value();
  CHECK(results[0].get() == nullptr);
  CHECK(results[1].get() == nullptr);
  CHECK(results[2].get() != nullptr);
  CHECK(results[3].get() == nullptr);
  CHECK(fx.count("SELECT count(*) FROM settings WHERE key LIKE 'job%'") == 2);
  CHECK(fx.count("SELECT sessions FROM rollup_sessions") == 2);
  CHECK(w.stats().commits == 2);
}

TEST_CASE("The writer refuses work past its queue limit instead of growing", "[server][writer]") {
  ingest_fixture fx;
  ingest::writer w(fx.path(), 2);
  std::promise<void> hold;
  auto held = hold.get_future().share();
  int accepted = 0;
  for (int i = 0; i < 5; ++i)
    accepted += w.post([held](storage::database&, ingest::rollup_accumulator&) { held.wait(); }, nullptr) ? 1 : 0;
  hold.set_value();
  // One job may already be running, so two or three fit, never five.
  CHECK(accepted >= 2);
  CHECK(accepted <= 3);
}

TEST_CASE("Dates are accepted by the store's own calendar, east and west of UTC", "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  // 30 November, 12:00 UTC: already 1 December at 02:00 in Kiritimati (UTC+14), still 30 November
  // at 01:00 in Pago Pago (UTC-11).
  const std::int64_t noon = *calendar::parse_instant("2026-11-30T12:00:00Z");
  auto upload = [&](const char* zone, const char* date, int seed, std::int64_t now) {
    storage::database(fx.path()).prepare("UPDATE locations SET timezone = ?").bind(1, zone).run();
    v1::SubmissionBatch batch;
    batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
    *batch.add_submissions() = testing::valid_submission(seed, date);
    auto prepared = ingest::prepare_batch(batch, ingest_fixture::token_hash("token-a"), now);
    ingest::batch_outcome out;
    std::promise<std::exception_ptr> done;
    if (!w.post([&](storage::database& db, ingest::rollup_accumulator& r) { out = store.store(db, r, prepared); },
                [&](std::exception_ptr e) { done.set_value(e); }))
      throw std::runtime_error("the writer refused the batch");
    if (auto error = done.get_future().get()) std::rethrow_exception(error);
    return out.result;
  };
  using kind = ingest::batch_outcome::kind;
  CHECK(upload("Pacific/Kiritimati", "2026-12-01", 1, noon) == kind::stored);
  CHECK(upload("Pacific/Pago_Pago", "2026-12-01", 2, noon) == kind::invalid);
  CHECK(upload("Pacific/Pago_Pago", "2026-11-30", 3, noon) == kind::stored);
  // A kiosk clock a little fast at midnight: 23:30 in Paris may already date tomorrow, 22:30 not.
  const std::int64_t paris_2330 = *calendar::parse_instant("2026-11-30T22:30:00Z");
  CHECK(upload("Europe/Paris", "2026-12-01", 4, paris_2330) == kind::stored);
  CHECK(upload("Europe/Paris", "2026-12-01", 5, paris_2330 - 3600) == kind::invalid);
  // Too old by the store's calendar too: 62 days before the store's today.
  CHECK(upload("Pacific/Kiritimati", "2026-09-30", 6, noon) == kind::stored);
  CHECK(upload("Pacific/Kiritimati", "2026-09-29", 7, noon) == kind::invalid);
}

TEST_CASE("One client id names one item, a session or a remediation log, never both", "[server][ingest]") {
  ingest_fixture fx;
  ingest::writer w(fx.path());
  ingest::submission_store store({});
  auto session = testing::valid_submission(41);
  v1::RemediationEvent event;
  event.set_client_id(session.client_id());
  event.set_local_date(session.local_date());
  event.set_category(v1::REMEDIATION_CATEGORY_REFUND);
  event.set_amount_band(v1::AMOUNT_BAND_UP_TO_HALF);
  event.set_config_version(1);
  v1::SubmissionBatch first, second, both;
  for (auto* b : {&first, &second, &both}) b->set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
  *first.add_submissions() = session;
  *second.add_remediations() = event;
  SECTION("in separate batches") {
    CHECK(store_batch(w, store, first).stored == 1);
    auto out = store_batch(w, store, second);
    CHECK(out.stored == 0);
    CHECK(out.conflicts == 1);
    REQUIRE(out.statuses.size() == 1);
    CHECK(out.statuses[0] == v1::ITEM_STATUS_CONFLICT);
  }
  SECTION("the other way round") {
    CHECK(store_batch(w, store, second).stored == 1);
    CHECK(store_batch(w, store, first).conflicts == 1);
  }
  SECTION("in one batch, which is refused whole, naming the second") {
    *both.add_submissions() = session;
    *both.add_remediations() = event;
    auto out = store_batch(w, store, both);
    CHECK(out.result == ingest::batch_outcome::kind::invalid);
    REQUIRE(out.error);
    CHECK(out.error->item_index == 1);
    CHECK(store_batch(w, store, first).stored == 1);
  }
  CHECK(fx.count("SELECT (SELECT COUNT(*) FROM submissions) + (SELECT COUNT(*) FROM remediation_events)") == 1);
}
