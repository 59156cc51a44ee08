#include "server/storage/database.h"
#include "tests/support/batch_builder.h"
#include "tests/support/enrolled_server.h"
#include "tests/support/eventually.h"
#include "tests/support/http_client.h"
#include "tests/support/kiosk_server_fixture.h"

#include "storepulse/v1/kiosk.pb.h"

#include <catch2/catch.hpp>

#include <google/protobuf/util/json_util.h>

#include <chrono>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <random>
#include <thread>

using namespace storepulse;
using testing::http_send;

namespace {

const std::map<std::string, std::string> protobuf_type = {{"Content-Type", "application/x-protobuf"}};

using testing::enrolled_server;

std::map<std::string, std::string> scrape() { return testing::metrics_scrape(); }

std::string error_code(const testing::http_reply& reply) {
  v1::ErrorBody body;
  if (!google::protobuf::util::JsonStringToMessage(reply.body, &body).ok()) return "<not an ErrorBody: " + reply.body + ">";
  return body.error();
}

}  // namespace

TEST_CASE("A kiosk enrolls once with a one-time code and gets a long random token", "[server][http][kiosk]") {
  testing::kiosk_server_fixture server;
  server.start();
  v1::EnrollRequest enroll;
  enroll.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
  enroll.set_code(server.issue_codes(1).at(0));
  auto first = http_send(server.port(), "POST", "/api/v1/kiosk/enroll", enroll.SerializeAsString(), protobuf_type);
  REQUIRE(first.status == 200);
  v1::EnrollResponse answer;
  REQUIRE(answer.ParseFromString(first.body));
  CHECK(answer.device_token().size() >= 32);
  CHECK(answer.location_code() == "K01");
  CHECK(server.query_number("SELECT count(*) FROM kiosks WHERE length(token_hash) = 32") == 1);
  CHECK(server.query_number("SELECT count(*) FROM kiosks WHERE token_hash = ?", answer.device_token()) == 0);

  auto again = http_send(server.port(), "POST", "/api/v1/kiosk/enroll", enroll.SerializeAsString(), protobuf_type);
  CHECK(again.status == 401);
  enroll.set_code("NOPE-NOPE-NOPE");
  CHECK(http_send(server.port(), "POST", "/api/v1/kiosk/enroll", enroll.SerializeAsString(), protobuf_type).status == 401);
  CHECK(server.query_number("SELECT count(*) FROM kiosks") == 1);
}

TEST_CASE("The configuration carries an ETag and answers 304 when unchanged", "[server][http][kiosk]") {
  enrolled_server s;
  std::map<std::string, std::string> auth{{"Authorization", "Bearer " + s.token}};
  auto first = http_send(s.server.port(), "GET", "/api/v1/kiosk/config", {}, auth);
  REQUIRE(first.status == 200);
  v1::KioskConfig config;
  REQUIRE(config.ParseFromString(first.body));
  CHECK(config.location_code() == "K01");
  CHECK(config.remediation_limit_minor() == 5000);
  CHECK(config.languages(0) == "en");
  CHECK(config.questions_size() >= 8);
  auto etag = first.headers["etag"];
  REQUIRE_FALSE(etag.empty());
  auth["If-None-Match"] = etag;
  auto second = http_send(s.server.port(), "GET", "/api/v1/kiosk/config", {}, auth);
  CHECK(second.status == 304);
  CHECK(second.body.empty());
  s.server.admin({"set", "--key", "idle_seconds", "--value", "45"});
  auto third = http_send(s.server.port(), "GET", "/api/v1/kiosk/config", {}, auth);
  CHECK(third.status == 200);
  CHECK(third.headers["etag"] != etag);
  CHECK(http_send(s.server.port(), "GET", "/api/v1/kiosk/config").status == 401);
}

