#include "calendar/calendar.h"
#include "server/http/json_encoding.h"
#include "server/publication/publisher.h"
#include "server/reports/report_engine.h"
#include "storepulse/v1/kiosk.pb.h"
#include "tests/reports/chain_timeline.h"

#include <catch2/catch.hpp>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <cmath>
#include <limits>

using namespace storepulse;
using namespace storepulse::reports;
using namespace storepulse::reports::testing;

namespace {

std::string protobuf_json(const google::protobuf::Message& message) {
  std::string json;
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;
  REQUIRE(google::protobuf::util::MessageToJsonString(message, &json, options).ok());
  return json;
}

void require_same_text(const google::protobuf::Message& message) {
  auto expected = protobuf_json(message);
  auto ours = http::to_json(message);
  if (ours == expected) return;
  std::size_t at = 0;
  while (at < ours.size() && at < expected.size() && ours[at] == expected[at]) ++at;
  auto from = at < 80 ? 0 : at - 80;
  FAIL("differs at " << at << "\n  protobuf: " << expected.substr(from, 200) << "\n  ours:     " << ours.substr(from, 200));
}

}  // namespace

TEST_CASE("Reports are encoded as JSON exactly as Protobuf's own printer writes them", "[reports][json]") {
  constexpr int k = 5;
  chain_timeline chain(11, *calendar::parse_date("2026-08-03"), k);
  for (int day = 0; day < 63; ++day) {
    chain.advance_day();
    if (day % 7 != 3) continue;
    storage::transaction tx(chain.db());
    publication::publish(chain.db(), chain.now(), {k, 48 * 3600});
    tx.commit();
  }
  report_engine engine(k, 1);
  int compared = 0;
  for (const auto& caller : chain.callers()) {
    INFO(caller.name);
    for (v1::Period period : {v1::PERIOD_WEEK, v1::PERIOD_ROLLING_4W, v1::PERIOD_MONTH, v1::PERIOD_QUARTER}) {
      report_query query;
      query.period = period;
      require_same_text(engine.overview(chain.db(), caller.who, query));
      require_same_text(engine.alerts(chain.db(), caller.who, query));
      for (const auto& store : chain.stores()) {
        query.history = 6;
        auto page = engine.location(chain.db(), caller.who, store.id, query);
        if (page) require_same_text(*page);
        ++compared;
      }
    }
  }
  CHECK(compared > 20);
}

TEST_CASE("Every kind of field and text is encoded as Protobuf writes it", "[reports][json]") {
  v1::SubmissionBatch batch;
  require_same_text(batch);
  batch.set_protocol_version(4294967295u);
  std::string every_byte;
  for (int c = 0; c < 256; ++c) every_byte.push_back(static_cast<char>(c));
  for (std::string text : {std::string(), std::string("plain"), std::string("<script>\"a\\b\"</script>"),
                           std::string("caf\xc3\xa9 \xe2\x80\xa8 \xe2\x80\xa9 \xf0\x9f\x98\x80"), std::string("\x7f\x01\x1f"),
                           std::string("tab\tnew\nline\rform\fback\b")}) {
    auto* s = batch.add_submissions();
    s->set_language(text);
    s->set_local_date(text);
    s->set_client_id(text);
    auto* a = s->add_answers();
    a->set_question_key(text);
    a->set_value(-2147483647 - 1);
  }
  for (std::size_t length = 0; length < 7; ++length) batch.add_submissions()->set_client_id(every_byte.substr(0, length));
  batch.add_submissions()->set_client_id(every_byte);
  require_same_text(batch);

  v1::KioskConfig config;
  require_same_text(config);
  config.set_upload_delay_max_seconds(0);  // optional: present although zero
  config.add_languages("en");
  auto* question = config.add_questions();
  question->set_type(static_cast<v1::QuestionType>(97));  // a number with no name
  question->add_limit_bands_minor(std::numeric_limits<std::uint64_t>::max());
  question->add_limit_bands_minor(0);
  require_same_text(config);

  v1::Trend trend;
  require_same_text(trend);
  const double values[] = {0.0, -0.0, 0.1, 1.0 / 3, 2.0 / 3, 1e-300, 5e-324, 1e21, 123456789012345678.0, -42.5,
                           std::nan(""), std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity(), 0.30000000000000004, 100.0, 67.89999999999999};
  for (double value : values) {
    INFO(value);
    trend.set_change(value);
    trend.set_p_value(value);
    require_same_text(trend);
  }
}

TEST_CASE("Protobuf's own types are written by its printer", "[reports][json]") {
  google::protobuf::Struct object;
  (*object.mutable_fields())["role"].set_string_value("hr_admin");
  (*object.mutable_fields())["n"].set_number_value(3);
  CHECK(http::to_json(object) == protobuf_json(object));
}