TEST_CASE("The configuration carries the store's timezone, the hourly cap and the longest upload delay",
          "[server][http][kiosk]") {
  std::vector<std::string> flags;
  std::uint32_t cap = 12, delay = 600;
  SECTION("the defaults") {}
  SECTION("set by options") {
    flags = {"--hourly-cap", "5", "--kiosk-upload-delay", "0"};
    cap = 5;
    delay = 0;
  }
  enrolled_server s(flags);
  auto reply = http_send(s.server.port(), "GET", "/api/v1/kiosk/config", {}, {{"Authorization", "Bearer " + s.token}});
  REQUIRE(reply.status == 200);
  v1::KioskConfig config;
  REQUIRE(config.ParseFromString(reply.body));
  CHECK(config.hourly_cap() == cap);
  REQUIRE(config.has_upload_delay_max_seconds());
  CHECK(config.upload_delay_max_seconds() == delay);
  CHECK(config.timezone() == "Europe/Paris");  // K01's, from the fixture's store list
}

TEST_CASE("Only the configuration check sets a kiosk's last-seen hour and queue, and uploads leave them alone",
          "[server][http][kiosk]") {
  enrolled_server s;
  std::map<std::string, std::string> auth{{"Authorization", "Bearer " + s.token}};
  auto check = [&](const std::string& query, std::map<std::string, std::string> headers) {
    return http_send(s.server.port(), "GET", "/api/v1/kiosk/config" + query, {}, headers).status;
  };
  auto kiosk_field = [&](const std::string& column) {
    return s.server.query_number("SELECT coalesce(" + column + ", -1) FROM kiosks");
  };
  auto unix_now = [] {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  };
  // An upload is acknowledged after its commit, and the writer runs jobs in order: it also
  // waits for the check-ins posted before it.
  int seed = 1;
  auto upload_reporting = [&](std::uint32_t queued) {
    auto batch = testing::valid_batch(seed++, 1);
    batch.set_queued_on_kiosk(queued);
    return s.upload(batch.SerializeAsString()).status;
  };

  REQUIRE(upload_reporting(9) == 200);
  CHECK(kiosk_field("last_seen_at") == -1);
  CHECK(kiosk_field("queued_items") == 0);

  const auto before = unix_now();
  REQUIRE(check("?queued=4", auth) == 200);
  REQUIRE(testing::eventually([&] { return kiosk_field("queued_items") == 4; }, std::chrono::seconds(10)));
  const auto seen = kiosk_field("last_seen_at");
  CHECK(seen % 3600 == 0);
  CHECK(seen > before - 3600);
  CHECK(seen <= unix_now());

  // A queue that is missing or malformed is ignored; the kiosk still gets its configuration.
  for (const char* query : {"", "?queued=", "?queued=abc", "?queued=-1", "?queued=3x", "?queued=99999999999"}) {
    INFO(query);
    CHECK(check(query, auth) == 200);
  }
  REQUIRE(upload_reporting(0) == 200);
  CHECK(kiosk_field("queued_items") == 4);

  {
    storage::database db(s.server.db_path());
    db.exec("UPDATE kiosks SET last_seen_at = 3600, queued_items = 5");
  }
  REQUIRE(upload_reporting(7) == 200);
  CHECK(kiosk_field("last_seen_at") == 3600);
  CHECK(kiosk_field("queued_items") == 5);

  // A check answered 304 counts too; an unknown token still gets 401 and changes nothing.
  auto first = http_send(s.server.port(), "GET", "/api/v1/kiosk/config", {}, auth);
  REQUIRE(first.status == 200);
  auto revalidate = auth;
  revalidate["If-None-Match"] = first.headers["etag"];
  CHECK(check("?queued=0", revalidate) == 304);
  CHECK(check("?queued=8", {{"Authorization", "Bearer 00ff"}}) == 401);
  REQUIRE(testing::eventually([&] { return kiosk_field("queued_items") == 0; }, std::chrono::seconds(10)));
  CHECK(kiosk_field("last_seen_at") > 3600);
  CHECK(kiosk_field("last_seen_at") % 3600 == 0);
}

TEST_CASE("The configuration check records a kiosk's problem and its answers refused for good, by reason and nothing else",
          "[server][http][kiosk]") {
  enrolled_server s;
  std::map<std::string, std::string> auth{{"Authorization", "Bearer " + s.token}};
  auto check = [&](const std::string& query) {
    return http_send(s.server.port(), "GET", "/api/v1/kiosk/config" + query, {}, auth).status;
  };
  auto is_null = [&](const std::string& name) { return s.server.query_number("SELECT " + name + " IS NULL FROM kiosks") == 1; };
  auto holds = [&](const std::string& name, const std::string& value) {
    return s.server.query_number("SELECT count(*) FROM kiosks WHERE " + name + " = '" + value + "'") == 1;
  };
  CHECK(is_null("sync_state"));
  CHECK(is_null("refused_items"));

  // One spelling whatever the order; zero counts left out.
  REQUIRE(check("?queued=3&state=queue_error&refused=too_late:5,conflict:2,unreadable:0") == 200);
  REQUIRE(testing::eventually([&] { return holds("refused_items", "conflict:2,too_late:5"); }, std::chrono::seconds(10)));
  CHECK(holds("sync_state", "queue_error"));

  // A report without refusals keeps the counts; one without a problem clears it.
  REQUIRE(check("?queued=0") == 200);
  REQUIRE(testing::eventually([&] { return is_null("sync_state"); }, std::chrono::seconds(10)));
  CHECK(holds("refused_items", "conflict:2,too_late:5"));

  // Anything malformed is ignored, and the kiosk still gets its configuration.
  for (const char* query : {"?refused=conflict", "?refused=conflict:x", "?refused=Conflict:1", "?refused=conflict:1,conflict:2",
                            "?refused=conflict:-1", "?refused=conflict:99999999999", "?state=DROP%20TABLE",
                            "?state=a_problem_code_far_longer_than_thirty_two_letters"}) {
    INFO(query);
    CHECK(check(query) == 200);
  }
  REQUIRE(check("?queued=1") == 200);
  REQUIRE(testing::eventually([&] { return s.server.query_number("SELECT queued_items FROM kiosks") == 1; },
                              std::chrono::seconds(10)));
  CHECK(holds("refused_items", "conflict:2,too_late:5"));
  CHECK(is_null("sync_state"));
}

TEST_CASE("An answer older than the server accepts is acknowledged as too late to a kiosk that understands, and counted",
          "[server][http][kiosk]") {
  enrolled_server s({"--max-answer-age-days", "30"});
  auto batch = testing::valid_batch(1, 3);
  batch.mutable_submissions(1)->set_local_date(testing::utc_date(-45));

  // A kiosk from before that status gets the whole batch refused, naming the item, as before.
  auto refused = s.upload(batch.SerializeAsString());
  CHECK(refused.status == 422);
  CHECK(error_code(refused) == "date_too_old");
  CHECK(s.stored() == 0);

  batch.set_accepts_too_late(true);
  auto reply = s.upload(batch.SerializeAsString());
  REQUIRE(reply.status == 200);
  v1::BatchAck ack;
  REQUIRE(ack.ParseFromString(reply.body));
  REQUIRE(ack.results_size() == 3);
  CHECK(ack.results(0).status() == v1::ITEM_STATUS_ACCEPTED);
  CHECK(ack.results(1).status() == v1::ITEM_STATUS_TOO_LATE);
  CHECK(ack.results(2).status() == v1::ITEM_STATUS_ACCEPTED);
  CHECK(s.stored() == 2);
  CHECK(s.server.submissions_with_id(batch.submissions(1).client_id()) == 0);
  CHECK(testing::metric_value(s.server.port(), "storepulse_submissions_too_late_total") == 1);
  // The same upload again: the same answers, nothing stored twice.
  REQUIRE(s.upload(batch.SerializeAsString()).status == 200);
  CHECK(s.stored() == 2);
}

TEST_CASE("An accepted batch is stored once, however often it is replayed", "[server][http][kiosk]") {
  enrolled_server s;
  auto body = testing::valid_batch(1, 3).SerializeAsString();
  auto first = s.upload(body);
  REQUIRE(first.status == 200);
  v1::BatchAck ack;
  REQUIRE(ack.ParseFromString(first.body));
  REQUIRE(ack.results_size() == 3);
  for (const auto& r : ack.results()) CHECK(r.status() == v1::ITEM_STATUS_ACCEPTED);
  auto replay = s.upload(body);
  CHECK(replay.status == 200);
  CHECK(replay.body == first.body);
  CHECK(s.stored() == 3);
  CHECK(s.server.query_number("SELECT sessions FROM rollup_sessions") == 3);
  auto metrics = http_send(s.server.port(), "GET", "/metrics", {}, scrape());
  CHECK(metrics.body.find("storepulse_submissions_accepted_total 3") != std::string::npos);
  CHECK(metrics.body.find("storepulse_submissions_duplicate_total 3") != std::string::npos);
}

TEST_CASE("Every bad upload gets the right status and a message, and stores nothing", "[server][http][kiosk]") {
  enrolled_server s({"--body-limit", "4096", "--header-limit", "2048"});
  auto valid = testing::valid_batch(1, 2);
  int expected = 0;
  std::string expected_error;
  testing::http_reply reply;

  SECTION("no token") {
    reply = http_send(s.server.port(), "POST", "/api/v1/kiosk/submissions", valid.SerializeAsString(), protobuf_type);
    expected = 401;
    expected_error = "unauthorized";
  }
  SECTION("an unknown token") {
    reply = http_send(s.server.port(), "POST", "/api/v1/kiosk/submissions", valid.SerializeAsString(),
                      {{"Content-Type", "application/x-protobuf"}, {"Authorization", "Bearer 00ff"}});
    expected = 401;
    expected_error = "unauthorized";
  }
  SECTION("a revoked kiosk") {
    s.server.admin({"revoke-kiosk", "--id", "1"});
    reply = s.upload(valid.SerializeAsString());
    expected = 401;
    expected_error = "unauthorized";
  }
  SECTION("JSON instead of Protobuf") {
    reply = s.upload("{}", {{"Content-Type", "application/json"}});
    expected = 415;
    expected_error = "unsupported_media_type";
  }
  SECTION("bytes that are not a SubmissionBatch") {
    reply = s.upload(std::string("\xff\xff\xff\xff garbage", 12));
    expected = 400;
    expected_error = "malformed";
  }
  SECTION("an empty body") {
    reply = s.upload("");
    expected = 400;
    expected_error = "empty_body";
  }
  SECTION("a body over the limit") {
    reply = s.upload(testing::valid_batch(1, 60).SerializeAsString());
    expected = 413;
    expected_error = "body_too_large";
  }
  SECTION("headers over the limit") {
    reply = s.upload(valid.SerializeAsString(), {{"X-Padding", std::string(4000, 'a')}});
    expected = 431;
    expected_error = "headers_too_large";
  }
  SECTION("another protocol version") {
    valid.set_protocol_version(7);
    reply = s.upload(valid.SerializeAsString());
    expected = 426;
    expected_error = "protocol_version";
  }
  SECTION("an unknown question") {
    valid.mutable_submissions(1)->mutable_answers(0)->set_question_key("favourite_colour");
    reply = s.upload(valid.SerializeAsString());
    expected = 422;
    expected_error = "unknown_question";
  }
  SECTION("an answer out of range") {
    valid.mutable_submissions(1)->mutable_answers(4)->set_value(11);
    reply = s.upload(valid.SerializeAsString());
    expected = 422;
    expected_error = "value_out_of_range";
  }
  SECTION("a date in the future") {
    valid.mutable_submissions(0)->set_local_date(testing::utc_date(3));
    reply = s.upload(valid.SerializeAsString());
    expected = 422;
    expected_error = "date_in_future";
  }
  SECTION("the same client id twice in one batch") {
    valid.mutable_submissions(1)->set_client_id(valid.submissions(0).client_id());
    reply = s.upload(valid.SerializeAsString());
    expected = 422;
    expected_error = "duplicate_client_id";
  }
  SECTION("a language the configuration does not have") {
    for (const char* language : {"de", "", "<script>"}) {
      INFO(language);
      valid.mutable_submissions(1)->set_language(language);
      reply = s.upload(valid.SerializeAsString());
      CHECK(reply.status == 422);
      CHECK(reply.body.find("submission 1") != std::string::npos);
    }
    expected = 422;
    expected_error = "invalid_language";
  }
  SECTION("a missing id") {
    valid.mutable_submissions(0)->clear_client_id();
    reply = s.upload(valid.SerializeAsString());
    expected = 422;
    expected_error = "missing_client_id";
  }
  CHECK(reply.status == expected);
  CHECK(error_code(reply) == expected_error);
  CHECK(s.stored() == 0);
  if (expected == 422) CHECK(reply.body.find("submission") != std::string::npos);
  // The server still works after each of them.
  CHECK(http_send(s.server.port(), "GET", "/healthz").status == 200);
}

TEST_CASE("Uploads with made-up or revoked tokens are refused before they become writer jobs", "[server][http][kiosk]") {
  enrolled_server s;
  const int port = s.server.port();
  REQUIRE(s.upload(testing::valid_batch(1, 1).SerializeAsString()).status == 200);
  const auto body = testing::valid_batch(2, 1).SerializeAsString();
  auto flood = [&](int count) {
    std::mt19937_64 random(std::random_device{}());
    int refused = 0;
    for (int i = 0; i < count; ++i) {
      char token[65];
      std::snprintf(token, sizeof token, "%016llx%016llx%016llx%016llx", static_cast<unsigned long long>(random()),
                    static_cast<unsigned long long>(random()), static_cast<unsigned long long>(random()),
                    static_cast<unsigned long long>(random()));
      auto reply = http_send(port, "POST", "/api/v1/kiosk/submissions", body,
                             {{"Content-Type", "application/x-protobuf"}, {"Authorization", std::string("Bearer ") + token}});
      refused += reply.status == 401 ? 1 : 0;
    }
    return refused;
  };
  const auto jobs = testing::metric_value(port, "storepulse_writer_jobs");
  const auto commits = testing::metric_value(port, "storepulse_writer_commits");
  CHECK(flood(200) == 200);
  CHECK(testing::metric_value(port, "storepulse_writer_commits") == commits);
  CHECK(testing::metric_value(port, "storepulse_writer_jobs") == jobs);
  CHECK(jobs > 0);
  // The kiosk's own token still goes through.
  CHECK(s.upload(body).status == 200);

  // A revocation by another process reaches the writer with the next upload of that token, at
  // most; after that the token is refused on the way in.
  s.server.admin({"revoke-kiosk", "--id", "1"});
  CHECK(s.upload(testing::valid_batch(3, 1).SerializeAsString()).status == 401);
  const auto after_revocation = testing::metric_value(port, "storepulse_writer_jobs");
  for (int i = 0; i < 50; ++i) CHECK(s.upload(testing::valid_batch(4 + i, 1).SerializeAsString()).status == 401);
  CHECK(testing::metric_value(port, "storepulse_writer_jobs") == after_revocation);
  CHECK(s.stored() == 2);
}

TEST_CASE("Unknown paths, wrong methods and malformed HTTP get clear answers", "[server][http]") {
  testing::kiosk_server_fixture server;
  server.start();
  CHECK(http_send(server.port(), "GET", "/no/such/thing").status == 404);
  auto wrong_method = http_send(server.port(), "GET", "/api/v1/kiosk/submissions");
  CHECK(wrong_method.status == 405);
  CHECK(wrong_method.headers["allow"] == "POST");
  auto head = http_send(server.port(), "HEAD", "/healthz");
  CHECK(head.status == 200);
  CHECK(head.body.empty());
  CHECK(http_send(server.port(), "GET", "/readyz").status == 200);
  auto raw = testing::raw_exchange(server.port(), "NOT HTTP AT ALL\r\n\r\n");
  CHECK(raw.rfind("HTTP/1.1 400", 0) == 0);
  auto metrics = http_send(server.port(), "GET", "/metrics", {}, scrape());
  CHECK(metrics.status == 200);
  CHECK(metrics.body.find("storepulse_http_requests_total{route=\"not_found\",status=\"404\"} 1") != std::string::npos);
}

TEST_CASE("Idle and stalled connections are closed at their deadline, and busy keep-alive ones stay open",
          "[server][http][timeouts]") {
  enrolled_server s({"--read-timeout", "1", "--idle-timeout", "2"});
  const int port = s.server.port();
  const std::string ping = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

  SECTION("a connection that never sends a request") {
    testing::raw_connection idle(port);
    auto closed_after = idle.seconds_until_closed(20);
    CHECK(closed_after >= 1.5);
    CHECK(closed_after < 10);
  }
  SECTION("a request whose body stops coming stores nothing") {
    testing::raw_connection stalled(port);
    REQUIRE(stalled.send("POST /api/v1/kiosk/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + s.token +
                         "\r\nContent-Type: application/x-protobuf\r\nContent-Length: 100\r\n\r\n0123456789"));
    auto closed_after = stalled.seconds_until_closed(20);
    CHECK(closed_after >= 0.5);
    CHECK(closed_after < 10);
    CHECK(s.stored() == 0);
  }
  SECTION("requests spaced closer than the idle timeout keep one connection open") {
    testing::raw_connection busy(port);
    for (int i = 0; i < 3; ++i) {
      REQUIRE(busy.send(ping));
      auto answer = busy.read_answer(10);
      CHECK(answer.rfind("HTTP/1.1 200", 0) == 0);
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    }
    // Once it stays quiet, it is closed too.
    CHECK(busy.seconds_until_closed(20) > 0);
  }
  SECTION("a request and its body sent in pieces are read whole") {
    testing::raw_connection pieces(port);
    auto body = testing::valid_batch(1, 2).SerializeAsString();
    REQUIRE(pieces.send("POST /api/v1/kiosk/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + s.token +
                        "\r\nContent-Type: application/x-protobuf\r\nContent-Length: " +
                        std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 3)));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    REQUIRE(pieces.send(body.substr(3)));
    CHECK(pieces.read_answer(10).rfind("HTTP/1.1 200", 0) == 0);
    CHECK(s.stored() == 2);
  }
  // The server still answers new connections.
  CHECK(http_send(port, "GET", "/healthz").status == 200);
}

TEST_CASE("SIGTERM stops the server cleanly with everything acknowledged on disk", "[server][http][shutdown]") {
  enrolled_server s;
  REQUIRE(s.upload(testing::valid_batch(1, 5).SerializeAsString()).status == 200);
  CHECK(s.server.stop() == 0);  // SIGTERM, then waits for the process
  // The final checkpoint leaves no write-ahead log behind.
  std::error_code ec;
  auto wal = std::filesystem::file_size(s.server.db_path() + "-wal", ec);
  CHECK((ec || wal == 0));
  std::ifstream log(s.server.folder().file("server.log"));
  std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  CHECK(text.find("stopped cleanly") != std::string::npos);
  CHECK(s.server.query_number("SELECT count(*) FROM submissions") == 5);
}

TEST_CASE("Metrics answer only with the scrape token on the main address, or on their own loopback listener",
          "[server][http][metrics]") {
  testing::kiosk_server_fixture server;
  int metrics_port = testing::kiosk_server_fixture::free_port();
  server.start({"--metrics-port", std::to_string(metrics_port)});
  CHECK(http_send(server.port(), "GET", "/metrics").status == 401);
  CHECK(http_send(server.port(), "GET", "/metrics", {}, {{"Authorization", "Bearer wrong-token-of-same-size"}}).status == 401);
  auto scraped = http_send(server.port(), "GET", "/metrics", {}, scrape());
  CHECK(scraped.status == 200);
  CHECK(scraped.body.find("storepulse_writer_queue_depth") != std::string::npos);

  auto open = http_send(metrics_port, "GET", "/metrics");
  CHECK(open.status == 200);
  CHECK(open.body.find("storepulse_writer_queue_depth") != std::string::npos);
  // The metrics listener serves nothing else.
  CHECK(http_send(metrics_port, "GET", "/api/v1/kiosk/config").status == 404);
  CHECK(http_send(metrics_port, "GET", "/").status == 404);
}
